import { describe, expect, it } from 'vitest';
import { isErrorReply } from '../../../commands/dispatch-reply.js';
import { toFtsExpression } from '../../../src/command-ports-search.js';
import type { Message } from '../../../src/core/message.js';
import { parseQuery } from '../../../src/match/parse-query.js';
import { DAY, HOUR, KIDAL_WIRE, NOW, textOf, useReadFixture } from './read-fixture.js';

describe('/sahel search', () => {
  const fx = useReadFixture((fresh) => {
    fresh.story([
      KIDAL_WIRE,
      {
        id: 'kidal-2',
        feed: 'desk',
        title: 'Convoy ambushed on the Anéfis–Kidal road',
        at: NOW - 2 * HOUR,
      },
    ]);
    fresh.story([
      {
        id: 'gao-1',
        feed: 'courrier',
        title: 'Gao : un convoi humanitaire escorté jusqu’à Ansongo',
        at: NOW - 5 * DAY,
        lang: 'fr',
      },
    ]);
    fresh.story([
      {
        id: 'menaka-1',
        feed: 'wire',
        title: 'Drone strike near Ménaka',
        summary: 'A drone hit a camp.',
        at: NOW - DAY,
      },
    ]);
    // In no story: only an event topic matched.
    fresh.file({
      id: 'loose-1',
      feed: 'desk',
      title: 'Convoy attacked in Nigeria',
      at: NOW - HOUR,
    });
  });

  it('groups matching reports by story, best first, each labelled corroborated or single source, with the id that opens each', async () => {
    const text = textOf(await fx.say('/sahel search convoy'));
    expect(text).toMatch(/^# Search: convoy · best match first \| 2 stories/);
    expect(text).toContain(
      'Gunmen attack army convoy near Kidal (Sahel Wire, West Africa Desk · Corroborated · 2 outlets · 2 matching reports · /sahel story st-kidal-1)',
    );
    expect(text).toContain(
      'Convoy attacked in Nigeria (West Africa Desk · Single source · not part of a story)',
    );
    expect(text).not.toContain('Gao');
  });

  it('lists Sahel stories before reports in no story, however FTS5 ranks them', async () => {
    // "Convoy attacked in Nigeria" is the shortest title with the word: FTS5 ranks it first.
    const text = textOf(await fx.say('/sahel search convoy'));
    expect(text.indexOf('st-kidal-1')).toBeGreaterThan(0);
    expect(text.indexOf('st-kidal-1')).toBeLessThan(text.indexOf('Convoy attacked in Nigeria'));
  });

  it('reads the alert query language: accents, prefixes, OR, NOT and fields', async () => {
    expect(textOf(await fx.say('/sahel search menaka'))).toContain('st-menaka-1');
    expect(textOf(await fx.say('/sahel search convoi*'))).toContain('st-gao-1');
    expect(textOf(await fx.say('/sahel search "convoy -Nigeria"'))).not.toContain(
      'Convoy attacked',
    );
    const either = textOf(await fx.say('/sahel search "drone OR convoi"'));
    expect(either).toMatch(/^# Search: drone OR convoi · best match first \| 2 stories/);
    expect(either).toContain('st-menaka-1');
    expect(either).toContain('st-gao-1');
    expect(textOf(await fx.say('/sahel search "convoy country:mali"'))).toMatch(/1 story/);
    expect(textOf(await fx.say('/sahel search "entity:kidal lang:en"'))).toContain('st-kidal-1');
  });

  it('keeps to the since window', async () => {
    expect(textOf(await fx.say('/sahel search convoi* since:3d'))).not.toContain('st-gao-1');
  });

  it('answers a bad query with its column', async () => {
    const answer = await fx.say('/sahel search query:"Kidal AND (attack OR drone"');
    expect(isErrorReply(answer)).toBe(true);
    expect(answer.fallback).toBe('bad query: unbalanced parenthesis at column 11');
    const fr = await fx.say('/sahel search query:"Kidal AND (attack OR drone"', 'fr');
    expect(fr.fallback).toBe('requête invalide : parenthèse non appariée à la colonne 11');
  });

  it('refuses a field value the watchlist does not know, with the nearest id, rather than finding nothing', async () => {
    const cases = [
      [
        '/sahel search entity:jnmi',
        'bad query: unknown entity "jnmi" (did you mean jnim?) at column 1',
      ],
      [
        '/sahel search Kidal -entity:GSIM',
        'bad query: unknown entity "GSIM" (did you mean jnim?) at column 8',
      ],
      [
        '/sahel search tag:atack',
        'bad query: unknown tag "atack" (did you mean attack?) at column 1',
      ],
      [
        '/sahel search country:maly',
        'bad query: unknown country "maly" (did you mean mali?) at column 1',
      ],
      [
        '/sahel search lang:english',
        'bad query: unknown language "english" (use en, fr, und) at column 1',
      ],
    ] as const;
    for (const [line, reason] of cases) {
      const answer = await fx.say(line);
      expect(isErrorReply(answer), line).toBe(true);
      expect(answer.fallback).toBe(reason);
    }
    expect((await fx.say('/sahel search lang:de')).fallback).toBe(
      'bad query: unknown language "de" (use en, fr, und) at column 1',
    );
    expect((await fx.say('/sahel search lang:de', 'fr')).fallback).toBe(
      'requête invalide : langue inconnue « de » (parmi en, fr, und) à la colonne 1',
    );
    const fr = await fx.say('/sahel search entity:jnmi', 'fr');
    expect(fr.fallback).toBe(
      'requête invalide : entité inconnue « jnmi » (vouliez-vous dire jnim ?) à la colonne 1',
    );
  });

  it('accepts an id, the leading part of a country id and a language code', async () => {
    for (const line of [
      'entity:jnim',
      'tag:attack',
      'country:burkina',
      'lang:fr',
      'entity:Kidal',
    ]) {
      expect(isErrorReply(await fx.say(`/sahel search ${line}`)), line).toBe(false);
    }
  });

  it('refuses a search without a query, with the usage', async () => {
    const answer = await fx.say('/sahel search');
    expect(isErrorReply(answer)).toBe(true);
    expect(answer.fallback).toContain('/sahel search <query>');
  });

  it('says so when nothing matches, in French too', async () => {
    expect(textOf(await fx.say('/sahel search wagner', 'fr'))).toContain(
      'Aucun article enregistré ne correspond.',
    );
  });

  it('pages', async () => {
    for (let i = 0; i < 10; i += 1)
      fx.story([
        { id: `bamako-${i}`, feed: 'wire', title: `Bamako convoy number ${i}`, at: NOW - i * HOUR },
      ]);
    const first = textOf(await fx.say('/sahel search convoy'));
    expect(first).toContain('[Next page → /sahel search query:convoy page:2]');
    const second = textOf(await fx.say('/sahel search query:"convoy" page:2'));
    expect(second).toContain('· page 2 of 2');
    const past = textOf(await fx.say('/sahel search query:"convoy" page:7'));
    expect(past).toContain('· page 2 of 2');
    expect(past).toContain('[Previous page → /sahel search query:convoy]');
  });

  it('pages a multi-word query with a quoted phrase through its buttons', async () => {
    for (let i = 0; i < 10; i += 1)
      fx.story([
        {
          id: `phrase-${i}`,
          feed: 'wire',
          title: `Army convoy ${i} reaches Bamako`,
          at: NOW - i * HOUR,
        },
      ]);
    // Both words, not the phrase: must not be found on any page.
    fx.story([{ id: 'apart', feed: 'desk', title: 'Convoy of the army reaches Bamako', at: NOW }]);
    const first = await fx.say('/sahel search "army convoy" Bamako');
    expect(textOf(first)).toMatch(/^# Search: "army convoy" Bamako · best match first \| 10 stories · page 1 of 2/);
    const next = actionIds(first);
    expect(next).toEqual(['/sahel search query:"\\"army convoy\\" Bamako" page:2']);
    const second = await fx.say(next[0] ?? '');
    const text = textOf(second);
    expect(text).toMatch(/^# Search: "army convoy" Bamako · best match first \| 10 stories · page 2 of 2/);
    expect(text).toContain('st-phrase-8');
    expect(text).toContain('st-phrase-9');
    expect(`${textOf(first)}\n${text}`).not.toContain('st-apart');
    const back = actionIds(second);
    expect(back).toEqual(['/sahel search query:"\\"army convoy\\" Bamako"']);
    expect(textOf(await fx.say(back[0] ?? ''))).toBe(textOf(first));
  });
});

function actionIds(message: Message): string[] {
  return message.blocks.flatMap((b) => (b.type === 'actions' ? b.actions.map((a) => a.id) : []));
}

describe('toFtsExpression', () => {
  const fts = (query: string): string | null => {
    const parsed = parseQuery(query);
    if (!parsed.ok) throw new Error(parsed.error.message);
    return toFtsExpression(parsed.value);
  };

  it('narrows by words, phrases, AND and OR, and leaves NOT and fields to the evaluator', () => {
    expect(fts('Kidal AND (attack OR drone)')).toBe('("Kidal" AND ("attack" OR "drone"))');
    expect(fts('"Africa Corps" -Libya')).toBe('"Africa Corps"');
    expect(fts('attaqu* Africa-Corps')).toBe('("attaqu"* AND "Africa Corps")');
    expect(fts('convoy OR entity:jnim')).toBeNull();
    expect(fts('entity:jnim')).toBeNull();
  });
});
