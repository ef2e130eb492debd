import { describe, expect, it } from 'vitest';
import { isSahelNews } from '../../../src/match/is-sahel-news.js';
import { config, createHarness, item } from './pipeline-harness.js';

const TITLES = [
  'JNIM claims attack near Kidal, killing 12 soldiers',
  'Gunmen attack a village market in Somalia',
  'Russia and France trade barbs over the Sahel',
  'Niger junta meets ECOWAS envoys in Niamey',
  'Nigeria: floods in Niger State',
  'Coup attempt foiled in Guinea-Bissau',
];

describe('one meaning of relevant', () => {
  it('makes stories of exactly the items isSahelNews calls Sahel news', async () => {
    const h = createHarness();
    const items = TITLES.map((title, i) => item({ id: `r${i}`, title, at: Date.UTC(2026, 10, 20, 6, i) }));
    await h.process(items);
    const filed = items.filter((it) => h.stories.storyOfItem(it.id) !== null).map((it) => it.title);
    const relevant = items.filter((it) => isSahelNews(it.matches.map((m) => m.entity), config.watchlist)).map((it) => it.title);
    expect(filed).toEqual(relevant);
    expect(filed).toEqual([TITLES[0], TITLES[3]]);
  });
});
