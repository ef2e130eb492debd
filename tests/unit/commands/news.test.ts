import { describe, expect, it } from 'vitest';
import { isErrorReply } from '../../../commands/dispatch-reply.js';
import { createReadPorts } from '../../../src/command-ports-read.js';
import { entityWeights, rankStories } from '../../../src/digest/rank-stories.js';
import {
  DAY,
  HOUR,
  KIDAL_COURRIER,
  KIDAL_WIRE,
  NOW,
  config,
  createReadFixture,
  textOf,
  useReadFixture,
} from './read-fixture.js';

describe('/mali news', () => {
  const fx = useReadFixture((fresh) => {
    fresh.story([KIDAL_WIRE, KIDAL_COURRIER]);
    fresh.story([
      { id: 'gao-1', feed: 'desk', title: 'Gao: militants attack a checkpoint', at: NOW - DAY },
    ]);
    fresh.story([
      { id: 'ouaga-1', feed: 'wire', title: 'Ouagadougou hosts talks with Traoré', at: NOW - HOUR },
    ]);
    fresh.story([
      {
        id: 'bamako-1',
        feed: 'desk',
        title: 'Bamako and Algiers restore ambassadors',
        at: NOW - 10 * DAY,
      },
    ]);
  });

  it('lists the stories about the country of the last 7 days, corroborated first, with their sources and ids', async () => {
    const answer = await fx.say('/mali news');
    expect(textOf(answer)).toMatchInlineSnapshot(`
      "# News: Mali | 2 stories · since 29 Nov 2026
      * Gunmen attack army convoy near Kidal [Sahel Wire, Le Courrier] Open: /sahel story st-kidal-1
      * Gao: militants attack a checkpoint [West Africa Desk] Open: /sahel story st-gao-1"
    `);
    expect(answer.fallback).toContain('/sahel story st-kidal-1');
  });

  it('says whether each story is corroborated or rests on one outlet', async () => {
    const cards = (await fx.say('/mali news')).blocks.flatMap((b) =>
      b.type === 'story' ? [b.card.provenance] : [],
    );
    expect(cards).toEqual(['Corroborated · 2 outlets', 'Single source']);
    expect((await fx.say('/mali news', 'fr')).fallback).toContain(
      '(West Africa Desk) · Source unique',
    );
  });

  it('counts a place in the country as about the country, and leaves other countries out', async () => {
    expect(textOf(await fx.say('/burkina news'))).toContain('Ouagadougou hosts talks');
    expect(textOf(await fx.say('/mali news'))).not.toContain('Ouagadougou');
  });

  it('reaches further back with since as a duration or a date', async () => {
    expect(textOf(await fx.say('/mali news since:30d'))).toContain('Bamako and Algiers');
    expect(textOf(await fx.say('/mali news 2026-11-20'))).toContain('Bamako and Algiers');
    expect(textOf(await fx.say('/mali news since:12h'))).not.toContain('Gao:');
  });

  it('keeps only stories with the event tag, by id or French name', async () => {
    expect(textOf(await fx.say('/mali news since:30d tag:diplomacy'))).toContain('1 story');
    expect(textOf(await fx.say('/mali news since:30d tag:Diplomatie'))).toContain(
      'Bamako and Algiers',
    );
  });

  it('pages with buttons whose ids are the command lines of the other pages', async () => {
    const first = await fx.say('/mali news limit:1');
    expect(textOf(first)).toContain('[Next page → /mali news limit:1 page:2]');
    expect(textOf(first)).toContain('· page 1 of 2');
    const second = await fx.say('/mali news since:7d limit:1 page:2');
    expect(textOf(second)).toContain('Gao: militants');
    expect(textOf(second)).toContain('[Previous page → /mali news since:7d limit:1]');
    const past = await fx.say('/mali news limit:1 page:9');
    expect(textOf(past)).toContain('Gao: militants');
  });

  it('says so plainly when there is nothing, in French too', async () => {
    const answer = await fx.say('/niger news', 'fr');
    expect(isErrorReply(answer)).toBe(false);
    expect(textOf(answer)).toMatchInlineSnapshot(`
      "# Actualités : Niger | depuis le 29 nov. 2026
      (muted) Aucun récit sur le Niger depuis le 29 nov. 2026."
    `);
  });

  it('refuses an unknown tag with a suggestion, and a bad since with the forms it takes', async () => {
    const tag = await fx.say('/mali news tag:atack');
    expect(isErrorReply(tag)).toBe(true);
    expect(tag.fallback).toMatch(
      /^unknown tag "atack" — did you mean attack\? Tags: attack, clash, coup/,
    );
    expect((await fx.say('/mali news tag:foo')).fallback).toMatch(
      /^unknown tag "foo" — tags: attack, clash, coup/,
    );
    expect((await fx.say('/mali news tag:foo', 'fr')).fallback).toMatch(
      /^thème inconnu « foo » — thèmes : attack, clash, coup/,
    );
    const since = await fx.say('/mali news since:yesterday');
    expect(since.fallback).toBe(
      'invalid since "yesterday": expected a duration like 24h, 3d or 2w, or a date like 2026-11-20',
    );
  });
});

