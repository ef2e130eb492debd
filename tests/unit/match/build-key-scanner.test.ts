import { describe, expect, it } from 'vitest';
import type { EntityConfig } from '../../../src/core/config-types.js';
import { STARTS_BUDGET, buildKeyScanner } from '../../../src/match/build-key-scanner.js';
import { termAtoms } from '../../../src/match/build-trie-regex.js';
import { compileWatchlist } from '../../../src/match/compile-watchlist.js';
import { matchItem } from '../../../src/match/match-item.js';
import { makeEntity } from '../../fakes/make-entity.js';
import { defaultCompiled } from './default-watchlist.js';

function entity(id: string, en: string[], extra: Partial<EntityConfig> = {}): EntityConfig {
  return makeEntity({ id, kind: 'state', aliases: { en, fr: [] }, ...extra });
}

// Keys whose starts nest: "mali" inside the start of "mali g1*", "raid*" inside "raids", and
// short first words ("le Faso", "UN mission") that borrow letters of the next word.
const compiled = compileWatchlist({
  anchors: [],
  entities: [
    entity('mali', ['Mali'], { excludes: ['Mali-G1*'] }),
    entity('raid', ['raid*']),
    entity('raids', ['raids']),
    entity('faso', ['le Faso']),
    entity('mission', ['UN mission']),
    entity('elision', ["l'armée"]),
  ],
});
const entities = (title: string): readonly string[] => matchItem(compiled, { title }).entities;

describe('the two-step key scanner', () => {
  it('finds a key where a longer start of another key also matches', () => {
    expect(entities('Mali government reshuffle')).toEqual(['mali']);
    expect(entities('Mali G5 Sahel exit')).toEqual(['mali']);
    expect(entities('Arm Mali-G10 launch')).toEqual([]);
  });

  it('finds a short star key inside a longer start', () => {
    expect(matchItem(compiled, { title: 'Raidsters strike' }).matches.map((m) => m.entity)).toEqual(['raid']);
    expect([...entities('Raids resume')].sort()).toEqual(['raid', 'raids']);
  });

  it('finds keys that begin with short words, whatever separates them', () => {
    expect(entities('Le Faso vote, le 12')).toEqual(['faso']);
    expect(entities('le  Faso')).toEqual(['faso']);
    expect(entities('Le-Faso')).toEqual(['faso']);
    expect(entities('UN\nmission ends')).toEqual(['mission']);
    expect(entities('Un mission ends')).toEqual(['mission']);
  });

  it('finds keys after an elision and with any apostrophe', () => {
    expect(entities('Selon l’armée')).toEqual(['elision']);
    expect(entities("Selon L'ARMÉE")).toEqual(['elision']);
  });

  it('starts a key at its whole first word, so words sharing its first letters try no bucket', () => {
    const scanner = compileWatchlist({ anchors: [], entities: [entity('office', ['Office du Niger'])] }).scanner;
    const startsAt = (text: string): boolean => new RegExp(scanner.starts.source, 'i').test(text);
    expect(startsAt('office du')).toBe(true);
    expect(startsAt('officials said')).toBe(false);
  });

  it('finds keys whose first word has a letter folding keeps, or an elision', () => {
    const other = compileWatchlist({
      anchors: [],
      entities: [entity('soeurs', ['Sœurs Unies']), entity('today', ["aujourd'hui au Sahel"]), entity('short', ['Unies'])],
    });
    const found = (title: string): readonly string[] => [...matchItem(other, { title }).entities].sort();
    expect(found('Les Sœurs Unies, Unies')).toEqual(['short', 'soeurs']);
    expect(found('SŒURS-UNIES')).toEqual(['short', 'soeurs']);
    expect(found('Aujourd’hui au Sahel')).toEqual(['today']);
    expect(found('Aujourd’hui au Sahelien')).toEqual([]);
  });

  it('finds a key that is its whole start only where a word ends after it', () => {
    const places = compileWatchlist({ anchors: [], entities: [entity('kidal', ['Kidal'])] });
    const kidal = places.scanner.buckets.get('kidal');
    expect(kidal?.startIsKey).toBe(true);
    expect(kidal?.key).toBe(0);
    const found = (title: string): readonly string[] => matchItem(places, { title }).entities;
    expect(found('Kidal')).toEqual(['kidal']);
    expect(found('Kidal, Mali')).toEqual(['kidal']);
    expect(found('KIDAL-NORD')).toEqual(['kidal']);
    expect(found('Kidals')).toEqual([]);
    expect(found('Kidal_2')).toEqual([]);
    expect(found('Kidal9')).toEqual([]);
  });

  it('keeps every regex of the default watchlist below the size V8 stops optimising (20 KB)', () => {
    const scanner = defaultCompiled().scanner;
    expect(scanner.starts.source.length).toBeLessThanOrEqual(STARTS_BUDGET);
    for (const bucket of scanner.buckets.values()) expect(bucket.regex.source.length).toBeLessThan(10_000);
  });

  it('reads starts of eight letters, so common words that begin a key only try its bucket when the key may follow', () => {
    const scanner = defaultCompiled().scanner;
    const startsAt = (text: string): string | undefined => new RegExp(scanner.starts.source, 'i').exec(text)?.[0];
    // "local government area", "Central African Republic": their starts now reach the next word.
    expect(startsAt('local sources said')).toBeUndefined();
    expect(startsAt('central bank')).toBeUndefined();
    expect(startsAt('Local Government Area')).toMatch(/^Local Gov/);
  });

  it('takes shorter starts when long ones would push the starts regex past its budget', () => {
    // Keys behind a short first word: eight-letter starts reach far into the second word.
    const terms = ['un convoi', 'un camp', 'le convoi militaire', 'le camp de Boulkessi'].map((term) => termAtoms(term.toLowerCase().split(' ')));
    const long = buildKeyScanner(terms);
    const short = buildKeyScanner(terms, long.starts.source.length - 1);
    expect(short.starts.source.length).toBeLessThan(long.starts.source.length);
    for (const scanner of [long, short]) {
      const starts = new RegExp(scanner.starts.source, 'gi');
      const found = [...'Un convoi attaqué près du camp de Boulkessi, le camp de Boulkessi'.matchAll(starts)].map((m) => m.index);
      expect(found).toEqual([0, 45]);
    }
  });

  it('splits the keys of one crowded start into smaller buckets', () => {
    const terms = Array.from({ length: 1500 }, (_, i) => termAtoms(['sahel', `${(i * 7919).toString(36)}place`, 'district']));
    const scanner = buildKeyScanner(terms);
    expect(scanner.buckets.size).toBeGreaterThan(1);
    expect(scanner.starts.source.length).toBeLessThan(20_480);
    for (const bucket of scanner.buckets.values()) expect(bucket.regex.source.length).toBeLessThan(20_480);
  });
});
