/**
 * The death toll a headline states ("Up to 200 people killed", "Au moins 400 civils tués",
 * "estimated to have killed 500", "left 600 dead"). Tolls of one attack are revised as sources
 * come in: a toll far above every toll a story has told is a new count, another development
 * ("the toll rises to 400"), where a lower or equal one is the first count told again.
 */
import { foldedWords } from './text-features.js';

/** Words that say a number counts the dead, when they follow it closely … */
const AFTER = new Set(
  'killed dead deaths died morts tues tuees victimes massacred massacres'.split(' '),
);
/** … or when they come just before it ("killed 500", "toll of 77", "bilan de 40"). */
const BEFORE = new Set('kill killed killing kills toll bilan tue tuent'.split(' '));
/** Words that make the number before them a count of the wounded ("70 killed, 200 injured"). */
const INJURED = new Set('injured wounded hurt blesses blessees'.split(' '));
/**
 * Counts told in words, at the least they mean: "hundreds killed", "plusieurs centaines de
 * morts" is a toll of 200 at least. Dozens are left unread: a first count of "dozens" and a
 * later "44 killed" are the same count told twice.
 */
const MAGNITUDES: ReadonlyMap<string, number> = new Map([
  ['hundreds', 200],
  ['centaines', 200],
  ['thousands', 2000],
  ['milliers', 2000],
]);
/** How far after a number a toll word may stand ("400 civils tués", "200 people were killed"). */
const AFTER_SPAN = 3;
/** Words between a toll word and the number after it ("killed at least 500", "toll to 77"). */
const BEFORE_SPAN = 4;
/** Fewer dead than this is a count of a small incident, not one to revise. */
const MIN_TOLL = 10;

/** The tolls a headline states, in order; digits grouped by spaces or commas are read whole. */
export function headlineTolls(title: string): number[] {
  const words = foldedWords(title.replace(/(\d)[\s,.](?=\d{3}\b)/gu, '$1'));
  const tolls: number[] = [];
  words.forEach((word, i) => {
    const value = /^\d+$/u.test(word) ? Number(word) : MAGNITUDES.get(word);
    if (value === undefined) return;
    if (value < MIN_TOLL || isYear(value, words[i - 1]) || countsWounded(words, i)) return;
    const after =
      words.slice(i + 1, i + 1 + AFTER_SPAN).some((w) => AFTER.has(w)) || totals(words, i);
    const before = words.slice(Math.max(0, i - BEFORE_SPAN), i).some((w) => BEFORE.has(w));
    if (after || before) tolls.push(value);
  });
  return tolls;
}

/**
 * True when the headline counts its dead in words only ("hundreds killed"): told with the day
 * of the happening, such a count is the happening told again, not a new count.
 */
export function tollInWordsOnly(title: string): boolean {
  const tolls = headlineTolls(title);
  return tolls.length > 0 && headlineTolls(title.replace(/\p{N}+/gu, ' ')).length === tolls.length;
}

/**
 * The number at `i` is a total whose part is counted next, before the toll word: "105 personnes
 * dont 34 soldats tuées", "100 people, including 34 soldiers, killed". The part is counted too.
 */
function totals(words: readonly string[], i: number): boolean {
  const part = words.slice(i + 1, i + 1 + AFTER_SPAN).findIndex((w) => PART_OF.has(w));
  if (part < 0) return false;
  const number = words.findIndex((w, j) => j > i + 1 + part && /^\d+$/u.test(w));
  return (
    number > 0 &&
    number <= i + 2 + part + 1 &&
    words.slice(number + 1, number + 1 + AFTER_SPAN).some((w) => AFTER.has(w))
  );
}

/** Words that make the number after them a part of the number before: "dont", "including". */
const PART_OF = new Set(['dont', 'including', 'among', 'parmi', 'notamment']);

/** The number at `i` counts the wounded: "200 injured", "des milliers de blessés". */
function countsWounded(words: readonly string[], i: number): boolean {
  const next = words[i + 1] ?? '';
  return INJURED.has(next) || ((next === 'of' || next === 'de') && INJURED.has(words[i + 2] ?? ''));
}

function isYear(value: number, previous: string | undefined): boolean {
  return value >= 1900 && value <= 2100 && previous !== 'killed' && previous !== 'tue';
}
