import { describe, expect, it } from 'vitest';
import type { FeedStatus } from '../../../../src/core/admin-ports.js';
import type { TopCommand } from '../../../../src/core/command.js';
import type { FactRef, StoryCard } from '../../../../src/core/message.js';
import { buildHomeView, pickHomeFacts } from '../../../../src/platforms/slack/build-home-view.js';

const tops: TopCommand[] = [
  { name: 'mali', country: 'mali', description: { en: 'Mali', fr: 'Mali' }, commands: [] },
  { name: 'sahel', description: { en: 'Sahel', fr: 'Sahel' }, commands: [] },
];

const feed = (id: string, extra: Partial<FeedStatus> = {}): FeedStatus => ({
  id,
  name: `Outlet ${id}`,
  url: `https://example.org/${id}.xml`,
  language: 'en',
  origin: 'config',
  lastSuccessAt: 1,
  failures: 0,
  reason: null,
  disabled: false,
  nextPollAt: 2,
  ...extra,
});

/** No alert holds anything; quiet hours read in Bamako's time. */
const limits = { timezone: 'Africa/Bamako', held: new Map<number, number>() };

const fact = (id: string): FactRef => ({
  id,
  title: id.toUpperCase(),
  gist: `About ${id}.`,
  command: `/mali fact ${id}`,
});

const card = (storyId: string, facts: readonly FactRef[]): StoryCard => ({
  storyId,
  title: storyId,
  url: null,
  summary: '',
  sources: [],
  tags: [],
  facts,
});

describe('pickHomeFacts', () => {
  it('keeps the facts most cards cite, ties to the first cited, at most the limit', () => {
    const cards = [
      card('s1', [fact('kidal'), fact('jnim')]),
      card('s2', [fact('wagner'), fact('jnim')]),
      card('s3', [fact('gao')]),
    ];
    expect(pickHomeFacts(cards, 3).map((f) => f.id)).toEqual(['jnim', 'kidal', 'wagner']);
  });

  it('gives none when today has no stories', () => {
    expect(pickHomeFacts([])).toEqual([]);
  });
});

