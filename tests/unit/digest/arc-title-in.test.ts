import { describe, expect, it } from 'vitest';
import type { Arc } from '../../../src/core/story.js';
import { arcTitleIn, buildArcMark } from '../../../src/digest/arc-mark.js';
import { buildDigest } from '../../../src/digest/build-digest.js';
import { config, HOUR, NOW, story } from './make-story.js';

const arc: Arc = {
  id: 'arc-1',
  title: 'Niger coup',
  titleFr: "Coup d'État au Niger",
  firstSeenAt: NOW - 48 * HOUR,
  lastSeenAt: NOW,
  storyIds: ['coup', 'airspace'],
};

describe('arc titles in the reader’s language', () => {
  it('gives French readers the French title, English readers the English one', () => {
    expect(arcTitleIn(arc, 'fr')).toBe("Coup d'État au Niger");
    expect(arcTitleIn(arc, 'en')).toBe('Niger coup');
  });

  it('falls back to the English title for an arc stored without a French one', () => {
    const { titleFr: _dropped, ...old } = arc;
    expect(arcTitleIn(old, 'fr')).toBe('Niger coup');
  });

  it('titles a French alert’s arc mark (forum post, thread) in French', () => {
    const mark = buildArcMark(arc, 'airspace', { first: null, previous: null }, 'fr');
    expect(mark?.title).toBe("Coup d'État au Niger");
  });

  it('heads a French digest’s arc group with the French title', () => {
    const stories = [
      story('coup', { title: 'Soldiers detain Niger president', arcId: 'arc-1' }),
      story('airspace', {
        title: 'Junta closes airspace',
        arcId: 'arc-1',
        firstSeenAt: NOW - HOUR,
      }),
    ];
    const digest = (locale: 'en' | 'fr') =>
      buildDigest({
        stories,
        window: { from: NOW - 24 * HOUR, to: NOW },
        timezone: 'UTC',
        locale,
        size: 5,
        empty: 'notice',
        arcs: [arc],
        config,
      });
    const headings = (locale: 'en' | 'fr') =>
      (digest(locale)?.blocks ?? []).flatMap((b) => (b.type === 'heading' ? [b.text] : []));
    expect(headings('fr')).toContain("Coup d'État au Niger — 2 développements");
    expect(headings('en')).toContain('Niger coup — 2 developments');
  });
});
