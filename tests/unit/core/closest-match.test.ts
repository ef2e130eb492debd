import { describe, expect, it } from 'vitest';
import { closestMatch, editDistance } from '../../../src/core/closest-match.js';

describe('closestMatch', () => {
  it('does not offer a two-letter word for an unrelated one', () => {
    expect(closestMatch('de', ['en', 'fr'])).toBeUndefined();
    expect(closestMatch('es', ['en', 'fr'])).toBe('en');
  });

  it('counts two swapped letters as one typo', () => {
    expect(editDistance('jnmi', 'jnim')).toBe(1);
    expect(closestMatch('nwes', ['news', 'fact', 'timeline'])).toBe('news');
    expect(closestMatch('/mal', ['/mali', '/niger'])).toBe('/mali');
  });

  it('still finds the usual typos and leaves far words alone', () => {
    expect(closestMatch('kidall', ['kidal', 'gao'])).toBe('kidal');
    expect(closestMatch('Africa/Bamkao', ['Africa/Bamako', 'Africa/Niamey'])).toBe('Africa/Bamako');
    expect(closestMatch('wagner-group-pmc', ['wagner', 'jnim'])).toBeUndefined();
  });
});
