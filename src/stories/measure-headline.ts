/**
 * Measures against a party: a headline that tells an authority acting against someone it
 * names — it suspends or bans a broadcaster, sues it, files a complaint against it, expels it.
 * Such a headline names the event that prompted the measure only as its reason ("suspends BBC
 * over its coverage of an attack", "porte plainte contre RFI pour incitation au massacre"): the
 * measure is what it is about, and the event's topic is background. An actor stopping its own
 * work ("NGOs suspend work in Ménaka after two staff kidnapped") names no party: that is no
 * measure against one. Pure.
 */
import { foldString } from '../core/fold-text.js';

/**
 * The situation key of a headline that tells a measure against a party (a suspension, a ban, a
 * lawsuit): two such measures by one state are one situation, whoever they target.
 */
export const MEASURE_KEY = 'measure';

/** Folded words of a measure, EN and FR (`*` = any ending), followed by the party it targets. */
const MEASURES = [
  'suspend*',
  'ban bans banned banning interdit interdite interdits interdisent interdiction',
  'sue sues sued suing lawsuit complaint complaints plainte plaintes',
  'expel expels expelled expelling expuls*',
]
  .join(' ')
  .split(' ');
const WORDS = new Set(MEASURES.filter((w) => !w.endsWith('*')));
const PREFIXES = MEASURES.filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1));
/** Words between a measure and its target: "suspension de la BBC", "plainte contre RFI". */
const LINKS = new Set('a an the against of on de du des la le les l d contre'.split(' '));
/** "attaque RFI en justice", "poursuit RFI en justice": the party comes before. */
const COURT = ['en', 'justice'];

const isMeasure = (word: string): boolean =>
  WORDS.has(word) || PREFIXES.some((p) => word.startsWith(p));
const isName = (token: string): boolean => /^\p{Lu}/u.test(token);

/**
 * The measure a headline tells against a party it names (the folded measure word, or
 * `en justice`), or undefined.
 */
export function measureOf(headline: string): string | undefined {
  const tokens = headline.match(/[\p{L}\p{N}]+/gu) ?? [];
  const folded = tokens.map((t) => foldString(t).toLowerCase());
  for (let i = 0; i < tokens.length; i += 1) {
    const word = folded[i] ?? '';
    if (folded[i + 1] === COURT[1] && word === COURT[0] && i > 1 && isName(tokens[i - 1] ?? ''))
      return COURT.join(' ');
    if (!isMeasure(word)) continue;
    let next = i + 1;
    while (next < tokens.length && LINKS.has(folded[next] ?? '')) next += 1;
    if (next < tokens.length && isName(tokens[next] ?? '')) return word;
  }
  return undefined;
}
