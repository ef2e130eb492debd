import { describe, expect, it } from 'vitest';
import type { AlertSubscription } from '../../../src/core/delivery-ports.js';
import type { Story } from '../../../src/core/story.js';
import { buildHeldAlerts } from '../../../src/digest/build-held-alerts.js';

const alert: AlertSubscription = {
  id: 4,
  kind: 'alert',
  platform: 'discord',
  channel: '1',
  query: 'Kidal OR Gao',
  locale: null,
  origin: 'chat',
  createdAt: 0,
  paused: null,
  pingRole: null,
  quiet: { from: 22 * 60, to: 7 * 60 },
  cap: { max: 6, per: 'hour' },
};

const story = (id: string, title: string, outlets: string[]): Story => ({
  id,
  firstSeenAt: 0,
  lastSeenAt: 0,
  leadItemId: `${id}-0`,
  title,
  url: `https://news.example/${id}`,
  summary: '',
  lang: 'en',
  tags: [],
  entities: [],
  countries: [],
  sources: outlets.map((outlet, i) => ({
    itemId: `${id}-${i}`,
    feedId: outlet.toLowerCase(),
    outlet,
    url: null,
    title,
    lang: 'en',
    tier: 1,
    publishedAt: 0,
  })),
});

const stories = [
  story('a', 'Attack near Kidal @everyone', ['RFI', 'AFP', 'RFI']),
  story('b', 'Drone strike near Gao', ['Reuters']),
];

describe('buildHeldAlerts', () => {
  it('tells the held alerts of quiet hours as one post, each with its link and outlets', () => {
    const message = buildHeldAlerts({
      subscription: alert,
      stories,
      reason: 'quiet',
      locale: 'en',
    });
    expect(message.fallback).toMatchInlineSnapshot(`
      "While quiet (22:00–07:00): 2 alerts
      Alert #4 matched: Kidal OR Gao
      - Attack near Kidal @everyone (RFI, AFP) https://news.example/a
      - Drone strike near Gao (Reuters) https://news.example/b"
    `);
    expect(message.ping).toBeUndefined();
    expect(message.blocks[1]).toEqual({
      type: 'list',
      entries: [
        { text: 'Attack near Kidal @everyone', url: 'https://news.example/a', detail: 'RFI, AFP' },
        { text: 'Drone strike near Gao', url: 'https://news.example/b', detail: 'Reuters' },
      ],
    });
  });

  it('rolls up what went over the cap, in French too', () => {
    expect(
      buildHeldAlerts({
        subscription: alert,
        stories: stories.slice(1),
        reason: 'cap',
        locale: 'fr',
      }).fallback,
    ).toMatchInlineSnapshot(`
      "1 alerte de plus (plafond 6/h)
      L'alerte n° 4 a trouvé : Kidal OR Gao
      - Drone strike near Gao (Reuters) https://news.example/b"
    `);
    const { quiet: _q, cap: _c, ...plain } = alert;
    expect(
      buildHeldAlerts({ subscription: plain, stories, reason: 'cap', locale: 'en' }).blocks[0],
    ).toEqual({
      type: 'heading',
      text: '2 more alerts',
      subtitle: 'Alert #4 matched: Kidal OR Gao',
    });
    expect(
      buildHeldAlerts({ subscription: plain, stories, reason: 'quiet', locale: 'fr' }).blocks[0],
    ).toMatchObject({ text: 'Pendant les heures calmes : 2 alertes' });
  });
});
