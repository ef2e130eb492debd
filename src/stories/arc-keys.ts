/**
 * The situation words arc linking reads in a headline and in a lead: those of
 * situation-words.ts, a measure against a named party (measure-headline.ts) in a headline, and
 * disinformation (disinformation-words.ts). Pure.
 */
import { DISINFORMATION_KEY, tellsDisinformation } from './disinformation-words.js';
import { MEASURE_KEY, measureOf } from './measure-headline.js';
import { situationKeys } from './situation-words.js';

/** The situation keys of a headline (`title`) and of a lead, names blanked in both. */
export function arcKeys(
  title: string,
  rawTitle: string,
  lead: string,
): { headline: string[]; lead: string[] } {
  const disinformation = (text: string): string[] =>
    tellsDisinformation(text) ? [DISINFORMATION_KEY] : [];
  const measure = measureOf(rawTitle) === undefined ? [] : [MEASURE_KEY];
  return {
    headline: [...situationKeys(title), ...measure, ...disinformation(title)],
    lead: [...situationKeys(lead), ...disinformation(lead)],
  };
}
