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
/** Where the alerts post; the gateway names it `channel-1`. */
const ALERTS = '1200000000000000012';
/** A channel of another server: the fake Discord answers 404 for it, as for any stranger's. */
const FOREIGN = '1200000000000000019';

type Body = Record<string, unknown>;

// The tests run in order: a picked channel's name ('sahel-alerts') enters the bot's cache.
describe('alert list and remove of another channel, over the fake Discord', () => {
  let fake: FakeDiscord;
  let gateway: FakeGateway;
  let app: App;
  let harness: DiscordBotHarness;
  let alertId: number;
  let foreignId: number;

  beforeAll(async () => {
    fake = await startFakeDiscord({ channels: [ADMIN, ALERTS] });
    harness = await startDiscordBotHarness(fake, [ADMIN, ALERTS]);
    ({ app, gateway } = harness);
    const store = createSqliteSubscriptionStore({ db: app.store.db, clock: app.clock });
    alertId = store.add(
      { platform: 'discord', channel: ALERTS, kind: 'alert', query: 'Kidal' },
      'chat',
    ).id;
    foreignId = store.add(
      { platform: 'discord', channel: FOREIGN, kind: 'alert', query: 'Wagner' },
      'chat',
    ).id;
  });

  afterAll(async () => {
    await harness.close();
    await fake.close();
  });

  /** `/sahel-admin alert <name>` typed in ADMIN, with `options` and a picked channel resolved. */
  async function answer(
    name: string,
    options: Body[],
    picked?: { readonly id: string; readonly name: string },
  ): Promise<string> {
    const data: Body = {
      id: '2',
      name: 'sahel-admin',
      type: 1,
      options: [{ type: 2, name: 'alert', options: [{ type: 1, name, options }] }],
      ...(picked === undefined
        ? {}
        : { resolved: { channels: { [picked.id]: { ...picked, type: 0, permissions: '0' } } } }),
    };
    const raw = interactionPayload(fake, { channel: ADMIN, admin: true }, 2, data);
    gateway.sendInteraction(raw);
    const callback = await waitFor(() => fake.callbacks.find((c) => c.id === raw.id));
    if (callback.body.type !== 5) return JSON.stringify(callback.body);
    return JSON.stringify(
      (await waitFor(() => fake.followUps.find((f) => f.token === callback.token))).body,
    );
  }

  const pick = (id: string): Body => ({ type: 7, name: 'channel', value: id });

  it('registers channel: on alert list and remove and digest unsubscribe as alert add’s picker', () => {
    const admin = buildDiscordCommands(createCommandSet(app.config).tops).find(
      (c) => c.name === 'sahel-admin',
    );
    const optionsOf = (group: string, name: string) =>
      admin?.options
        .find((o) => o.name === group)
        ?.options?.find((o) => o.name === name)
        ?.options?.find((o) => o.name === 'channel');
    for (const [group, name] of [
      ['alert', 'list'],
      ['alert', 'remove'],
      ['digest', 'unsubscribe'],
    ] as const) {
      expect(optionsOf(group, name)).toMatchObject({ type: 7, required: false });
      expect(optionsOf(group, name)?.channel_types).toEqual(
        optionsOf('alert', 'add')?.channel_types,
      );
    }
  });

  it('says where this server’s alerts post, and names no other server’s channel', async () => {
    const text = await answer('list', []);
    expect(text).toContain(
      'No alert in this channel. 1 alert posts in #channel-1 — /sahel-admin alert list channel:#channel-1',
    );
    expect(text).not.toContain(FOREIGN);
  });

  it('refuses to remove another channel’s alert without channel:, naming the channel and the command', async () => {
    const text = await answer('remove', [{ type: 4, name: 'id', value: alertId }]);
    expect(text).toContain(
      `alert ${alertId} posts in #channel-1, not in this channel — /sahel-admin alert remove ${alertId} channel:#channel-1`,
    );
    expect(alertsOf(ALERTS)).toEqual(['Kidal']);
  });

  it('keeps an alert of another server “not found”, without naming its channel', async () => {
    const text = await answer('remove', [{ type: 4, name: 'id', value: foreignId }]);
    expect(text).toContain(`no alert ${foreignId} in this channel`);
    expect(text).not.toContain(FOREIGN);
    expect(alertsOf(FOREIGN)).toEqual(['Wagner']);
  });

  it('lists the alerts of the channel picked with channel:', async () => {
    const text = await answer('list', [pick(ALERTS)], { id: ALERTS, name: 'sahel-alerts' });
    expect(text).toContain('Alerts in #sahel-alerts');
    expect(text).toContain(`#${alertId}`);
    expect(text).toContain('Kidal');
  });

  it('removes the alert of the channel picked with channel: and names it', async () => {
    const text = await answer('remove', [{ type: 4, name: 'id', value: alertId }, pick(ALERTS)], {
      id: ALERTS,
      name: 'sahel-alerts',
    });
    expect(text).toContain(`Alert #${alertId} removed from #sahel-alerts: Kidal`);
    expect(alertsOf(ALERTS)).toEqual([]);
  });

  const alertsOf = (channel: string): string[] =>
    createSqliteSubscriptionStore({ db: app.store.db, clock: app.clock })
      .list({ kind: 'alert', platform: 'discord', channel })
      .map((a) => (a.kind === 'alert' ? a.query : ''));
});
