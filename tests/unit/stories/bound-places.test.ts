import { describe, expect, it } from 'vitest';
import type { EntityMatch } from '../../../src/core/match-types.js';
import { boundPlaces } from '../../../src/stories/bound-places.js';

/** A summary match of `entity` where `alias` first appears in `summary`. */
function hit(summary: string, entity: string, alias: string): EntityMatch {
  const start = summary.indexOf(alias);
  if (start < 0) throw new Error(`${alias} is not in ${summary}`);
  return { entity, alias, field: 'summary', start, end: start + alias.length };
}

describe('boundPlaces', () => {
  it('takes towns named as the bounds of a stretch for no place of the happening', () => {
    const fr = 'Des massacres de civils dans l’ouest du pays, entre Bobo-Dioulasso et Nouna.';
    const text = { title: 'Massacres dans l’ouest', summary: fr };
    const matches = [hit(fr, 'bobo', 'Bobo-Dioulasso'), hit(fr, 'nouna', 'Nouna')];
    expect(boundPlaces(text, matches, ['bobo', 'nouna'])).toEqual(['bobo', 'nouna']);
    const en = 'The convoy was ambushed on the road between Gao and Ansongo.';
    expect(boundPlaces({ title: '', summary: en }, [hit(en, 'gao', 'Gao')], ['gao'])).toEqual([
      'gao',
    ]);
  });

  it('keeps a town named as the place itself, even once named as a bound too', () => {
    const lead = 'Solenzo a été le théâtre de massacres, entre Solenzo et Nouna.';
    const again = lead.lastIndexOf('Solenzo');
    const matches: EntityMatch[] = [
      hit(lead, 'solenzo', 'Solenzo'),
      { entity: 'solenzo', alias: 'Solenzo', field: 'summary', start: again, end: again + 7 },
    ];
    expect(boundPlaces({ title: '', summary: lead }, matches, ['solenzo'])).toEqual([]);
    const at = 'Gunmen attacked Djibo and Arbinda on Saturday.';
    expect(
      boundPlaces({ title: '', summary: at }, [hit(at, 'arbinda', 'Arbinda')], ['arbinda']),
    ).toEqual([]);
  });
});
