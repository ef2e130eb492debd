import { describe, expect, it } from 'vitest';
import type { Summarizer, SummaryInput } from '../../../src/core/ports.js';
import { createGuardedSummarizer } from '../../../src/stories/guard-summarizer.js';

const input: SummaryInput = {
  title: 'Niger takes over Arlit mine',
  text: 'Niger said it was taking over the Arlit uranium mine. The operator called the move illegal.',
  lang: 'en',
  keywords: ['Niger'],
  maxLength: 280,
};

const model = (answer: () => Promise<string>): Summarizer => ({ summarize: answer });

describe('createGuardedSummarizer', () => {
  it('passes a good model answer through, whitespace tidied', async () => {
    const guarded = createGuardedSummarizer(
      model(() => Promise.resolve('  Niger seized the\nArlit mine.  ')),
    );
    await expect(guarded.summarize(input)).resolves.toBe('Niger seized the Arlit mine.');
  });

  it('falls back to the extractive summary when the model fails', async () => {
    const guarded = createGuardedSummarizer(
      model(() => Promise.reject(new Error('connection refused'))),
    );
    await expect(guarded.summarize(input)).resolves.toBe(input.text);
  });

  it('falls back when the model answers nothing', async () => {
    const guarded = createGuardedSummarizer(model(() => Promise.resolve('   ')));
    await expect(guarded.summarize(input)).resolves.toBe(input.text);
  });

  it('cuts a long model answer at a word boundary within the limit', async () => {
    const long = 'word '.repeat(100).trim();
    const guarded = createGuardedSummarizer(model(() => Promise.resolve(long)));
    const summary = await guarded.summarize({ ...input, maxLength: 50 });
    expect(summary.length).toBeLessThanOrEqual(50);
    expect(summary).toMatch(/^(word )*word…$/u);
  });
});