describe('buildHomeView', () => {
  it('shows today’s digest buttons per country, help, fact card buttons, the subscriptions of the user’s channels, and each feed with its health', () => {
    const view = buildHomeView({
      tops,
      locale: 'en',
      ...limits,
      facts: [fact('jnim'), fact('kidal')],
      subscriptions: [
        {
          id: 3,
          kind: 'alert',
          query: 'Kidal AND attack',
          pingRole: null,
          platform: 'slack',
          channel: 'C1',
          locale: null,
          origin: 'chat',
          createdAt: 1,
          paused: null,
        },
        {
          id: 4,
          kind: 'digest',
          cron: '0 8 * * *',
          timezone: 'Africa/Bamako',
          size: null,
          platform: 'slack',
          channel: 'C2',
          locale: null,
          origin: 'config',
          createdAt: 1,
          paused: null,
        },
      ],
      feeds: [
        feed('rfi'),
        feed('new', { lastSuccessAt: null }),
        feed('down', { failures: 3, reason: 'HTTP 503' }),
        feed('off', { disabled: true, reason: 'gone <!channel> (410)' }),
      ],
    });
    expect(view).toMatchInlineSnapshot(`
      {
        "blocks": [
          {
            "text": {
              "emoji": true,
              "text": "Sahel Digest",
              "type": "plain_text",
            },
            "type": "header",
          },
          {
            "text": {
              "text": "News digests, alerts and background facts on the Sahel. Type /sahel help in any channel for every command.",
              "type": "mrkdwn",
              "verbatim": true,
            },
            "type": "section",
          },
          {
            "elements": [
              {
                "action_id": "run:0",
                "text": {
                  "emoji": true,
                  "text": "Today's digest /mali",
                  "type": "plain_text",
                },
                "type": "button",
                "value": "/mali news since:24h",
              },
              {
                "action_id": "run:1",
                "text": {
                  "emoji": true,
                  "text": "/sahel help",
                  "type": "plain_text",
                },
                "type": "button",
                "value": "/sahel help",
              },
            ],
            "type": "actions",
          },
          {
            "text": {
              "emoji": true,
              "text": "Background on today’s news",
              "type": "plain_text",
            },
            "type": "header",
          },
          {
            "elements": [
              {
                "action_id": "run:2",
                "text": {
                  "emoji": true,
                  "text": "JNIM",
                  "type": "plain_text",
                },
                "type": "button",
                "value": "/mali fact jnim",
              },
              {
                "action_id": "run:3",
                "text": {
                  "emoji": true,
                  "text": "KIDAL",
                  "type": "plain_text",
                },
                "type": "button",
                "value": "/mali fact kidal",
              },
            ],
            "type": "actions",
          },
          {
            "type": "divider",
          },
          {
            "text": {
              "emoji": true,
              "text": "Subscriptions in your channels",
              "type": "plain_text",
            },
            "type": "header",
          },
          {
            "text": {
              "text": "• *#3 alert* — Kidal AND attack
      C1
      • *#4 digest* — 0 8 * * * (Africa/Bamako)
      C2",
              "type": "mrkdwn",
              "verbatim": true,
            },
            "type": "section",
          },
          {
            "type": "divider",
          },
          {
            "text": {
              "emoji": true,
              "text": "Feeds",
              "type": "plain_text",
            },
            "type": "header",
          },
          {
            "text": {
              "text": "• *ok* — <https://example.org/rfi.xml|Outlet rfi>
      • *not read yet* — <https://example.org/new.xml|Outlet new>
      • *failing (3 in a row)* — <https://example.org/down.xml|Outlet down>
      the site answers 503: temporarily unavailable
      • *disabled* — <https://example.org/off.xml|Outlet off>
      cannot read it (gone &lt;!channel&gt; (410))",
              "type": "mrkdwn",
              "verbatim": true,
            },
            "type": "section",
          },
        ],
        "type": "home",
      }
    `);
  });

  it('stays within a Home tab of 100 blocks and points to feeds status past 40 feeds', () => {
    const feeds = Array.from({ length: 300 }, (_, i) =>
      feed(`f${i}`, { reason: 'x '.repeat(200) }),
    );
    const view = buildHomeView({
      tops,
      locale: 'fr',
      ...limits,
      feeds,
      subscriptions: [],
      facts: [],
    });
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    expect(JSON.stringify(view.blocks)).toContain('et 260 autres : /sahel flux etat');
    expect(JSON.stringify(view.blocks)).toContain("Aucun de vos canaux n'a encore d'alerte");
    expect(JSON.stringify(view.blocks)).toContain('Résumé du jour /mali');
  });

  it('shows no fact heading when today’s news cites no fact card', () => {
    const view = buildHomeView({
      tops,
      locale: 'en',
      ...limits,
      feeds: [],
      subscriptions: [],
      facts: [],
    });
    expect(JSON.stringify(view.blocks)).not.toContain('Background on today');
  });
  it('shows an alert’s quiet hours, cap and held alerts as alert list does, in English and French', () => {
    const alert = {
      id: 7,
      kind: 'alert',
      query: 'Kidal',
      pingRole: null,
      platform: 'slack',
      channel: 'C07',
      locale: null,
      origin: 'chat',
      createdAt: 1,
      paused: null,
      quiet: { from: 22 * 60, to: 7 * 60 },
      cap: { max: 6, per: 'hour' },
    } as const;
    const { quiet: _quiet, cap: _cap, ...rest } = alert;
    const bare = { ...rest, id: 8 };
    const sectionsIn = (locale: 'en' | 'fr'): string[] =>
      buildHomeView({
        tops,
        locale,
        timezone: 'Africa/Bamako',
        held: new Map([[7, 2]]),
        feeds: [],
        subscriptions: [alert, bare],
        facts: [],
      }).blocks.flatMap((b) =>
        b.type === 'section' && 'text' in b && b.text !== undefined ? [b.text.text] : [],
      );
    const [en] = sectionsIn('en').filter((t) => t.includes('#7'));
    expect(en).toBe(
      [
        '• *#7 alert* — Kidal',
        '<#C07>',
        'Quiet 22:00–07:00 (Africa/Bamako), at most 6 alert posts per hour, 2 held now',
        '• *#8 alert* — Kidal',
        '<#C07>',
      ].join('\n'),
    );
    const [fr] = sectionsIn('fr').filter((t) => t.includes('#7'));
    expect(fr?.split('\n')[2]).toBe(
      'Heures calmes 22:00–07:00 (Africa/Bamako), au plus 6 alertes par heure, 2 en attente',
    );
  });

  it('names an alert’s own time zone beside its quiet hours, not the settings one', () => {
    const alert = {
      id: 9,
      kind: 'alert',
      query: 'Gao',
      pingRole: null,
      platform: 'slack',
      channel: 'C09',
      locale: null,
      origin: 'chat',
      createdAt: 1,
      paused: null,
      quiet: { from: 22 * 60, to: 7 * 60 },
      timezone: 'Europe/Paris',
    } as const;
    const view = buildHomeView({
      tops,
      locale: 'en',
      timezone: 'Africa/Bamako',
      held: new Map(),
      feeds: [],
      subscriptions: [alert],
      facts: [],
    });
    const text = JSON.stringify(view.blocks);
    expect(text).toContain('Quiet 22:00–07:00 (Europe/Paris)');
    expect(text).not.toContain('Africa/Bamako');
  });
});
