/**
 * Extractive summaries: whole sentences of the item's own text, picked by position, watchlist
 * hits and overlap with the title, in their original order. Nothing is invented, so a reader
 * can trust every word to be the outlet's.
 */
import type { Summarizer, SummaryInput } from '../core/ports.js';
import { cleanText, isFurniture } from './clean-text.js';
import { contentStems, jaccard } from './text-features.js';
import { foldString } from '../core/fold-text.js';

/** The longest summary the digest shows, whatever a caller asks for. */
export const SUMMARY_MAX = 280;
const ELLIPSIS = '…';
/** A sentence this close to the title only repeats it. */
const REPEATS_TITLE = 0.8;

/** Abbreviations after which Intl.Segmenter wrongly ends a sentence (`M. Macron`, `Gen. Tiani`). */
const ABBREVIATION =
  /(?:^|[\s(])(?:\p{Lu}|Mr|Mrs|Ms|Dr|Gen|Gén|Col|Lt|Capt|Cpt|Sgt|Maj|Cdt|Cmdt|Prof|Pr|St|Sen|Gov|Mme|Mlle|Mgr|Me|No|art|Jan|Feb|Aug|Sept|Oct|Nov|Dec|janv|févr|avr|juil|sept|oct|nov|déc)\.$/u;

/** Built once: constructing a segmenter costs more than segmenting a lead. */
const SEGMENTERS = {
  en: new Intl.Segmenter('en', { granularity: 'sentence' }),
  fr: new Intl.Segmenter('fr', { granularity: 'sentence' }),
} as const;

/** Numbers and number words: in conflict news the counts (dead, displaced, tankers) are the core facts. */
const COUNT =
  / (?:\d[\d ]*|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|deux|trois|quatre|cinq|sept|huit|neuf|dix|douzaines?|dizaines?|centaines?|milliers?) /u;

/** A `Summarizer` over {@link summarizeExtractive}; a model-backed one can replace it later. */
export function createExtractiveSummarizer(): Summarizer {
  return { summarize: (input) => Promise.resolve(summarizeExtractive(input)) };
}

/**
 * Summarises `input.text` in at most `min(input.maxLength, 280)` characters and never more
 * than the cleaned text itself: whole sentences when they fit, else the best sentence cut at
 * a word boundary with an ellipsis. Returns '' when the text holds nothing beyond the title.
 */
export function summarizeExtractive(input: SummaryInput): string {
  const max = Math.min(input.maxLength, SUMMARY_MAX);
  const text = cleanText(input.text);
  if (max <= 0 || text === '') return '';
  const titleStems = new Set(contentStems(input.title));
  const sentences = completeSentences(splitSentences(text, input.lang)).filter(
    (s) => !isFurniture(s) && jaccard(new Set(contentStems(s)), titleStems) < REPEATS_TITLE,
  );
  if (sentences.length === 0) return '';
  const keywords = input.keywords.map((k) => foldString(k).trim()).filter((k) => k !== '');
  const scored = sentences.map((sentence, index) => ({
    sentence,
    index,
    score: scoreSentence(sentence, index, titleStems, keywords),
  }));
  const chosen: typeof scored = [];
  let length = -1;
  for (const candidate of [...scored].sort((a, b) => b.score - a.score || a.index - b.index)) {
    if (length + 1 + candidate.sentence.length > max) continue;
    chosen.push(candidate);
    length += 1 + candidate.sentence.length;
  }
  if (chosen.length > 0) {
    return chosen
      .sort((a, b) => a.index - b.index)
      .map((c) => c.sentence)
      .join(' ');
  }
  const best = [...scored].sort((a, b) => b.score - a.score || a.index - b.index)[0];
  return best === undefined ? '' : truncateAtWord(best.sentence, max);
}

/** Splits text into trimmed sentences with the locale's rules, re-joining false breaks after abbreviations. */
export function splitSentences(text: string, lang: string): string[] {
  const segmenter = lang === 'fr' ? SEGMENTERS.fr : SEGMENTERS.en;
  const sentences: string[] = [];
  let pending = '';
  for (const { segment } of segmenter.segment(text)) {
    pending += segment;
    if (!ABBREVIATION.test(pending.trimEnd())) {
      if (pending.trim() !== '') sentences.push(pending.trim());
      pending = '';
    }
  }
  if (pending.trim() !== '') sentences.push(pending.trim());
  return sentences;
}

const ELLIPSIS_END = /(?:…|\.\.\.)$/u;
const TERMINAL = /[.!?]["'»”’)\]]*$/u;

/**
 * Feeds often cut a description mid-sentence or mid-word (`… said in a state…`). A cut last
 * sentence is dropped when others remain; alone, it loses a word glued to the ellipsis and
 * keeps one ellipsis. A last line with no punctuation at all is left as it is.
 */
function completeSentences(sentences: readonly string[]): string[] {
  const last = sentences.at(-1);
  if (last === undefined) return [];
  const cut = ELLIPSIS_END.test(last);
  if (!cut && (TERMINAL.test(last) || sentences.length === 1)) return [...sentences];
  if (sentences.length > 1) return sentences.slice(0, -1);
  const bare = last.replace(ELLIPSIS_END, '');
  const words = bare.trimEnd().split(/\s+/u);
  const glued = bare === bare.trimEnd() && words.length > 1;
  const kept = (glued ? words.slice(0, -1) : words).join(' ').replace(/[\s,;:–—-]+$/u, '');
  return kept === '' ? [] : [`${kept}${ELLIPSIS}`];
}

function scoreSentence(
  sentence: string,
  index: number,
  titleStems: ReadonlySet<string>,
  keywords: readonly string[],
): number {
  const position = 1 / (1 + index);
  const folded = ` ${foldString(sentence).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const hits = keywords.filter((k) =>
    folded.includes(` ${k.replace(/[^\p{L}\p{N}]+/gu, ' ')} `),
  ).length;
  const stems = contentStems(sentence);
  const overlap =
    titleStems.size === 0 ? 0 : stems.filter((s) => titleStems.has(s)).length / titleStems.size;
  const short = sentence.length < 30 ? 0.5 : 0;
  const counts = COUNT.test(folded) ? 0.3 : 0;
  return 2 * position + 0.5 * Math.min(hits, 3) + overlap + counts - short;
}

/** Cuts `text` to at most `max` characters at a word boundary, ending with an ellipsis. */
export function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, Math.max(0, max - ELLIPSIS.length) + 1);
  const lastSpace = room.search(/\s\S*$/u);
  if (lastSpace <= 0) return '';
  return `${room.slice(0, lastSpace).replace(/[\s,;:–—-]+$/u, '')}${ELLIPSIS}`;
}