describe('the news port ranks as digests rank', () => {
  const outlets = ['wire', 'courrier', 'desk'] as const;
  const titles = [
    'Gunmen attack army convoy near Kidal',
    'Gao: militants attack a checkpoint',
    'JNIM fighters seen near Mopti',
    'Bamako and Algiers restore ambassadors',
  ];

  function fill(fx: ReturnType<typeof createReadFixture>): void {
    for (let i = 0; i < 12; i += 1) {
      const reports = Array.from({ length: 1 + (i % 3) }, (_, k) => ({
        id: `s${i}-${k}`,
        feed: outlets[(i + k) % 3] ?? 'wire',
        title: titles[i % titles.length] ?? '',
        at: NOW - (i * 7 + k) * HOUR,
      }));
      fx.story(reports);
    }
  }

  it('gives the order rankStories gives the full stories', () => {
    const fx = createReadFixture();
    fill(fx);
    const page = fx.read.news({ country: 'mali', since: 0, offset: 0, limit: 20, locale: 'en' });
    const full = [...Array(12).keys()].flatMap((i) => fx.stories.get(`st-s${i}-0`)?.story ?? []);
    const expected = rankStories(full, {
      now: NOW,
      entityWeights: entityWeights(config.watchlist),
    });
    expect(page.cards.map((c) => c.storyId)).toEqual(expected.map((s) => s.id));
    fx.close();
  });

  it('weighs entities when the watchlist gives them weights', () => {
    const fx = createReadFixture();
    fill(fx);
    const weighted = {
      ...config,
      watchlist: {
        ...config.watchlist,
        entities: config.watchlist.entities.map((e) => (e.id === 'jnim' ? { ...e, weight: 9 } : e)),
      },
    };
    const read = createReadPorts({ config: weighted, clock: { now: () => NOW }, store: fx.store });
    const page = read.news({ country: 'mali', since: 0, offset: 0, limit: 20, locale: 'en' });
    const full = [...Array(12).keys()].flatMap((i) => fx.stories.get(`st-s${i}-0`)?.story ?? []);
    const expected = rankStories(full, {
      now: NOW,
      entityWeights: entityWeights(weighted.watchlist),
    });
    expect(page.cards.map((c) => c.storyId)).toEqual(expected.map((s) => s.id));
    const plain = fx.read.news({ country: 'mali', since: 0, offset: 0, limit: 20, locale: 'en' });
    const place = (cards: typeof page.cards): number =>
      cards.findIndex((c) => c.storyId === 'st-s6-0');
    expect(place(page.cards)).toBeLessThan(place(plain.cards));
    fx.close();
  });
});
