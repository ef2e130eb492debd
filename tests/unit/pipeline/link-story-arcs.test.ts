import { afterEach, describe, expect, it } from 'vitest';
import type { StoredItem } from '../../../src/core/store-ports.js';
import type { Story } from '../../../src/core/story.js';
import { matchResultOf } from '../../../src/pipeline/cluster-items.js';
import { createArcLinker } from '../../../src/pipeline/link-story-arcs.js';
import type { ArcInput } from '../../../src/stories/arc-signature.js';
import { clusterFacets } from '../../../src/stories/event-tags.js';
import { openDatabase, type SqliteDatabase } from '../../../src/store/open-database.js';
import { createSqliteArcStore } from '../../../src/store/sqlite-arc-store.js';
import { createSqliteStoryStore } from '../../../src/store/sqlite-story-store.js';
import { T0, config, item } from '../../integration/delivery/pipeline-harness.js';

const HOUR = 3_600_000;

let db: SqliteDatabase;
afterEach(() => db.close());

/** What clustering hands the linker for an item. */
function arcInput(report: StoredItem): ArcInput {
  const facets = clusterFacets(matchResultOf(report.matches), config.watchlist);
  const titleEntities = [
    ...new Set(
      report.matches
        .filter((m) => m.field === 'title' && m.impliedBy === undefined)
        .sort((a, b) => a.start - b.start)
        .map((m) => m.entity),
    ),
  ];
  return {
    title: report.title,
    summary: report.summary,
    titleEntities,
    entities: facets.entities,
    tags: facets.tags,
    matches: report.matches,
  };
}

/** A story of `report` as clustering starts it (only what arc linking reads matters). */
function storyOf(report: StoredItem): Story {
  return {
    id: `st-${report.id}`,
    firstSeenAt: report.firstSeenAt,
    lastSeenAt: report.firstSeenAt,
    leadItemId: report.id,
    title: report.title,
    url: report.url,
    summary: report.summary,
    lang: 'fr',
    tags: [],
    entities: [],
    countries: [],
    sources: [],
  };
}

/**
 * An arc linker over a fresh store, and `file`: links a new story of `report` and stores both
 * as clustering does. Reports then join stories through `linker.touch`.
 */
function setup() {
  db = openDatabase({ path: ':memory:' });
  const arcs = createSqliteArcStore(db);
  const stories = createSqliteStoryStore(db);
  const created = createArcLinker({ config, arcs }, T0 + 5 * HOUR);
  if (created === null) throw new Error('no linker with an arc store');
  const linker = created;
  function file(report: StoredItem) {
    const placed = linker.link(storyOf(report), arcInput(report));
    stories.insert(placed.story, {});
    linker.commit(placed);
    return placed;
  }
  return { arcs, linker, file };
}

// Barsalogho stream, 25 August 2024: the attack, then the government's visit to the wounded,
// first told without the town they were taken to, then by a report naming it.
const attack = item({
  id: 'attack',
  at: T0,
  title: 'Up to 200 people killed in attack in central Burkina Faso',
  summary:
    'Jama’at Nusrat al-Islam wal-Muslimin, an armed group linked to al-Qaeda, claims responsibility for the attack.',
});
const visit = item({
  id: 'visit',
  at: T0 + 4 * HOUR,
  title: 'Attaque de Barsalogho : une délégation ministérielle au chevet des blessés',
  summary:
    '24h après l’attaque terroriste perpétrée contre des civils à Barsalogho, dans le Centre-nord, une équipe gouvernementale conduite par le ministre d’État et Porte-parole du gouvernement, Jean-Emmanuel Ouédraogo, s’est rendue ce dimanche 25 août 2024, au chevet des blessés recueillis au Centre…',
});
const kaya = item({
  id: 'kaya',
  at: T0 + 4 * HOUR,
  title: 'Kaya: le gouvernement au chevet des victimes de l’attaque à Barsalogho',
  summary:
    'Une délégation du gouvernement s’est rendue, au Centre hospitalier régional (CHR), à Kaya, le dimanche 25 août 2024, pour être au chevet des victimes d’une attaque terroriste qui a eu lieu la veille, dans le Centre-nord du Burkina Faso, notamment dans la localité de Barsalogho.',
});

describe('createArcLinker', () => {
  it('places a story alone in its arc again when a joining report’s headline names a new place', () => {
    const { arcs, linker, file } = setup();
    file(attack);
    const placed = file(visit);
    expect(placed).toMatchObject({ created: true, story: { arcId: 'arc-st-visit' } });
    const joined = { ...placed.story, lastSeenAt: kaya.firstSeenAt };
    expect(linker.touch(joined, arcInput(kaya))).toBe('arc-st-attack');
    linker.flush();
    expect(arcs.getArc('arc-st-attack')?.storyIds).toEqual(['st-attack', 'st-visit']);
  });
});
