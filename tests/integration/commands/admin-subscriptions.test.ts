import { beforeEach, describe, expect, it } from 'vitest';
import { createSqliteOutboxStore } from '../../../src/store/sqlite-outbox-store.js';
import { addStories, idIn, NOW, story, subscriptionsOf, useAdminHarness } from './admin-harness.js';

const HOUR_MS = 3_600_000;

const h = useAdminHarness();

describe('/sahel digest subscribe and unsubscribe', () => {
  it('subscribes this channel and answers with the next run in the digest time zone', async () => {
    const text = await h.text(
      '/sahel digest subscribe "0 7 * * 1-5" timezone:Africa/Niamey size:5 locale:fr',
    );
    // Sunday 12:00 UTC: the next weekday 07:00 in Niamey (UTC+1) is Monday.
    expect(text).toContain('"0 7 * * 1-5" in Africa/Niamey, 5 stories, in French.');
    expect(text).toContain('Next digest: Mon, 7 Dec 2026, 07:00 (Africa/Niamey).');
    const stored = subscriptionsOf(h).get(idIn(text));
    expect(stored).toMatchObject({
      kind: 'digest',
      platform: 'console',
      channel: 'console',
      cron: '0 7 * * 1-5',
      timezone: 'Africa/Niamey',
      size: 5,
      locale: 'fr',
      origin: 'chat',
    });
  });

  it('answers in French, with the time in French', async () => {
    const text = await h.text('/sahel digest abonner "0 7 * * *" fuseau:Africa/Niamey taille:5', {
      locale: 'fr',
    });
    expect(text).toBe(
      [
        'Digest programmé',
        `Digest n° ${idIn(text.replace('n° ', '#'))} pour ce canal : « 0 7 * * * » à l'heure de Africa/Niamey, 5 récits, dans la langue du canal.`,
        'Prochain digest : lun. 7 déc. 2026, 07:00 (Africa/Niamey).',
      ].join('\n'),
    );
  });

  it('takes cron and time zone from the settings when they are not given', async () => {
    const text = await h.text('/sahel digest subscribe');
    expect(subscriptionsOf(h).get(idIn(text))).toMatchObject({
      cron: '0 8 * * *',
      timezone: 'Africa/Bamako',
      size: null,
      locale: null,
    });
    expect(await h.text('/sahel digest subscribe')).toContain(
      `This channel already has this digest (#${idIn(text)}, added from chat).`,
    );
  });

  it('refuses a bad cron expression with the reason', async () => {
    expect(await h.text('/sahel digest subscribe "0 25 * * *"')).toMatch(
      /^invalid cron expression "0 25 \* \* \*": .*hour — five fields, e\.g\. "0 8 \* \* \*"/,
    );
    expect(subscriptionsOf(h).list({ kind: 'digest', platform: 'console' })).toEqual([]);
  });

  it('refuses an unknown time zone and suggests the nearest one', async () => {
    expect(await h.text('/sahel digest subscribe timezone:Africa/Bamko')).toBe(
      'unknown time zone "Africa/Bamko" — did you mean "Africa/Bamako"?',
    );
    expect(await h.text('/sahel digest subscribe timezone:Niamey', { locale: 'fr' })).toBe(
      'fuseau horaire inconnu « Niamey » — vouliez-vous dire « Africa/Niamey » ?',
    );
  });

  it('accepts a time zone in any case and stores its canonical spelling', async () => {
    const text = await h.text('/sahel digest subscribe timezone:africa/ouagadougou');
    expect(subscriptionsOf(h).get(idIn(text))).toMatchObject({ timezone: 'Africa/Ouagadougou' });
  });

  it('unsubscribes the only digest of the channel without an id', async () => {
    const id = idIn(await h.text('/sahel digest subscribe'));
    expect(await h.text('/sahel digest unsubscribe')).toBe(
      `Digest #${id} removed from this channel ("0 8 * * *" in Africa/Bamako).`,
    );
    expect(subscriptionsOf(h).get(id)).toBeNull();
  });

  it('asks which digest when the channel has several, and says when it has none', async () => {
    expect(await h.text('/sahel digest unsubscribe')).toBe(
      'this channel has no digest — /sahel digest subscribe adds one',
    );
    const first = idIn(await h.text('/sahel digest subscribe "0 7 * * *"'));
    const second = idIn(await h.text('/sahel digest subscribe "0 19 * * *"'));
    expect(await h.text('/sahel digest unsubscribe')).toBe(
      `this channel has several digests (#${first}, #${second}): say which, e.g. /sahel digest unsubscribe ${first}`,
    );
  });

  it('refuses to remove a digest from the config, naming the file, and an unknown id', async () => {
    const slackDigest = subscriptionsOf(h).list({ kind: 'digest', platform: 'slack' })[0];
    expect(slackDigest?.origin).toBe('config');
    const id = slackDigest?.id ?? 0;
    expect(
      await h.text(`/sahel digest unsubscribe ${id}`, {
        platform: 'slack',
        channel: 'C0123456789',
      }),
    ).toBe(
      `digest ${id} comes from tests/fixtures/config/valid/subscriptions.yaml; edit that file to remove it`,
    );
    // The same id asked from another channel is not this channel's to remove.
    expect(await h.text(`/sahel digest unsubscribe ${id}`)).toBe(
      `no digest ${id} in this channel — /sahel digest unsubscribe without an id lists them`,
    );
    expect(subscriptionsOf(h).get(id)).not.toBeNull();
  });
});

