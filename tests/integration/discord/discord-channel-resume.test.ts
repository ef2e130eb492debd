import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommandSet } from '../../../commands/index.js';
import type { App } from '../../../src/app.js';
import { buildDiscordCommands } from '../../../src/platforms/discord/build-discord-commands.js';
import { createSqliteSubscriptionStore } from '../../../src/store/sqlite-subscription-store.js';
import { startFakeDiscord, type FakeDiscord } from '../../fakes/fake-discord.js';
import {
  startDiscordBotHarness,
  waitFor,
  type DiscordBotHarness,
} from '../../fakes/discord-bot-harness.js';
import { interactionPayload, type FakeGateway } from '../../fakes/fake-discord-gateway.js';

/** Where the admin types; the gateway names it `channel-0`. */
const ADMIN = '1200000000000000011';
/** Where the paused alerts post; the gateway names it `channel-1`. */
const ALERTS = '1200000000000000012';
/** A channel of another server: the fake Discord answers 404 for it, as for any stranger's. */
const FOREIGN = '1200000000000000019';

type Body = Record<string, unknown>;

describe('alert resume of another channel and id completion, over the fake Discord', () => {
  let fake: FakeDiscord;
  let gateway: FakeGateway;
  let app: App;
  let harness: DiscordBotHarness;
  let hereId: number;
  let pausedId: number;
  let foreignId: number;
  let digestId: number;

  beforeAll(async () => {
    fake = await startFakeDiscord({ channels: [ADMIN, ALERTS] });
    harness = await startDiscordBotHarness(fake, [ADMIN, ALERTS]);
    ({ app, gateway } = harness);
    const add = (channel: string, query: string): number =>
      store().add({ platform: 'discord', channel, kind: 'alert', query }, 'chat').id;
    hereId = add(ADMIN, 'Gao');
    pausedId = add(ALERTS, 'Kidal');
    foreignId = add(FOREIGN, 'Wagner');
    // A digest of the same channel: alert resume never offers it, digest resume only it.
    digestId = store().add(
      { platform: 'discord', channel: ADMIN, kind: 'digest', cron: '0 7 * * *', timezone: 'UTC' },
      'chat',
    ).id;
    store().pause('discord', ALERTS, 'Missing Access', app.clock.now());
    store().pause('discord', FOREIGN, 'Missing Access', app.clock.now());
  });

  afterAll(async () => {
    await harness.close();
    await fake.close();
  });

  const store = () => createSqliteSubscriptionStore({ db: app.store.db, clock: app.clock });

  /** `/sahel-admin alert resume` (or `digest resume`) as interaction `type` (2 a command, 4 autocomplete). */
  async function interact(type: 2 | 4, options: Body[], group = 'alert'): Promise<Body> {
    const data: Body = {
      id: '2',
      name: 'sahel-admin',
      type: 1,
      options: [{ type: 2, name: group, options: [{ type: 1, name: 'resume', options }] }],
    };
    const raw = interactionPayload(fake, { channel: ADMIN, admin: true }, type, data);
    gateway.sendInteraction(raw);
    return (await waitFor(() => fake.callbacks.find((c) => c.id === raw.id))).body as Body;
  }

  const pick = (id: string): Body => ({ type: 7, name: 'channel', value: id });
  const typing = (value: string): Body => ({ type: 4, name: 'id', value, focused: true });

  async function choices(options: Body[], group = 'alert'): Promise<Body[]> {
    const body = await interact(4, options, group);
    expect(body.type).toBe(8);
    return (body.data as { choices: Body[] }).choices;
  }

  async function offered(options: Body[]): Promise<string[]> {
    return (await choices(options)).map((c) => String(c.value));
  }

  it('registers channel: on alert resume and digest resume as alert add’s picker', () => {
    const admin = buildDiscordCommands(createCommandSet(app.config).tops).find(
      (c) => c.name === 'sahel-admin',
    );
    const channelOf = (group: string, name: string) =>
      admin?.options
        .find((o) => o.name === group)
        ?.options?.find((o) => o.name === name)
        ?.options?.find((o) => o.name === 'channel');
    for (const group of ['alert', 'digest']) {
      expect(channelOf(group, 'resume')).toMatchObject({ type: 7, required: false });
      expect(channelOf(group, 'resume')?.channel_types).toEqual(
        channelOf('alert', 'add')?.channel_types,
      );
    }
  });

  it('completes the ids of the channel picked in channel:, never another server’s', async () => {
    expect(await offered([typing('')])).toEqual([String(hereId)]);
    expect(await offered([typing(''), pick(ALERTS)])).toEqual([String(pausedId)]);
    expect(await offered([typing(''), pick(FOREIGN)])).toEqual([]);
    expect(await offered([typing(String(foreignId)), pick(FOREIGN)])).toEqual([]);
  });

  it('offers alert ids under alert resume and digest ids under digest resume, labelled with the query or schedule', async () => {
    expect(await choices([typing('')])).toEqual([
      { name: `#${hereId} alert: Gao`, value: String(hereId) },
    ]);
    expect(await choices([typing('')], 'digest')).toEqual([
      { name: `#${digestId} digest: 0 7 * * * UTC`, value: String(digestId) },
    ]);
  });

  it('names the channel of a paused alert resumed from elsewhere, then resumes it there', async () => {
    const refused = JSON.stringify(await interact(2, [{ type: 4, name: 'id', value: pausedId }]));
    expect(refused).toContain(
      `alert ${pausedId} posts in #channel-1, not in this channel — /sahel-admin alert resume ${pausedId} channel:#channel-1`,
    );
    expect(store().get(pausedId)?.paused).not.toBeNull();
    const resumed = JSON.stringify(
      await interact(2, [{ type: 4, name: 'id', value: pausedId }, pick(ALERTS)]),
    );
    // The picked channel is fetched as the bot before the command runs: the fake Discord's REST
    // names it after its id, where its gateway called it channel-1.
    expect(resumed).toMatch(
      new RegExp(
        `Alert #${pausedId} resumed: the next new stories are posted in #channel-(1|${ALERTS}) again\\.`,
      ),
    );
    expect(store().get(pausedId)?.paused).toBeNull();
  });

  it('refuses a channel the bot cannot see (another server’s) and resumes nothing there', async () => {
    const text = JSON.stringify(
      await interact(2, [{ type: 4, name: 'id', value: foreignId }, pick(FOREIGN)]),
    );
    // Checked before the command runs, as alert add's channel is: the bot cannot see it.
    expect(text).toContain(`the bot cannot see #${FOREIGN}`);
    expect(store().get(foreignId)?.paused).not.toBeNull();
  });
});
