import { describe, expect, it } from 'vitest';
import { isErrorReply } from '../../../commands/dispatch-reply.js';
import { DAY, HOUR, NOW, textOf, useReadFixture } from './read-fixture.js';

/** The order a search lists its results in: story ids, and `loose` for a report in no story. */
function order(text: string): string[] {
  return [
    ...text.matchAll(
      /\/sahel (?:story|recit) (st-[\w-]+)|(not part of a story|ne fait partie d'aucun récit)/g,
    ),
  ].map((m) => m[1] ?? 'loose');
}

describe('/sahel search sort:', () => {
  const fx = useReadFixture((fresh) => {
    // Best ranked for "convoy" (the word three times in a short title), old, one outlet.
    fresh.story([
      { id: 'ranked', feed: 'wire', title: 'Kidal convoy: convoy after convoy', at: NOW - 4 * DAY },
    ]);
    // Told by three outlets, two days ago.
    fresh.story([
      {
        id: 'told',
        feed: 'wire',
        title: 'Army convoy hit by a roadside bomb between Gao and Ansongo, officials say',
        at: NOW - 2 * DAY,
      },
      {
        id: 'told-2',
        feed: 'desk',
        title: 'Roadside bomb hits army convoy near Ansongo in the Gao region',
        at: NOW - 2 * DAY + HOUR,
      },
      {
        id: 'told-3',
        feed: 'courrier',
        title: 'Gao region: roadside bomb strikes an army convoy near Ansongo',
        at: NOW - 2 * DAY + 2 * HOUR,
      },
    ]);
    // The newest, one outlet, a long title that ranks low.
    fresh.story([
      {
        id: 'fresh',
        feed: 'desk',
        title:
          'In Ménaka, traders count the cost of weeks without a supply convoy reaching the town market',
        at: NOW - HOUR,
      },
    ]);
    // In no story, newer than everything: it still comes after the stories.
    fresh.file({
      id: 'loose',
      feed: 'desk',
      title: 'Convoy attacked in Nigeria',
      at: NOW - 10 * 60_000,
    });
  });

  it('lists by relevance by default and says so in the header', async () => {
    const text = textOf(await fx.say('/sahel search convoy'));
    expect(text).toMatch(/^# Search: convoy · best match first \| 4 stories/);
    expect(order(text)[0]).toBe('st-ranked');
    expect(order(text).at(-1)).toBe('loose');
    expect(textOf(await fx.say('/sahel search convoy sort:relevance'))).toBe(text);
  });

  it('lists the newest story first with sort:newest, reports in no story still last', async () => {
    const text = textOf(await fx.say('/sahel search convoy sort:newest'));
    expect(text).toMatch(/^# Search: convoy · newest first \| 4 stories/);
    expect(order(text)).toEqual(['st-fresh', 'st-told', 'st-ranked', 'loose']);
  });

  it('lists the story told by the most outlets first with sort:sources', async () => {
    const text = textOf(await fx.say('/sahel search convoy sort:sources'));
    expect(text).toMatch(/^# Search: convoy · most sources first/);
    expect(order(text)[0]).toBe('st-told');
    expect(order(text).at(-1)).toBe('loose');
  });

  it('takes tri: in French and names the order in French', async () => {
    const text = textOf(await fx.say('/sahel recherche convoy tri:newest', 'fr'));
    expect(text).toMatch(/^# Recherche : convoy · les plus récents d’abord \| 4 récits/);
    expect(order(text)).toEqual(['st-fresh', 'st-told', 'st-ranked', 'loose']);
    expect(order(textOf(await fx.say('/sahel recherche convoy tri:sources', 'fr')))[0]).toBe(
      'st-told',
    );
    // The French words for the orders are taken too.
    expect(textOf(await fx.say('/sahel recherche convoy tri:récents', 'fr'))).toBe(text);
    expect(textOf(await fx.say('/sahel recherche convoy tri:pertinence', 'fr'))).toMatch(
      /^# Recherche : convoy · les plus pertinents d’abord/,
    );
  });

  it('refuses an unknown order with the choices and the nearest one, in either language', async () => {
    const en = await fx.say('/sahel search convoy sort:nwest');
    expect(isErrorReply(en)).toBe(true);
    expect(en.fallback).toBe(
      '"nwest" is not one of relevance, newest, sources for sort — did you mean "newest"? Usage: /sahel search <query> [since:…] [sort:…]',
    );
    const fr = await fx.say('/sahel recherche convoy tri:vieux', 'fr');
    expect(fr.fallback).toBe(
      '« vieux » ne convient pas pour tri : choisissez parmi relevance, newest, sources — usage : /sahel recherche <requete> [depuis:…] [tri:…]',
    );
  });

  it('keeps the order across pages: the Next button carries sort:', async () => {
    for (let i = 0; i < 8; i += 1) {
      fx.story([
        { id: `old-${i}`, feed: 'wire', title: `Convoy report ${i}`, at: NOW - (10 + i) * DAY },
      ]);
    }
    const first = await fx.say('/sahel search convoy sort:newest');
    const next = first.blocks.flatMap((b) => (b.type === 'actions' ? b.actions : []))[0];
    expect(next?.id).toBe('/sahel search query:convoy sort:newest page:2');
    const second = textOf(await fx.say(next?.id ?? ''));
    expect(order(second)).toEqual(['st-old-5', 'st-old-6', 'st-old-7', 'loose']);
  });
});
