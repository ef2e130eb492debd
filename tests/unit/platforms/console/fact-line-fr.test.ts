import { describe, expect, it } from 'vitest';
import type { Message, StoryCard } from '../../../../src/core/message.js';
import { renderText } from '../../../../src/platforms/console/render-text.js';

const card = (locale: StoryCard['locale']): StoryCard => ({
  storyId: 's1',
  title: 'Attaque contre un convoi près de Kidal',
  url: null,
  summary: '',
  sources: [],
  tags: [],
  facts: [
    {
      id: 'kidal',
      title: 'Kidal',
      gist: 'Ville et région du nord du Mali.',
      command: '/mali fiche kidal',
    },
  ],
  ...(locale === undefined ? {} : { locale }),
});

const message = (c: StoryCard): Message => ({ blocks: [{ type: 'story', card: c }], fallback: '' });

describe('console background facts in the card’s language', () => {
  it('writes a French fact line with a space before the colon', () => {
    expect(renderText(message(card('fr')))).toContain(
      '    - Kidal : Ville et région du nord du Mali. (/mali fiche kidal)',
    );
    expect(renderText(message(card(undefined)), { locale: 'fr' })).toContain(
      '    - Kidal : Ville et région',
    );
  });

  it('keeps the English fact line as it was', () => {
    expect(renderText(message(card('en')), { locale: 'fr' })).toContain(
      '    - Kidal: Ville et région du nord du Mali. (/mali fiche kidal)',
    );
    expect(renderText(message(card(undefined)))).toContain('    - Kidal: Ville');
  });
});
