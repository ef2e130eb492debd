import { describe, expect, it } from 'vitest';
import type { Arc } from '../../../src/core/story.js';
import { arcNeighbourIds, buildArcMark } from '../../../src/digest/arc-mark.js';
import { HOUR, NOW, source, story } from './make-story.js';

const arc: Arc = {
  id: 'arc-1',
  title: 'Niger coup',
  firstSeenAt: NOW - 48 * HOUR,
  lastSeenAt: NOW,
  storyIds: ['coup', 'airspace', 'aid'],
};

const coup = story('coup', {
  title: 'Soldiers detain Niger president',
  url: 'https://rfi.example/coup',
  firstSeenAt: NOW - 47 * HOUR,
  sources: [
    source('RFI English', { publishedAt: NOW - 46 * HOUR }),
    source('BBC News', { publishedAt: NOW - 47.5 * HOUR }),
  ],
});
const airspace = story('airspace', {
  title: 'Junta closes airspace',
  url: null,
  sources: [
    source('RFI English', { title: 'Junta closes airspace', url: null }),
    source('Le Monde Afrique', {
      lang: 'fr',
      title: 'La junte ferme l’espace aérien',
      url: 'https://lemonde.example/espace',
    }),
  ],
});

describe('buildArcMark', () => {
  it('places a development in its arc: position, first publication of the arc, the one before', () => {
    expect(buildArcMark(arc, 'aid', { first: coup, previous: airspace }, 'en')).toEqual({
      id: 'arc-1',
      title: 'Niger coup',
      position: 3,
      since: NOW - 47.5 * HOUR,
      previous: { storyId: 'airspace', title: 'Junta closes airspace', url: null },
    });
  });

  it("names the previous development as the reader's language tells it", () => {
    expect(buildArcMark(arc, 'aid', { first: coup, previous: airspace }, 'fr')?.previous).toEqual({
      storyId: 'airspace',
      title: 'La junte ferme l’espace aérien',
      url: 'https://lemonde.example/espace',
    });
  });

  it('gives the first development position 1 and no previous one', () => {
    expect(buildArcMark(arc, 'coup', { first: coup, previous: null }, 'en')).toMatchObject({
      position: 1,
      previous: null,
    });
  });

  it('dates the arc from its first sighting when its first development is gone', () => {
    expect(buildArcMark(arc, 'airspace', { first: null, previous: null }, 'en')?.since).toBe(
      NOW - 48 * HOUR,
    );
  });

  it('marks nothing for a story the arc does not list', () => {
    expect(buildArcMark(arc, 'other', { first: coup, previous: null }, 'en')).toBeNull();
  });
});

describe('arcNeighbourIds', () => {
  it('names the first development and the one before', () => {
    expect(arcNeighbourIds(arc, 'aid')).toEqual({ first: 'coup', previous: 'airspace' });
    expect(arcNeighbourIds(arc, 'coup')).toEqual({ first: 'coup', previous: null });
  });
});
