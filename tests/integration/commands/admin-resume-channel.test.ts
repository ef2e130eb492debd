import { describe, expect, it } from 'vitest';
import { createCommandSet } from '../../../commands/index.js';
import type { ServerChannels } from '../../../src/core/admin-ports.js';
import { makeContext, unexpectedPorts } from '../../fakes/command-context.js';
import { config, NOW, subscriptionsOf, useAdminHarness } from './admin-harness.js';

/** A Discord server of three named channels; every other channel is another server's. */
const NAMES = new Map([
  ['1200000000000000001', 'bot-admin'],
  ['1200000000000000002', 'sahel-alerts'],
  ['1200000000000000003', 'ops'],
]);
const SERVER: ServerChannels = {
  sameServer: (ids) =>
    Promise.resolve(
      new Map(ids.flatMap((id) => (NAMES.has(id) ? [[id, NAMES.get(id) ?? null]] : []))),
    ),
};
const ADMIN = { platform: 'discord', channel: '1200000000000000001', server: SERVER } as const;
const ALERTS = '1200000000000000002';
const FOREIGN = '1300000000000000009';
const REASON = 'the bot may not post in #sahel-alerts (Missing Access, 50001)';
const PAUSED_AT = NOW - 3_600_000;

describe('alert resume and digest resume with channel:', () => {
  const h = useAdminHarness();

  /** An alert stored in `channel` of Discord, paused there as a lost channel pauses it. */
  function pausedAlertIn(channel: string, query = 'Kidal'): number {
    const { id } = subscriptionsOf(h).add(
      { platform: 'discord', channel, kind: 'alert', query },
      'chat',
    );
    subscriptionsOf(h).pause('discord', channel, REASON, PAUSED_AT);
    return id;
  }

  it('lists another channel’s paused alert with a hint that names the channel', async () => {
    const id = pausedAlertIn(ALERTS);
    expect(await h.text(`/sahel alert list channel:<#${ALERTS}>`, ADMIN)).toContain(
      `paused since 2026-12-06 11:00 UTC: ${REASON} — once the bot can post there again, /sahel alert resume ${id} channel:#sahel-alerts)`,
    );
    expect(
      await h.text(`/sahel alert list channel:<#${ALERTS}>`, { ...ADMIN, locale: 'fr' }),
    ).toContain(
      `quand le bot pourra de nouveau y publier, /sahel alerte reprendre ${id} salon:#sahel-alerts)`,
    );
    // Listed in its own channel, the hint stays as short as before.
    expect(await h.text('/sahel alert list', { ...ADMIN, channel: ALERTS })).toContain(
      `once the bot can post here again, /sahel alert resume ${id})`,
    );
  });

  it('resumes another channel’s alert with the hint pasted, in English and French', async () => {
    const first = pausedAlertIn(ALERTS);
    const second = pausedAlertIn(ALERTS, 'Gao');
    expect(await h.text(`/sahel alert resume ${first} channel:#sahel-alerts`, ADMIN)).toBe(
      'channel: "#sahel-alerts" is not a channel — pick one in the channel option, or give <#id> or the channel id',
    );
    expect(
      await h.text(`/sahel alert resume ${first} channel:<#${ALERTS}|sahel-alerts>`, ADMIN),
    ).toBe(`Alert #${first} resumed: the next new stories are posted in #sahel-alerts again.`);
    expect(subscriptionsOf(h).get(first)?.paused).toBeNull();
    expect(subscriptionsOf(h).get(second)?.paused).not.toBeNull();
    expect(
      await h.text(`/sahel alerte reprendre ${second} salon:<#${ALERTS}>`, {
        ...ADMIN,
        locale: 'fr',
      }),
    ).toBe(
      `Alerte n° ${second} reprise : les prochains récits sont de nouveau publiés dans #sahel-alerts.`,
    );
  });

  it('names the channel of an id resumed from elsewhere, and says when channel: has no such id', async () => {
    const id = pausedAlertIn(ALERTS);
    expect(await h.text(`/sahel alert resume ${id}`, ADMIN)).toBe(
      `alert ${id} posts in #sahel-alerts, not in this channel — /sahel alert resume ${id} channel:#sahel-alerts`,
    );
    expect(await h.text(`/sahel alert resume ${id}`, { ...ADMIN, locale: 'fr' })).toBe(
      `l'alerte ${id} publie dans #sahel-alerts, pas dans ce canal — /sahel alerte reprendre ${id} salon:#sahel-alerts`,
    );
    expect(await h.text(`/sahel alert resume ${id} channel:<#1200000000000000003>`, ADMIN)).toBe(
      `alert ${id} posts in #sahel-alerts, not in #ops — /sahel alert resume ${id} channel:#sahel-alerts`,
    );
    expect(await h.text(`/sahel alert resume 999 channel:<#${ALERTS}>`, ADMIN)).toBe(
      'no alert 999 in #sahel-alerts — /sahel alert list channel:#sahel-alerts shows them',
    );
    expect(
      await h.text(`/sahel digest resume 999 channel:<#${ALERTS}>`, { ...ADMIN, locale: 'fr' }),
    ).toBe(
      'pas de digest 999 dans #sahel-alerts — /sahel resume desabonner salon:#sahel-alerts les liste',
    );
    expect(subscriptionsOf(h).get(id)?.paused).not.toBeNull();
  });

  it('never reaches another server: its channel is refused, its ids stay not found', async () => {
    const id = pausedAlertIn(FOREIGN, 'Wagner');
    expect(await h.text(`/sahel alert resume ${id} channel:<#${FOREIGN}>`, ADMIN)).toBe(
      `channel: #${FOREIGN} is not a channel of this server — pick one of its channels`,
    );
    expect(await h.text(`/sahel alert resume ${id}`, ADMIN)).toBe(
      `no alert ${id} in this channel — /sahel alert list shows them`,
    );
    expect(subscriptionsOf(h).get(id)?.paused).not.toBeNull();
  });

  it('resumes a digest of another channel', async () => {
    const { id } = subscriptionsOf(h).add(
      {
        platform: 'discord',
        channel: ALERTS,
        kind: 'digest',
        cron: '0 7 * * *',
        timezone: 'Africa/Bamako',
      },
      'chat',
    );
    subscriptionsOf(h).pause('discord', ALERTS, REASON, PAUSED_AT);
    expect(await h.text(`/sahel digest resume ${id}`, ADMIN)).toBe(
      `digest ${id} posts in #sahel-alerts, not in this channel — /sahel digest resume ${id} channel:#sahel-alerts`,
    );
    expect(
      await h.text(`/sahel digest resume ${id} channel:<#${ALERTS}>`, { ...ADMIN, locale: 'fr' }),
    ).toBe(
      `Digest n° ${id} repris : les prochains récits sont de nouveau publiés dans #sahel-alerts.`,
    );
    expect(subscriptionsOf(h).get(id)?.paused).toBeNull();
  });
});

describe('id completion with channel: filled', () => {
  const h = useAdminHarness();
  const commands = createCommandSet(config);

  it('offers the ids of the channel channel: names, never another server’s', async () => {
    const add = (channel: string, query: string): string =>
      String(
        subscriptionsOf(h).add({ platform: 'discord', channel, kind: 'alert', query }, 'chat').id,
      );
    const here = add(ADMIN.channel, 'Kidal');
    const there = add(ALERTS, 'Gao');
    add(FOREIGN, 'Wagner');
    const context = makeContext(config, {
      ...ADMIN,
      ports: { read: unexpectedPorts().read, admin: h.ports },
    });
    const offered = async (filled: Record<string, string>): Promise<string[]> =>
      (await commands.complete('subscription', '', context, filled)).map((c) => c.value);
    expect(await offered({})).toEqual([here]);
    expect(await offered({ channel: `<#${ALERTS}|sahel-alerts>` })).toEqual([there]);
    expect(await offered({ channel: `<#${FOREIGN}>` })).toEqual([]);
    expect(await offered({ channel: 'not a channel' })).toEqual([]);
  });
});
