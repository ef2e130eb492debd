import { describe, expect, it } from 'vitest';
import { explainMatch } from '../../../src/match/explain-match.js';
import { matchItem } from '../../../src/match/match-item.js';
import { defaultCompiled } from './default-watchlist.js';

const explain = (title: string, summary?: string): string[] => {
  const input = summary === undefined ? { title } : { title, summary };
  return explainMatch(input, matchItem(defaultCompiled(), input));
};

describe('explainMatch', () => {
  it('names entity, found text, field and offsets for each match', () => {
    expect(explain('Mali: jihadists of the GSIM attack Kidal')).toMatchInlineSnapshot(`
      [
        "mali ← "Mali" in title [0–4]",
        "jnim ← "GSIM" in title [23–27]",
        "attack ← "attack" in title [28–34] (alias "attack*")",
        "kidal ← "Kidal" in title [35–40]",
        "mali ← "Kidal" in title [35–40] (implied by kidal)",
      ]
    `);
  });

  it('says why a near miss was vetoed', () => {
    expect(explain('Nigeria: floods in Niger State')).toMatchInlineSnapshot(`
      [
        "niger ✗ "Niger" vetoed: excludes "Nigeria"",
        "niger ✗ "Niger" vetoed: excludes "Niger State"",
      ]
    `);
  });

  it('explains a missing context', () => {
    expect(explain('Russia and Ukraine trade blame')).toEqual([
      'russia ✗ "Russia" vetoed: context-only, no Sahel anchor',
      'ukraine ✗ "Ukraine" vetoed: context-only, no Sahel anchor',
    ]);
  });

  it('quotes the text as written, accents included, from the summary', () => {
    expect(explain('Breaking', 'Le général Tiani à Ménaka')).toContain('menaka ← "Ménaka" in summary [19–25]');
  });

  it('returns no lines when nothing was found', () => {
    expect(explain('Weather: sunny spells')).toEqual([]);
  });
});
