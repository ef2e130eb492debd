/**
 * Question headlines (see piece-kind.ts): "What is …?" opens an explainer, "Why …?" analysis.
 * The headline is folded already.
 */
import type { PieceKindResult } from './piece-kind.js';

/** English question words that open an explainer ("What is …?"); others open analysis ("Why …?"). */
const EN_EXPLAINER_QUESTION = /^(?:what|what's|who|who's|which|when|where)\b/u;
const EN_ANALYSIS_QUESTION =
  /^(?:why|how|is|are|can|could|will|would|should|does|do|did|has|have|was|were|may|might)\b/u;
const FR_EXPLAINER_QUESTION =
  /^(?:qui (?:est|sont|etait|etaient)|qu'est-ce|que (?:sait-on|faut-il savoir)|quel(?:le)?s?)\b/u;
const MIN_QUESTION_WORDS = 3;
const FR_ANALYSIS_QUESTION =
  /^(?:pourquoi|comment)\b|-(?:t-)?(?:il|elle|ils|elles|on)\b|\best-ce\b/u;

/**
 * A question headline — the whole headline, or its last part after a colon or bar, ends with "?"
 * and opens with a question word: "Why is nobody talking about Brexit?", "G7 meets: what's on the
 * table?", "Qui sont les putschistes ?". A headline that merely contains "why" is not a question.
 */
export function questionKind(title: string): PieceKindResult | null {
  if (!title.endsWith('?')) return null;
  const parts = title.split(/\s*[:|]\s+/u);
  const last = parts[parts.length - 1] ?? title;
  // "Haitians ask: what now?" reports a happening; a question part needs a few words to ask one.
  const candidates = last.split(' ').length >= MIN_QUESTION_WORDS ? [title, last] : [title];
  for (const part of candidates) {
    if (EN_EXPLAINER_QUESTION.test(part) || FR_EXPLAINER_QUESTION.test(part))
      return { kind: 'explainer', cue: 'question headline ("What …?")' };
    if (EN_ANALYSIS_QUESTION.test(part) || FR_ANALYSIS_QUESTION.test(part))
      return { kind: 'analysis', cue: 'question headline ("Why …?")' };
  }
  return null;
}
