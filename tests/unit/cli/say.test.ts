import { describe, expect, it } from 'vitest';
import { actionsOf, plainLine, renderAnswer } from '../../../src/cli/say.js';
import type { Message } from '../../../src/core/message.js';

const message: Message = {
  blocks: [
    { type: 'heading', text: 'Timeline: Mali' },
    { type: 'actions', actions: [{ id: '/mali timeline page:2', label: 'Next page' }] },
    { type: 'text', text: 'Page 1 of 2' },
    { type: 'actions', actions: [{ id: 'src', label: 'Source', url: 'https://example.org/' }] },
  ],
  fallback: 'Timeline: Mali',
};

describe('console answers', () => {
  it('lists the actions of every actions block, in order', () => {
    expect(actionsOf(message).map((a) => a.id)).toEqual(['/mali timeline page:2', 'src']);
  });

  it('renders the answer without its buttons, which each caller shows its own way', () => {
    expect(renderAnswer(message, 'en')).toBe('Timeline: Mali\n==============\n\nPage 1 of 2');
  });

  it("labels an answer in the reader's language", () => {
    const error = {
      blocks: [{ type: 'text' as const, text: 'option inconnue', tone: 'error' as const }],
      fallback: 'x',
    };
    expect(renderAnswer(error, 'fr')).toContain('Erreur');
    expect(renderAnswer(error, 'en')).toContain('Error');
  });

  it('keeps terminal escape sequences and line breaks of feed text off the screen', () => {
    expect(plainLine('Source\u001b[2J\u001b]0;x\u0007 one\r\ntwo\u009b')).toBe(
      'Source [2J ]0;x one two',
    );
  });
});
