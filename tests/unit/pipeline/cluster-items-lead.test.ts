/**
 * Which report leads a story: its title, link and summary are what an alert shows.
 */
import { describe, expect, it } from 'vitest';
import { T0, item } from '../../integration/delivery/pipeline-harness.js';
import { openFiler } from './story-filer.js';

const HOUR = 3_600_000;

function filer(tiers: Record<string, 1 | 2 | 3> = {}) {
  return openFiler({ tiers }).file;
}

const review = item({
  id: 'review',
  feedId: 'press-review',
  at: T0,
  title: 'Revue de presse du lundi : une attaque contre un poste de l’armée près de Gao',
  summary: 'Des hommes armés ont attaqué un poste de l’armée près de Gao, tuant douze soldats.',
});

const report = item({
  id: 'report',
  feedId: 'wire',
  at: T0 + 2 * HOUR,
  title: 'Mali : douze soldats tués dans une attaque contre un poste de l’armée près de Gao',
  summary: 'Des hommes armés ont attaqué un poste de l’armée près de Gao, tuant douze soldats.',
});

describe('clusterItems, the report a story leads with', () => {
  it('lets a news report lead a story a press review began', () => {
    const file = filer();
    const begun = file(review);
    expect(begun.story.kind).toBe('roundup');
    const joined = file(report);
    expect(joined.story.id).toBe(begun.story.id);
    expect(joined.story).toMatchObject({ leadItemId: 'report', title: report.title, kind: 'news' });
  });

  it('keeps a news lead when another news report of a lower tier joins', () => {
    const file = filer({ wire: 1, desk: 3 });
    const begun = file(report);
    const joined = file({
      ...review,
      id: 'desk-copy',
      feedId: 'desk',
      title: `${report.title} (2)`,
    });
    expect(joined.story.id).toBe(begun.story.id);
    expect(joined.story.leadItemId).toBe('report');
  });

  it('keeps a news lead when a press review of a higher tier joins', () => {
    const file = filer({ wire: 3, 'press-review': 1 });
    const begun = file(report);
    const joined = file({ ...review, publishedAt: T0 + 3 * HOUR, firstSeenAt: T0 + 3 * HOUR });
    expect(joined.story.id).toBe(begun.story.id);
    expect(joined.story).toMatchObject({ leadItemId: 'report', title: report.title, kind: 'news' });
  });
});
