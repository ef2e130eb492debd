import { describe, expect, it } from 'vitest';
import type { ServerChannels } from '../../../src/core/admin-ports.js';
import { idIn, subscriptionsOf, useAdminHarness } from './admin-harness.js';

/** A Discord server of two named channels; every other channel is another server's. */
const SERVER: ServerChannels = {
  sameServer: (ids) => {
    const names = new Map([
      ['1200000000000000001', 'bot-admin'],
      ['1200000000000000002', 'sahel-alerts'],
      ['1200000000000000003', 'ops'],
    ]);
    return Promise.resolve(
      new Map(ids.flatMap((id) => (names.has(id) ? [[id, names.get(id) ?? null]] : []))),
    );
  },
};
const ADMIN = { platform: 'discord', channel: '1200000000000000001', server: SERVER } as const;

describe('channel: on alert list and remove, digest unsubscribe', () => {
  const h = useAdminHarness();

  /** Adds alerts straight to the store: `count` in `channel` of Discord. */
  function alertsIn(channel: string, queries: readonly string[]): number[] {
    return queries.map(
      (query) =>
        subscriptionsOf(h).add({ platform: 'discord', channel, kind: 'alert', query }, 'chat').id,
    );
  }

  it('lists the subscriptions elsewhere on the platform, grouped by channel, fullest first', () => {
    alertsIn('1200000000000000003', ['Gao']);
    alertsIn('1200000000000000002', ['Kidal', 'Menaka']);
    const others = h.ports
      .subscriptionsElsewhere({ platform: 'discord', channel: '1200000000000000001' }, 'alert')
      .filter((o) => o.channel.startsWith('120000'));
    expect(others.map((o) => [o.channel, o.ids.length])).toEqual([
      ['1200000000000000002', 2],
      ['1200000000000000003', 1],
    ]);
    expect(h.ports.subscriptionsElsewhere({ platform: 'slack', channel: 'C1' }, 'alert')).toEqual(
      [],
    );
  });

  it('points a channel without alerts to this server’s channels only, in English and French', async () => {
    alertsIn('1200000000000000002', ['Kidal', 'Menaka']);
    alertsIn('1200000000000000003', ['Gao']);
    alertsIn('1300000000000000009', ['Wagner']);
    expect(await h.text('/sahel alert list', ADMIN)).toBe(
      'No alert in this channel. 3 alerts post elsewhere: 2 in #sahel-alerts, 1 in #ops — /sahel alert list channel:#sahel-alerts',
    );
    expect(await h.text('/sahel alert list', { ...ADMIN, locale: 'fr' })).toBe(
      'Aucune alerte dans ce canal. 3 alertes publient ailleurs : 2 dans #sahel-alerts, 1 dans #ops — /sahel alerte liste salon:#sahel-alerts',
    );
  });

  it('names no other channel on Discord when the platform says nothing of the server', async () => {
    alertsIn('1200000000000000002', ['Kidal']);
    const { server: _server, ...bare } = ADMIN;
    expect(await h.text('/sahel alert list', bare)).toBe(
      'No alert in this channel — /sahel alert add <query> adds one.',
    );
  });

  it('refuses channel: naming another server’s channel, and reads nothing there', async () => {
    alertsIn('1300000000000000009', ['Wagner']);
    expect(await h.text('/sahel alert list channel:<#1300000000000000009>', ADMIN)).toBe(
      'channel: #1300000000000000009 is not a channel of this server — pick one of its channels',
    );
  });

  it('names the channel of an alert removed from elsewhere, and removes it with channel:', async () => {
    const [id] = alertsIn('1200000000000000002', ['Kidal']);
    expect(await h.text(`/sahel alert remove ${id}`, ADMIN)).toBe(
      `alert ${id} posts in #sahel-alerts, not in this channel — /sahel alert remove ${id} channel:#sahel-alerts`,
    );
    expect(await h.text(`/sahel alert remove ${id} channel:<#1200000000000000003>`, ADMIN)).toBe(
      `alert ${id} posts in #sahel-alerts, not in #ops — /sahel alert remove ${id} channel:#sahel-alerts`,
    );
    expect(await h.text(`/sahel alert remove ${id} channel:<#1200000000000000002>`, ADMIN)).toBe(
      `Alert #${id} removed from #sahel-alerts: Kidal`,
    );
    expect(await h.text(`/sahel alert remove ${id} channel:<#1200000000000000002>`, ADMIN)).toBe(
      `no alert ${id} in #sahel-alerts — /sahel alert list channel:#sahel-alerts shows them`,
    );
  });

  it('keeps an alert of another server “not found”', async () => {
    const [id] = alertsIn('1300000000000000009', ['Wagner']);
    expect(await h.text(`/sahel alert remove ${id}`, ADMIN)).toBe(
      `no alert ${id} in this channel — /sahel alert list shows them`,
    );
  });

  it('unsubscribes a digest of another channel named with channel:, and says where digests are', async () => {
    const there = { ...ADMIN, channel: '1200000000000000002' };
    const id = idIn(await h.text('/sahel digest subscribe "0 7 * * *"', there));
    idIn(await h.text('/sahel digest subscribe "0 19 * * *"', there));
    expect(await h.text('/sahel digest unsubscribe', ADMIN)).toBe(
      'This channel has no digest. 2 digests post in #sahel-alerts — /sahel digest unsubscribe channel:#sahel-alerts',
    );
    expect(await h.text('/sahel digest unsubscribe channel:<#1200000000000000002>', ADMIN)).toMatch(
      /^#sahel-alerts has several digests \(#\d+, #\d+\): say which, e\.g\. \/sahel digest unsubscribe \d+ channel:#sahel-alerts$/,
    );
    expect(await h.text(`/sahel digest unsubscribe ${id}`, ADMIN)).toBe(
      `digest ${id} posts in #sahel-alerts, not in this channel — /sahel digest unsubscribe ${id} channel:#sahel-alerts`,
    );
    expect(
      await h.text(`/sahel digest unsubscribe ${id} channel:<#1200000000000000002>`, ADMIN),
    ).toBe(`Digest #${id} removed from #sahel-alerts ("0 7 * * *" in Africa/Bamako).`);
  });

  it('takes #name on the console, where a channel is its name', async () => {
    expect(await h.text('/sahel alert add Gao channel:#ops')).toContain('added in #ops: Gao');
    expect(await h.text('/sahel alert list channel:#ops')).toContain('Alerts in #ops');
    expect(await h.text('/sahel alert list channel:ops')).toBe(
      'channel: "ops" is not a channel — pick one in the channel option, or give <#id> or the channel id',
    );
  });
});
