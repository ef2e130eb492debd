/**
 * The happening told again within a week of its first report, after its story closed: a headline
 * that tells only the violence, with no side acting in it, at the story's place, with no other
 * day and no new count, joins the closed story (and never alerts, see cluster-items.ts). Another
 * attack at the same place, told with its own toll or day or as new, starts a story of its own.
 */
import { describe, expect, it } from 'vitest';
import { signItem, type ClusterInput } from '../../../src/stories/cluster-stories.js';
import { lateReprintOf } from '../../../src/stories/late-reprint.js';
import { HOUR, reporter, story } from './cluster-harness.js';

// Wednesday 12 March 2025, 18:00 UTC.
const T0 = Date.parse('2025-03-12T18:00:00Z');
const WINDOW = 72 * HOUR;

const report = reporter(T0, {
  lang: 'en',
  entities: ['burkina-faso', 'tassaga'],
  places: ['tassaga'],
  tags: ['attack'],
  titleEntities: ['burkina-faso'],
});
const rapport = reporter(T0, {
  lang: 'fr',
  entities: ['burkina-faso', 'tassaga'],
  places: ['tassaga'],
  tags: ['attack'],
  titleEntities: ['burkina-faso'],
});

const closed = story(
  'killings',
  rapport(
    "Burkina : des dizaines de civils abattus dans l'ouest du pays",
    'Des images montrent des hommes armés enjambant des corps près de Tassaga.',
    0,
  ),
  report(
    'Dozens of civilians shot dead in western Burkina Faso',
    'Armed men stepped over the bodies of civilians, some bound, in videos filmed in the west.',
    20,
  ),
);

/** The closed story the item joins as a late retelling (the story closed by then), or null. */
function retelling(item: ClusterInput): string | null {
  const found = lateReprintOf(signItem(item), [closed], {
    windowMs: WINDOW,
    now: item.publishedAt + HOUR,
    item: { title: item.title, summary: item.summary, publishedAt: item.publishedAt },
  });
  if (found === null) return null;
  // Only this rule: a near-duplicate reprint is another test's.
  expect(found.reason).toMatch(/^happening told again of closed story/u);
  return found.storyId;
}

const SIX_DAYS = 6 * 24;
const retold = 'Massacre in Burkina Faso: herders targeted near Tassaga, ethnic tensions rise';
const retoldSummary = 'Videos show the bodies of herders near Tassaga, hands tied, lying in blood.';

describe('late retelling of a closed story’s happening', () => {
  it('files the massacre told again six days on with its story, in English and French', () => {
    expect(retelling(report(retold, retoldSummary, SIX_DAYS))).toBe('killings');
    expect(
      retelling(
        rapport(
          'Massacre au Burkina Faso : des éleveurs visés près de Tassaga',
          'Sur les vidéos, des éleveurs ligotés gisent dans leur sang, au bord d’une piste de brousse.',
          SIX_DAYS,
        ),
      ),
    ).toBe('killings');
  });

  it('says why', () => {
    const item = report(retold, retoldSummary, SIX_DAYS);
    const reason = lateReprintOf(signItem(item), [closed], {
      windowMs: WINDOW,
      now: item.publishedAt + HOUR,
      item: { title: item.title, summary: item.summary, publishedAt: item.publishedAt },
    })?.reason;
    expect(reason).toMatch(/^happening told again of closed story killings/u);
  });

  it('starts another attack at the same place told with its own toll', () => {
    expect(
      retelling(
        report(
          '12 herders killed in attack near Tassaga',
          'Twelve herders were killed in an attack near Tassaga.',
          SIX_DAYS,
        ),
      ),
    ).toBeNull();
  });

  it('starts another attack at the same place told with its own day', () => {
    expect(
      retelling(
        report(
          'Massacre near Tassaga on Monday: herders targeted',
          'Herders were massacred near Tassaga on Monday, 17 March, local sources said.',
          SIX_DAYS,
        ),
      ),
    ).toBeNull();
  });

  it('starts an attack told as new, in English and French', () => {
    expect(retelling(report(`New ${retold.toLowerCase()}`, retoldSummary, SIX_DAYS))).toBeNull();
    expect(
      retelling(
        rapport(
          'Nouveau massacre au Burkina Faso : des éleveurs visés près de Tassaga',
          'Sur les vidéos, des éleveurs ligotés gisent dans leur sang, au bord d’une piste de brousse.',
          SIX_DAYS,
        ),
      ),
    ).toBeNull();
  });

  it('starts the violence told at another place', () => {
    const elsewhere = report(
      retold.replace('Tassaga', 'Kaya'),
      retoldSummary.replace('Tassaga', 'Kaya'),
      SIX_DAYS,
      {
        entities: ['burkina-faso', 'kaya'],
        places: ['kaya'],
      },
    );
    expect(retelling(elsewhere)).toBeNull();
  });

  it('starts a report more than a week after the story’s first', () => {
    expect(retelling(report(retold, retoldSummary, 8 * 24))).toBeNull();
  });

  it('starts a report in which a side acts', () => {
    expect(
      retelling(
        report(
          'Army launches operation near Tassaga after massacre of herders',
          'The army said it had begun an operation near Tassaga.',
          SIX_DAYS,
        ),
      ),
    ).toBeNull();
  });
});

describe('late retelling dated to the happening’s own days', () => {
  const THREE_WEEKS = 19 * 24;
  const feature = (title: string, summary: string) => rapport(title, summary, THREE_WEEKS);

  it('files a report weeks on that dates what it tells before the story began, in French and English', () => {
    expect(
      retelling(
        feature(
          'Au Burkina Faso, le poison de la vengeance',
          'Les vidéos se sont propagées vite. Sur ces images, tournées les 10 et 11 mars près de Tassaga, des cadavres entassés.',
        ),
      ),
    ).toBe('killings');
    expect(
      retelling(
        report(
          'Burkina Faso: the herders of Tassaga',
          'The videos spread fast. Filmed on March 10 and 11 near Tassaga, they show bodies piled in a cart.',
          THREE_WEEKS,
        ),
      ),
    ).toBe('killings');
  });

  it('starts an attack there dated after the story began', () => {
    expect(
      retelling(
        feature(
          'Burkina Faso : des villageois tués près de Tassaga',
          'Des hommes armés ont tué des villageois le 28 mars près de Tassaga, selon des sources locales.',
        ),
      ),
    ).toBeNull();
  });

  it('starts a report with no date, or dated at another place', () => {
    expect(
      retelling(
        feature('Au Burkina Faso, le poison de la vengeance', 'Les vidéos se sont propagées vite.'),
      ),
    ).toBeNull();
    const elsewhere = rapport(
      'Au Burkina Faso, le poison de la vengeance',
      'Sur ces images, tournées les 10 et 11 mars près de Kaya, des cadavres entassés.',
      THREE_WEEKS,
      { entities: ['burkina-faso', 'kaya'], places: ['kaya'] },
    );
    expect(retelling(elsewhere)).toBeNull();
  });

  it('starts a report in which a side acts on those days', () => {
    expect(
      retelling(
        report(
          'Rights group says army killed herders near Tassaga',
          'Soldiers killed herders near Tassaga on March 10 and 11, Human Rights Watch said.',
          THREE_WEEKS,
        ),
      ),
    ).toBeNull();
  });
});