describe('/sahel digest now', () => {
  it('queues the digest of the last 24 hours with its own key and records no digest window', async () => {
    addStories(h.store, [
      story('s1', 'Drone strike near Kidal', 2),
      story('s2', 'Convoy attacked on the Gao road', 20),
      story('s3', 'Older report from Menaka', 30),
    ]);
    const subscription = idIn(await h.text('/sahel digest subscribe'));
    const text = await h.text('/sahel digest now');
    expect(text).toContain('All 2 stories of the last 24 hours will be posted here in a moment.');
    // Chat on the console does not deliver: it says where the digest will print.
    expect(text).toContain(
      'On the console it prints in the terminal running sahel-digest run, or at the next sahel-digest once',
    );
    expect(await h.text('/sahel digest now', { platform: 'discord' })).toContain(
      'It goes through the outbox like every post',
    );
    const outbox = createSqliteOutboxStore(h.store.db);
    const row = outbox.findByKey(`digest-now:console:console:${NOW}`);
    expect(row).toMatchObject({
      kind: 'digest',
      platform: 'console',
      channel: 'console',
      status: 'pending',
      subscriptionId: subscription,
    });
    expect(row?.message.fallback).toContain('Drone strike near Kidal');
    expect(row?.message.fallback).toContain('Convoy attacked on the Gao road');
    expect(row?.message.fallback).not.toContain('Older report from Menaka');
    // The scheduled digest still starts its chain at its own time.
    expect(subscriptionsOf(h).lastDigest(subscription)).toBeNull();
  });

  it("groups a situation's developments under its arc", async () => {
    addStories(h.store, [
      story('s1', 'Gunmen kidnap aid workers near Menaka', 6),
      story('s2', 'Aid groups suspend work around Menaka', 2),
    ]);
    h.store.arcs.insertArc(
      {
        id: 'arc-s1',
        title: 'Menaka kidnapping',
        firstSeenAt: NOW - 6 * HOUR_MS,
        lastSeenAt: NOW - 6 * HOUR_MS,
        storyIds: ['s1'],
      },
      {},
    );
    h.store.arcs.addToArc('arc-s1', 's2', {
      title: 'Menaka kidnapping',
      lastSeenAt: NOW - 2 * HOUR_MS,
      signature: {},
    });
    await h.text('/sahel digest now');
    const row = createSqliteOutboxStore(h.store.db).findByKey(`digest-now:console:console:${NOW}`);
    expect(row?.message.fallback).toContain('Menaka kidnapping — 2 developments');
  });

  it('posts a notice when the window is empty, in the channel language', async () => {
    await h.text('/sahel settings locale:fr');
    expect(await h.text('/sahel digest now', { locale: 'fr' })).toContain(
      'Aucun récit ces dernières 24 heures',
    );
    const row = createSqliteOutboxStore(h.store.db).findByKey(`digest-now:console:console:${NOW}`);
    // The channel is set to French: the digest posted there is in French.
    expect(row?.message.fallback).toMatch(
      /^Revue de presse Sahel — .*\nAucune nouvelle information/,
    );
  });
});

