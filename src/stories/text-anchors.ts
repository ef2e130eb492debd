/**
 * Text features that survive translation: names and numbers ("anchors"), and memoised title
 * stems for comparing an item with every open story.
 */
import { contentStems, stemWord } from './text-features.js';
import { foldString } from '../core/fold-text.js';
import { isMonthName } from './happening-day.js';

const stemCache = new Map<string, ReadonlySet<string>>();
const STEM_CACHE_SIZE = 20_000;

/** Content stems of a title, memoised: every new item is compared with every title of every open story. */
export function titleStems(title: string): ReadonlySet<string> {
  let stems = stemCache.get(title);
  if (stems === undefined) {
    if (stemCache.size >= STEM_CACHE_SIZE) stemCache.clear();
    stems = new Set(contentStems(title));
    stemCache.set(title, stems);
  }
  return stems;
}

const WEAK = '^';

/** True when two anchor lists share a name: strong with strong, or weak with strong. */
export function anchorsMeet(a: readonly string[], b: readonly string[]): boolean {
  return sharedNames(a, b).length > 0;
}

/**
 * The names two anchor lists share (without the weak mark): strong with strong, or weak with
 * strong. Two weak anchors never meet: both may just be a sentence's capitalised first word.
 */
export function sharedNames(a: readonly string[], b: readonly string[]): string[] {
  if (a.length === 0 || b.length === 0) return [];
  const other = new Set(b);
  const shared = new Set<string>();
  for (const x of a) {
    const meets = x.startsWith(WEAK)
      ? other.has(x.slice(1))
      : other.has(x) || other.has(`${WEAK}${x}`);
    if (meets) shared.add(x.startsWith(WEAK) ? x.slice(1) : x);
  }
  return [...shared];
}

/** An anchor without its weak mark. */
export function anchorName(anchor: string): string {
  return anchor.startsWith(WEAK) ? anchor.slice(1) : anchor;
}

/** Capitalised words that name no particular place or actor. */
const GENERIC_NAMES = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april june july ' +
    'august september october november december sahel islamic state states alliance province army ' +
    'general president minister africa african west western french russian malian nigerien burkinabe ' +
    'jihadist jihadists tuareg government police united nations etat islamique armee afrique ouest ' +
    'north south east central nord sud centre confederation group groupe'
  ).split(' '),
);

/**
 * Numbers of two or more digits (not a date's: "26 August", "août 2024") and capitalised words, as stems, minus generic words and the
 * words of the item's own entity ids (`burkina-faso` → burkina, faso): what is left names the
 * particular town, site or count of this report. A sentence's first word may just be
 * capitalised, so it is kept as a weak anchor (`^djibo`) that only meets a strong one.
 */
export function textAnchors(text: string, entities: readonly string[]): string[] {
  const known = new Set(entities.flatMap((id) => id.split('-')).map((w) => stemWord(w)));
  const anchors: string[] = [];
  for (const sentence of text.split(/[.!?:;]\s+/)) {
    const words = sentence.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
    words.forEach((word, index) => {
      if (/^\d{2,}$/.test(word)) {
        if (!nextToMonth(words, index)) anchors.push(word);
      } else if (/^\p{Lu}\p{Ll}{3,}$/u.test(word)) {
        const folded = foldString(word);
        const stem = stemWord(folded);
        if (!GENERIC_NAMES.has(folded) && !GENERIC_NAMES.has(stem) && !known.has(stem))
          anchors.push(index > 0 ? stem : `${WEAK}${stem}`);
      }
    });
  }
  return [...new Set(anchors)];
}

/** True when the number at `index` is part of a date: a month name stands beside it. */
function nextToMonth(words: readonly string[], index: number): boolean {
  return [words[index - 1], words[index + 1]].some(
    (w) => w !== undefined && isMonthName(foldString(w)),
  );
}
