import { describe, expect, it } from 'vitest';
import type { DescriptorConfig, WatchlistConfig } from '../../../src/core/config-types.js';
import type { MatchInput } from '../../../src/core/match-types.js';
import { compileWatchlist } from '../../../src/match/compile-watchlist.js';
import { explainMatch } from '../../../src/match/explain-match.js';
import { matchItem } from '../../../src/match/match-item.js';
import { makeEntity } from '../../fakes/make-entity.js';
import { defaultCompiled } from './default-watchlist.js';

/**
 * Overlapping hits of one entity: every one goes through the rules, and of those the rules accept
 * the longest is kept, so a hit the rules turn down never hides one they would count.
 */

function descriptor(partial: Partial<DescriptorConfig>): DescriptorConfig {
  return { phrases: { en: [], fr: [] }, acronyms: [], requires: [], excludes: [], ...partial };
}

// The French article makes "l'armée" start before "armée malienne": the shorter hit comes first.
const watchlist: WatchlistConfig = {
  anchors: [],
  entities: [
    makeEntity({ id: 'mali', kind: 'state', aliases: { en: ['Mali'], fr: [] } }),
    makeEntity({
      id: 'fama',
      kind: 'organisation',
      descriptors: [
        descriptor({ phrases: { en: [], fr: ['armée malienne'] } }),
        descriptor({ phrases: { en: [], fr: ["l'armée"] }, requires: ['@mali'] }),
      ],
    }),
  ],
};

const compiled = compileWatchlist(watchlist);
const hitsOf = (result: ReturnType<typeof matchItem>, entity: string): string[] =>
  result.matches
    .filter((m) => m.entity === entity)
    .map((m) => `${m.alias} ${m.field} ${m.start}-${m.end}`);

describe('overlapping hits of one entity', () => {
  it('counts a longer hit the rules accept when a shorter one that starts before it is turned down', () => {
    const input = { title: "Embuscade contre l'armée malienne" };
    const result = matchItem(compiled, input);
    expect(result.entities).toEqual(['fama']);
    expect(hitsOf(result, 'fama')).toEqual(['armée malienne title 19-33']);
  });

  it('keeps one hit per stretch of text when both readings are accepted, the longest', () => {
    const result = matchItem(compiled, { title: "Mali : embuscade contre l'armée malienne" });
    expect(hitsOf(result, 'fama')).toEqual(['armée malienne title 26-40']);
  });

  it('explains the kept hit and the turned-down hit that came first on the same words', () => {
    const input = { title: "Embuscade contre l'armée malienne" };
    expect(explainMatch(input, matchItem(compiled, input))).toEqual([
      'fama ← descriptor "armée malienne" in title [19–33]',
      'fama ✗ "l\'armée" vetoed: descriptor requires one of: @mali',
    ]);
  });

  describe('with the default watchlist', () => {
    const match = (input: MatchInput): ReturnType<typeof matchItem> =>
      matchItem(defaultCompiled(), input);
    const january2022 = Date.UTC(2022, 0, 16, 12);

    it('names Keïta when "ousted Malian president" is out of its date range but "President Keïta" holds', () => {
      const input = {
        title: 'Ousted Malian President Keïta dies at 76',
        summary:
          'The former leader, toppled by the military in August 2020, died at his home in Bamako, his family said.',
        publishedAt: january2022,
      };
      const result = match(input);
      expect(result.entities).toContain('ibrahim-boubacar-keita');
      expect(hitsOf(result, 'ibrahim-boubacar-keita')).toEqual(['President Keïta title 14-29']);
      expect(
        explainMatch(input, result).filter((line) => line.startsWith('ibrahim-boubacar-keita')),
      ).toEqual([
        'ibrahim-boubacar-keita ← "President Keïta" in title [14–29]',
        'ibrahim-boubacar-keita ✗ "ousted Malian president" vetoed: descriptor applies 2020-08-18 to 2021-05-23',
      ]);
    });

    it('reads an earlier interim or transitional president as himself, not the junta leader of today', () => {
      const mali = match({
        title: "Mali's interim president Dioncounda Traoré visits Paris",
        summary: '',
      });
      expect(mali.entities).not.toContain('assimi-goita');
      const burkina = match({
        title: "Burkina Faso's transitional president Michel Kafando sworn in",
        summary: '',
      });
      expect(burkina.entities).not.toContain('ibrahim-traore');
      const today = match({
        title: "Mali's interim president Assimi Goïta meets Putin",
        summary: '',
      });
      expect(today.entities).toContain('assimi-goita');
    });

    it('names the AES by its full name when "three-nation alliance" before it lacks its context', () => {
      const result = match({
        title: 'Russia signs security deal with the three-nation Alliance of Sahel States',
        summary:
          'Moscow will train officers and supply equipment under the agreement, officials said on Tuesday.',
        publishedAt: Date.UTC(2025, 0, 14, 12),
      });
      expect(result.entities).toEqual(expect.arrayContaining(['aes', 'russia']));
      expect(hitsOf(result, 'aes')).toEqual(['Alliance of Sahel States title 49-73']);
    });

    it('counts "Niger\'s Prime Minister Lamine Zeine" as one mention of Zeine, by its longest name', () => {
      const result = match({
        title:
          "Niger's Prime Minister Lamine Zeine meets Russian deputy defence minister in Niamey",
        publishedAt: Date.UTC(2023, 10, 15, 12),
      });
      expect(hitsOf(result, 'ali-lamine-zeine')).toEqual([
        'Prime Minister Lamine Zeine title 8-35',
      ]);
      expect(result.scores['ali-lamine-zeine']).toBe(3);
    });

    it('does not list a turned-down hit that starts after the kept one', () => {
      const input = {
        title: 'Two Malian soldiers were killed near Gao',
        summary: 'UN peacekeepers evacuated the wounded, the mission said.',
      };
      const result = match(input);
      expect(hitsOf(result, 'fama')).toEqual(['Malian soldier* title 4-19']);
      expect(result.vetoed.filter((v) => v.entity === 'fama')).toEqual([]);
    });
  });
});
