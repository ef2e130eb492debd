import { afterEach, describe, expect, it } from 'vitest';
import type { StoredItem } from '../../../src/core/store-ports.js';
import type { Story } from '../../../src/core/story.js';
import { matchResultOf } from '../../../src/pipeline/cluster-items.js';
import { createArcLinker } from '../../../src/pipeline/link-story-arcs.js';
import {
  arcVocabulary,
  mergeArcSignatures,
  signArcStory,
  type ArcInput,
} from '../../../src/stories/arc-signature.js';
import { clusterFacets } from '../../../src/stories/event-tags.js';
import { openDatabase, type SqliteDatabase } from '../../../src/store/open-database.js';
import { createSqliteArcStore } from '../../../src/store/sqlite-arc-store.js';
import { createSqliteStoryStore } from '../../../src/store/sqlite-story-store.js';
import { T0, config, item } from '../../integration/delivery/pipeline-harness.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

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
 * An arc linker over a fresh store (after `before` wrote what it was to hold), and `file`: links
 * a new story of `report` and stores both as clustering does. Reports then join stories through
 * `linker.touch`.
 */
function setup(
  before?: (stored: {
    arcs: ReturnType<typeof createSqliteArcStore>;
    stories: ReturnType<typeof createSqliteStoryStore>;
  }) => void,
) {
  db = openDatabase({ path: ':memory:' });
  const arcs = createSqliteArcStore(db);
  const stories = createSqliteStoryStore(db);
  before?.({ arcs, stories });
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

  it('joins an arc of several developments to another when a report shows they are one', () => {
    // Tinzaouaten stream: Ukraine's intelligence claims a part in the ambush (29 July) and
    // Senegal summons Ukraine's ambassador (3 August); then Mali breaks with Ukraine.
    const gur = item({
      id: 'gur',
      at: T0 - 6 * DAY,
      title:
        'GUR of Ukraine announced its involvement in the attack on PMC Wagner fighters in Mali',
      summary:
        'The Main Intelligence Directorate (GUR) of the Ukrainian Defense Ministry has admitted to involvement in organizing an attack on fighters of the private military company (PMC) Wagner in Mali.',
    });
    const senegal = item({
      id: 'senegal',
      at: T0 - DAY,
      title: 'Le Sénégal convoque l’ambassadeur d’Ukraine à Dakar',
      summary:
        'Au Sénégal, les autorités ont convoqué samedi l’ambassadeur d’Ukraine à Dakar pour avoir publié une vidéo de soutien aux récentes attaques meurtrières contre l’armée malienne et ses alliés russes, a indiqué le ministère sénégalais des Affaires étrangères dans un communiqué.',
    });
    const { arcs, linker, file } = setup((stored) => {
      const vocabulary = arcVocabulary(config.watchlist);
      const sign = (report: StoredItem) => signArcStory(arcInput(report), vocabulary);
      for (const report of [gur, senegal]) stored.stories.insert(storyOf(report), {});
      stored.arcs.insertArc(
        {
          id: 'arc-ukraine',
          title: 'Ukraine attack',
          firstSeenAt: gur.firstSeenAt,
          lastSeenAt: senegal.firstSeenAt,
          storyIds: ['st-gur', 'st-senegal'],
        },
        mergeArcSignatures(sign(gur), sign(senegal)),
      );
    });
    const cut = file(
      item({
        id: 'cut',
        at: T0,
        title: "Le Mali rompt ses relations diplomatiques avec l'Ukraine",
        summary:
          "Le Mali a annoncé dimanche 4 août rompre ses relations diplomatiques avec l'Ukraine après qu'un haut responsable ukrainien a, selon Bamako, avoué «l'implication» de Kiev dans une lourde défaite de l'armée malienne et du groupe paramilitaire russe Wagner fin juillet lors de combats avec les…",
      }),
    );
    expect(cut).toMatchObject({ created: true, story: { arcId: 'arc-st-cut' } });
    const breaks = file(
      item({
        id: 'breaks',
        at: T0 + HOUR,
        title:
          'Mali breaks off diplomatic relations with Ukraine: reaction of the Ministry of Foreign Affairs',
        summary:
          "Ukraine's Foreign Ministry called Mali's decision to sever diplomatic relations with Ukraine short-sighted and hasty.",
      }),
    );
    expect(breaks.story.arcId).toBe('arc-st-cut');
    const severs = item({
      id: 'severs',
      at: T0 + HOUR,
      title:
        'Mali severs diplomatic relations with Ukraine for providing intelligence to rebels for Wagner ambush',
      summary:
        'Mali has severed diplomatic relations with Ukraine following allegations that Ukrainian intelligence assisted Malian rebels in a deadly ambush against Wagner Group forces in July.',
    });
    const joined = { ...cut.story, lastSeenAt: severs.firstSeenAt };
    expect(linker.touch(joined, arcInput(severs))).toBe('arc-ukraine');
    linker.flush();
    expect(arcs.getArc('arc-ukraine')?.storyIds).toEqual([
      'st-gur',
      'st-senegal',
      'st-cut',
      'st-breaks',
    ]);
  });
});
