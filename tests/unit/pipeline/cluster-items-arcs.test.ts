import { describe, expect, it } from 'vitest';
import { pieceKind } from '../../../src/stories/piece-kind.js';
import { T0, item } from '../../integration/delivery/pipeline-harness.js';
import { openFiler } from './story-filer.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function setup(withArcs = true) {
  return openFiler({ arcs: withArcs });
}

const schools = item({
  id: 'schools',
  feedId: 'wire',
  at: T0,
  title: 'Mali closes schools as fuel blockade chokes Bamako',
  summary: 'Jihadists have cut fuel supplies to the capital for weeks.',
});
const schoolsAgain = item({
  id: 'schools-2',
  feedId: 'desk',
  at: T0 + 5 * HOUR,
  title: 'Mali shuts schools as fuel blockade chokes Bamako',
  summary: 'Jihadists have cut fuel supplies to the capital for weeks.',
});
const leave = item({
  id: 'leave',
  feedId: 'wire',
  at: T0 + 2 * DAY,
  title: 'US urges citizens to leave Mali as fuel blockade tightens',
  summary: 'The embassy said commercial flights were still available from Bamako.',
});
const burkina = item({
  id: 'burkina',
  feedId: 'desk',
  at: T0 + 2 * DAY + HOUR,
  title: 'Burkina Faso: rights group says soldiers killed civilians in Djibo',
  summary: 'Human Rights Watch documented the killings in a report.',
});

describe('clusterItems with arcs', () => {
  it('links a later development into the arc of the first, in order, and leaves other news out', () => {
    const { stories, arcs, file } = setup();
    const first = file(schools);
    expect(first.created).toBe(true);
    expect(first.arcReason).toMatch(/^new arc: /);
    const arcId = first.story.arcId;
    expect(arcId).toBe('arc-st-schools');
    expect(file(schoolsAgain)).toMatchObject({ created: false, story: { arcId } });
    const second = file(leave);
    expect(second.created).toBe(true);
    expect(second.story.arcId).toBe(arcId);
    expect(second.arcReason).toMatch(/^continues "Mali fuel blockade" shares mali/);
    expect(file(burkina).story.arcId).toBe('arc-st-burkina');
    expect(arcs.getArc(arcId ?? '')).toMatchObject({
      title: 'Mali fuel blockade',
      firstSeenAt: T0,
      lastSeenAt: T0 + 2 * DAY,
      storyIds: ['st-schools', 'st-leave'],
    });
    expect(stories.get('st-leave')?.story.arcId).toBe(arcId);
  });

  it('keeps the arc last seen as late as its latest report, for retention', () => {
    const { arcs, file } = setup();
    file(schools);
    file(schoolsAgain);
    expect(arcs.getArc('arc-st-schools')?.lastSeenAt).toBe(T0 + 5 * HOUR);
  });

  it('places a story whose first headline named no topic once a later report does', () => {
    const { stories, arcs, file } = setup();
    file(schools);
    const speech = (id: string, title: string, hours: number) =>
      item({ id, feedId: id, at: T0 + 30 * HOUR + hours * HOUR, title });
    const first = file(speech('speech', 'Mali’s president speaks to the nation from Koulouba', 0));
    expect(first.story.arcId).toBe('arc-st-speech');
    const later = file(
      speech('speech-2', 'Mali’s president speaks to the nation on the fuel blockade', 1),
    );
    expect(later).toMatchObject({ created: false, story: { id: 'st-speech' } });
    expect(later.story.arcId).toBe('arc-st-schools');
    expect(stories.get('st-speech')?.story.arcId).toBe('arc-st-schools');
    expect(arcs.getArc('arc-st-schools')?.storyIds).toEqual(['st-schools', 'st-speech']);
  });

  it('files stories without arcs when the store has none to give', () => {
    const { file } = setup(false);
    expect(file(schools).story.arcId).toBeUndefined();
  });

  it('gives a story the kind of its lead until a news report joins it', () => {
    const { stories, file } = setup();
    const opinion = item({
      id: 'opinion',
      at: T0,
      title: 'Opinion | Mali closes schools as fuel blockade chokes Bamako',
      summary: 'Jihadists have cut fuel supplies to the capital for weeks.',
    });
    expect(pieceKind({ title: opinion.title, summary: opinion.summary, url: null })).toBe(
      'opinion',
    );
    expect(file(opinion).story.kind).toBe('opinion');
    const joined = file(schoolsAgain);
    expect(joined.story).toMatchObject({ id: 'st-opinion', kind: 'news' });
    expect(stories.get('st-opinion')?.story.kind).toBe('news');
  });
});
