import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommandSet } from '../../../commands/index.js';
import type { App } from '../../../src/app.js';
import { createSqliteSubscriptionStore } from '../../../src/store/sqlite-subscription-store.js';
import { buildDiscordCommands } from '../../../src/platforms/discord/build-discord-commands.js';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/fake-discord.js';
import {
  startDiscordBotHarness,
  waitFor,
  type DiscordBotHarness,
} from '../../fakes/discord-bot-harness.js';
import { interactionPayload, type FakeGateway } from '../../fakes/fake-discord-gateway.js';

const CHANNEL = '1200000000000000001';
const FORUM = '1200000000000000002';
const CLOSED = '1200000000000000003';

type Body = Record<string, unknown>;

describe('channel: on alert add and digest subscribe, over the fake Discord', () => {
  let fake: FakeDiscord;
  let gateway: FakeGateway;
  let app: App;
  let harness: DiscordBotHarness;

  beforeAll(async () => {
    fake = await startFakeDiscord({ channels: [CHANNEL, CLOSED], forums: [FORUM] });
    fake.forbid(CLOSED);
    harness = await startDiscordBotHarness(fake, [CHANNEL]);
    ({ app, gateway } = harness);
  });

  afterAll(async () => {
    await harness.close();
    await fake.close();
  });

  /** `/sahel-admin <group> <name>` typed in `channel`, with `options` (a picked channel resolved). */
  async function answerIn(
    channel: string,
    group: string,
    name: string,
    options: Body[],
    picked?: { readonly id: string; readonly name: string; readonly type: number },
  ): Promise<string> {
    const data: Body = {
      id: '2',
      name: 'sahel-admin',
      type: 1,
      options: [{ type: 2, name: group, options: [{ type: 1, name, options }] }],
      ...(picked === undefined
        ? {}
        : { resolved: { channels: { [picked.id]: { ...picked, permissions: '2147483647' } } } }),
    };
    const raw = interactionPayload(fake, { channel, admin: true }, 2, data);
    gateway.sendInteraction(raw);
    const callback = await waitFor(() => fake.callbacks.find((c) => c.id === raw.id));
    if (callback.body.type !== 5) return JSON.stringify(callback.body);
    return JSON.stringify(
      (await waitFor(() => fake.followUps.find((f) => f.token === callback.token))).body,
    );
  }

  const alertsOf = (channel: string): string[] =>
    createSqliteSubscriptionStore({ db: app.store.db, clock: app.clock })
      .list({ kind: 'alert', platform: 'discord', channel })
      .map((a) => (a.kind === 'alert' ? a.query : ''));

  it('registers channel: as a picker of text, announcement and forum channels', () => {
    const built = buildDiscordCommands(createCommandSet(app.config).tops);
    const text = JSON.stringify(built.find((c) => c.name === 'sahel-admin'));
    expect(text).toContain('"type":7,"name":"channel"');
    expect(text).toContain('"channel_types":[0,5,15]');
  });

  it('subscribes the forum picked with channel:, from another channel, and names it', async () => {
    const answer = await answerIn(
      CHANNEL,
      'alert',
      'add',
      [
        { type: 3, name: 'query', value: 'Kidal' },
        { type: 7, name: 'channel', value: FORUM },
      ],
      { id: FORUM, name: 'sahel-arcs', type: 15 },
    );
    expect(answer).toContain('Kidal');
    expect(answer).toContain('added in #sahel-arcs');
    expect(alertsOf(FORUM)).toEqual(['Kidal']);
    expect(alertsOf(CHANNEL)).toEqual([]);
  });

  it('subscribes a digest to the picked forum and names it', async () => {
    const answer = await answerIn(
      CHANNEL,
      'digest',
      'subscribe',
      [{ type: 7, name: 'channel', value: FORUM }],
      { id: FORUM, name: 'sahel-arcs', type: 15 },
    );
    expect(answer).toContain('for #sahel-arcs:');
    const digests = createSqliteSubscriptionStore({ db: app.store.db, clock: app.clock }).list({
      kind: 'digest',
      platform: 'discord',
      channel: FORUM,
    });
    expect(digests).toHaveLength(1);
  });

  it('refuses a picked channel the bot cannot see, in one line naming it, and adds nothing', async () => {
    const answer = await answerIn(
      CHANNEL,
      'alert',
      'add',
      [
        { type: 3, name: 'query', value: 'Gao' },
        { type: 7, name: 'channel', value: CLOSED },
      ],
      { id: CLOSED, name: 'war-room', type: 0 },
    );
    expect(answer).toContain('the bot cannot see #war-room');
    expect(alertsOf(CLOSED)).toEqual([]);
  });

  it('tells an admin typing in a forum post that it subscribes that post only', async () => {
    const post = fake.openPost(FORUM, 'Kidal talk');
    const answer = await answerIn(post, 'alert', 'add', [
      { type: 3, name: 'query', value: 'Menaka' },
    ]);
    expect(answer).toContain('Menaka');
    expect(answer).toContain(
      'This is a forum post: alerts and digests added here all go to this post',
    );
    expect(alertsOf(post)).toEqual(['Menaka']);
    const elsewhere = await answerIn(CHANNEL, 'alert', 'add', [
      { type: 3, name: 'query', value: 'Menaka' },
    ]);
    expect(elsewhere).not.toContain('forum post');
  });
});
