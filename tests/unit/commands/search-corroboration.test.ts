import { describe, expect, it } from 'vitest';
import { HOUR, KIDAL_COURRIER, KIDAL_WIRE, NOW, textOf, useReadFixture } from './read-fixture.js';

describe('/sahel search counts independent sources as posts do', () => {
  const fx = useReadFixture((fresh) => {
    // One wire dispatch reprinted word for word by a second outlet: one source, two outlets.
    fresh.story([
      KIDAL_WIRE,
      { id: 'kidal-reprint', feed: 'desk', title: KIDAL_WIRE.title, at: NOW - 2 * HOUR },
    ]);
    // The same kind of event told in their own words by two outlets: corroborated.
    fresh.story([
      { id: 'gao-1', feed: 'wire', title: 'Drone strike on a convoy near Gao', at: NOW - 4 * HOUR },
      {
        ...KIDAL_COURRIER,
        id: 'gao-2',
        title: 'Frappe de drone contre un convoi près de Gao',
        at: NOW - 3 * HOUR,
      },
    ]);
  });

  it('labels a reprinted wire story single source, naming how many outlets reprinted it', async () => {
    const text = textOf(await fx.say('/sahel search kidal'));
    expect(text).toContain(
      'Gunmen attack army convoy near Kidal (Sahel Wire, West Africa Desk · Single source · reprinted by 2 outlets · 2 matching reports · /sahel story st-kidal-1)',
    );
    expect(text).not.toContain('Corroborated');
  });

  it('still labels two outlets in their own words corroborated', async () => {
    expect(textOf(await fx.say('/sahel search gao'))).toContain(
      'Drone strike on a convoy near Gao (Sahel Wire, Le Courrier · Corroborated · 2 outlets',
    );
  });

  it('says the same in French', async () => {
    expect(textOf(await fx.say('/sahel search kidal', 'fr'))).toContain(
      'Sahel Wire, West Africa Desk · Source unique · reprise par 2 médias',
    );
  });

  it('carries the counts on the search result itself, for every platform to read', () => {
    const page = fx.read.search({ query: 'convoy', offset: 0, limit: 8 });
    if (!page.ok) throw new Error(page.error);
    const counts = page.value.groups.map((g) => [g.storyId, g.independent, g.outletCount]);
    expect(counts).toEqual(
      expect.arrayContaining([
        ['st-kidal-1', 1, 2],
        ['st-gao-1', 2, 2],
      ]),
    );
  });
});
