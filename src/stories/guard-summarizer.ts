/**
 * Wraps any `Summarizer` (an OpenAI-compatible model later) so callers keep the extractive
 * summariser's promises: at most `maxLength` (and 280) characters, never cut mid-word, and a
 * summary even when the model fails or answers nothing.
 */
import type { Summarizer } from '../core/ports.js';
import { createExtractiveSummarizer, SUMMARY_MAX, truncateAtWord } from './summarize-extractive.js';

/** Uses `primary`, falling back to `fallback` (extractive by default) when it throws or returns blank text. */
export function createGuardedSummarizer(
  primary: Summarizer,
  fallback: Summarizer = createExtractiveSummarizer(),
): Summarizer {
  return {
    async summarize(input) {
      const max = Math.min(input.maxLength, SUMMARY_MAX);
      const answer = await Promise.resolve()
        .then(() => primary.summarize(input))
        .then(
          (text) => text.replace(/\s+/g, ' ').trim(),
          () => '',
        );
      return truncateAtWord(answer === '' ? await fallback.summarize(input) : answer, max);
    },
  };
}