describe('/sahel alert add, list and remove', () => {
  beforeEach(() => {
    addStories(h.store, [
      story('s1', 'Drone strike near Kidal', 5),
      story('s2', 'Convoy attacked on the Gao road', 30),
      story('s3', 'Kidal: the army returns', 100),
      story('old', 'Kidal, nine days ago', 24 * 9),
    ]);
  });

  it('adds an alert and previews two stories of the last 7 days it would have matched', async () => {
    const text = await h.text('/sahel alert add Kidal');
    expect(text).toBe(
      [
        `Alert #${idIn(text)} added: Kidal`,
        'In the last 7 days it would have matched 2 stories, for example:',
        '- Drone strike near Kidal (RFI English)',
        '- Kidal: the army returns (RFI English)',
      ].join('\n'),
    );
    expect(subscriptionsOf(h).get(idIn(text))).toMatchObject({
      kind: 'alert',
      query: 'Kidal',
      origin: 'chat',
    });
  });

  it('previews what would alert: an analysis piece only for a query that asks for its kind', async () => {
    addStories(h.store, [story('s4', 'Analysis: what Kidal tells us about the war', 2)]);
    expect(await h.text('/sahel alert add Kidal')).toContain('would have matched 2 stories');
    expect(await h.text('/sahel alert add Kidal kind:analysis')).toContain(
      'would have matched 1 story',
    );
  });

  it("reads each report's own text and matched entities, as alerts do", async () => {
    h.store.feeds.upsert(
      {
        id: 'rfi-en',
        url: 'https://rfi.example/rss',
        name: 'RFI English',
        language: 'en',
        tier: 1,
        intervalMs: 600_000,
      },
      NOW,
    );
    h.store.items.commitPoll({
      feedId: 'rfi-en',
      items: [
        {
          item: {
            id: 's2-item',
            feedId: 'rfi-en',
            guid: 's2-item',
            url: 'https://outlet.example/s2',
            title: 'Convoy attacked on the Gao road',
            summary: 'A drone struck the lead vehicles, witnesses said.',
            content: '',
            author: null,
            lang: 'en',
            publishedAt: NOW - 30 * 3_600_000,
            dateFromFeed: true,
            firstSeenAt: NOW - 30 * 3_600_000,
          },
          matches: [{ entity: 'jnim', alias: 'JNIM', field: 'summary', start: 0, end: 0 }],
        },
      ],
      seed: null,
      state: {},
      now: NOW,
    });
    expect(await h.text('/sahel alert add witnesses')).toContain(
      'In the last 7 days it would have matched 1 story:\n- Convoy attacked on the Gao road (RFI English)',
    );
    expect(await h.text('/sahel alert add entity:jnim')).toContain('would have matched 1 story');
  });

  it('says when a query would not have matched anything lately', async () => {
    expect(await h.text('/sahel alert add query:"Tillabéri AND drone"')).toContain(
      'It would not have matched any story of the last 7 days.',
    );
  });

  it('refuses a bad query with its column and stores nothing', async () => {
    const before = subscriptionsOf(h).list({ kind: 'alert' }).length;
    expect(await h.text('/sahel alert add Kidal AND (attack')).toBe(
      'bad query: unbalanced parenthesis at column 11',
    );
    expect(await h.text('/sahel alert add Kidal AND (attack', { locale: 'fr' })).toBe(
      'requête invalide : parenthèse non appariée à la colonne 11',
    );
    expect(subscriptionsOf(h).list({ kind: 'alert' })).toHaveLength(before);
  });

  it('refuses an alert on an entity, tag or country the watchlist does not know, which could never fire', async () => {
    const before = subscriptionsOf(h).list({ kind: 'alert' }).length;
    expect(await h.text('/sahel alert add entity:jnmi')).toBe(
      'bad query: unknown entity "jnmi" (did you mean jnim?) at column 1',
    );
    expect(await h.text('/sahel alert add Kidal tag:cuop')).toBe(
      'bad query: unknown tag "cuop" (did you mean coup?) at column 7',
    );
    expect(subscriptionsOf(h).list({ kind: 'alert' })).toHaveLength(before);
  });

  it('lists the channel alerts with ids and where each comes from', async () => {
    const id = idIn(await h.text('/sahel alert add Kidal'));
    const configId = subscriptionsOf(h)
      .list({ kind: 'alert', platform: 'console' })
      .find((s) => s.origin === 'config')?.id;
    expect(await h.text('/sahel alert list')).toBe(
      [
        'Alerts in this channel',
        `#${configId} Kidal OR Ménaka (from tests/fixtures/config/valid/subscriptions.yaml)`,
        `#${id} Kidal (added from chat)`,
      ].join('\n'),
    );
    // The console is one workspace: a channel without alerts points to the one with them.
    expect(await h.text('/sahel alert list', { channel: 'elsewhere' })).toBe(
      'No alert in this channel. 2 alerts post in #console — /sahel alert list channel:#console',
    );
  });

  it('removes a chat alert, but not a config one or an unknown id', async () => {
    const id = idIn(await h.text('/sahel alert add Kidal'));
    const configId = subscriptionsOf(h)
      .list({ kind: 'alert', platform: 'console' })
      .find((s) => s.origin === 'config')?.id;
    expect(await h.text(`/sahel alert remove ${configId}`)).toBe(
      `alert ${configId} comes from tests/fixtures/config/valid/subscriptions.yaml; edit that file to remove it`,
    );
    expect(await h.text(`/sahel alert remove ${configId}`, { locale: 'fr' })).toBe(
      `l'alerte ${configId} vient de tests/fixtures/config/valid/subscriptions.yaml ; modifiez ce fichier pour la retirer`,
    );
    expect(await h.text('/sahel alert remove 999')).toBe(
      'no alert 999 in this channel — /sahel alert list shows them',
    );
    expect(await h.text(`/sahel alert remove ${id}`)).toBe(`Alert #${id} removed: Kidal`);
    expect(subscriptionsOf(h).get(id)).toBeNull();
    expect(subscriptionsOf(h).get(configId ?? 0)).not.toBeNull();
  });

  it('leaves admin commands to admins', async () => {
    const answer = await h.say('/sahel alert add Kidal', {
      requester: { userId: 'u1', admin: false },
    });
    expect(answer.ephemeral).toBe(true);
    expect(answer.fallback).not.toContain('added');
    expect(subscriptionsOf(h).list({ kind: 'alert', platform: 'console' })).toHaveLength(1);
  });
});
