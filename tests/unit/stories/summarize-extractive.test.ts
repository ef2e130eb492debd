import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/stories/clean-text.js';
import {
  createExtractiveSummarizer,
  splitSentences,
  summarizeExtractive,
  truncateAtWord,
} from '../../../src/stories/summarize-extractive.js';

const EN_TEXT =
  'By Jane Doe and Amadou Diallo - Fighters of the Islamic State Sahel Province attacked a Malian army camp at ' +
  'Andéramboukane before dawn on Friday, local officials said. The army said it repelled the assault and lost seven ' +
  'soldiers. Gen. Ibrahim Sidibé, a regional commander, said reinforcements had arrived from Ménaka. Residents described ' +
  'hours of gunfire. The region has seen repeated raids since 2022. Subscribe to our Africa newsletter for more. ' +
  'The post Islamic State fighters attack army camp appeared first on Sahel Today.';

const FR_TEXT =
  'BAMAKO (AFP) - Des combattants du JNIM ont incendié vendredi une quarantaine de camions-citernes sur l’axe Kayes-Bamako, ' +
  'ont indiqué des sources sécuritaires. M. Diarra, un transporteur, affirme avoir perdu six camions. ' +
  'Le blocus imposé par les jihadistes depuis septembre provoque de longues files d’attente devant les stations-service de la capitale. ' +
  'Les autorités de transition promettent des escortes renforcées. Lire la suite sur notre site.';

function expectWholeWordsOf(summary: string, source: string): void {
  const bare = (word: string): string => word.replace(/[,;:.]+$/u, '');
  const words = summary.replace(/…$/u, '').split(/\s+/u).map(bare);
  const sourceWords = new Set(source.split(/\s+/u).map(bare));
  for (const word of words)
    expect(sourceWords, `"${word}" is a whole word of the source`).toContain(word);
}

describe('summarizeExtractive', () => {
  it('summarises an English report in whole sentences, byline and boilerplate removed', () => {
    const summary = summarizeExtractive({
      title: 'Islamic State fighters attack army camp in Ménaka region',
      text: EN_TEXT,
      lang: 'en',
      keywords: ['Islamic State Sahel Province', 'Ménaka'],
      maxLength: 280,
    });
    expect(summary).toMatchInlineSnapshot(
      `"Fighters of the Islamic State Sahel Province attacked a Malian army camp at Andéramboukane before dawn on Friday, local officials said. The army said it repelled the assault and lost seven soldiers. The region has seen repeated raids since 2022."`,
    );
    expect(summary.length).toBeLessThanOrEqual(280);
    expect(summary).not.toMatch(/Jane Doe|newsletter|appeared first/u);
  });

  it('does not split a sentence after an abbreviation such as "Gen." or "M."', () => {
    expect(splitSentences('Gen. Tiani spoke. M. Diarra a parlé.', 'en')).toEqual([
      'Gen. Tiani spoke.',
      'M. Diarra a parlé.',
    ]);
  });

  it('summarises a French report, dateline and "Lire la suite" removed', () => {
    const summary = summarizeExtractive({
      title: 'Au Mali, le JNIM incendie des camions-citernes sur l’axe Kayes-Bamako',
      text: FR_TEXT,
      lang: 'fr',
      keywords: ['JNIM', 'Bamako'],
      maxLength: 280,
    });
    expect(summary).toMatchInlineSnapshot(
      `"Des combattants du JNIM ont incendié vendredi une quarantaine de camions-citernes sur l’axe Kayes-Bamako, ont indiqué des sources sécuritaires. M. Diarra, un transporteur, affirme avoir perdu six camions. Les autorités de transition promettent des escortes renforcées."`,
    );
    expect(summary).not.toMatch(/AFP|Lire la suite/u);
  });

  it('prefers a later sentence with watchlist hits over an earlier one without', () => {
    const summary = summarizeExtractive({
      title: 'Fuel shortage deepens',
      text:
        'Queues formed again on Saturday at petrol stations across the city as drivers waited for hours in the heat of the day. ' +
        'Motorbike taxis raised their fares for the second time in a week, passengers complained loudly. ' +
        'JNIM fighters burned tankers near Kayes on the road to Bamako, the army said.',
      lang: 'en',
      keywords: ['JNIM', 'Kayes', 'Bamako'],
      maxLength: 140,
    });
    expect(summary).toBe(
      'JNIM fighters burned tankers near Kayes on the road to Bamako, the army said.',
    );
  });

  it('never cuts mid-word and stays within the limit when one sentence is too long', () => {
    const text =
      'The transitional authorities announced on Thursday evening a comprehensive set of measures intended to restore ' +
      'fuel supplies to the capital, including armed escorts for convoys, a temporary suspension of certain customs duties ' +
      'on petroleum products and an appeal to neighbouring countries to open alternative corridors through Senegal and Guinea.';
    for (const max of [60, 100, 150, 280]) {
      const summary = summarizeExtractive({
        title: 'Measures',
        text,
        lang: 'en',
        keywords: [],
        maxLength: max,
      });
      expect(summary.length).toBeLessThanOrEqual(max);
      expect(summary.endsWith('…')).toBe(true);
      expectWholeWordsOf(summary, text);
    }
  });

  it('leaves out photo credits, copyright lines and newsletter prompts', () => {
    const summary = summarizeExtractive({
      title: 'Niger',
      text: 'Photo : AFP. © Reuters 2026. Sign up for our daily briefing. Niger closed its border with Benin on Monday.',
      lang: 'en',
      keywords: [],
      maxLength: 280,
    });
    expect(summary).toBe('Niger closed its border with Benin on Monday.');
  });

  it('drops a last sentence that the feed cut off', () => {
    const summary = summarizeExtractive({
      title: 'Gao',
      text: 'Several soldiers were killed in Gao. The army said in a statement that the attackers had…',
      lang: 'en',
      keywords: [],
      maxLength: 280,
    });
    expect(summary).toBe('Several soldiers were killed in Gao.');
  });

  it('drops a word the feed cut in half when the cut sentence is all there is', () => {
    const summarize = (text: string): string =>
      summarizeExtractive({ title: 'Gao', text, lang: 'en', keywords: [], maxLength: 280 });
    expect(summarize('The army said in a state…')).toBe('The army said in a…');
    expect(summarize('The army said in a statement ...')).toBe('The army said in a statement…');
    expect(summarize('The army said in a statement')).toBe('The army said in a statement');
  });

  it('is never longer than the source text', () => {
    const text = 'Niger takes over the Arlit mine.';
    const summary = summarizeExtractive({
      title: 'Uranium',
      text,
      lang: 'en',
      keywords: [],
      maxLength: 280,
    });
    expect(summary).toBe(text);
  });

  it('returns nothing when the text only repeats the title', () => {
    const summary = summarizeExtractive({
      title: 'Mali suspends two French television channels',
      text: 'Mali suspends two French television channels. Read more',
      lang: 'en',
      keywords: [],
      maxLength: 280,
    });
    expect(summary).toBe('');
  });

  it('caps the length at 280 characters even when asked for more', () => {
    const text = Array.from(
      { length: 12 },
      (_, i) => `Sentence number ${i} says something about the Sahel region today.`,
    ).join(' ');
    const summary = summarizeExtractive({
      title: 'x',
      text,
      lang: 'en',
      keywords: [],
      maxLength: 1000,
    });
    expect(summary.length).toBeLessThanOrEqual(280);
    expect(summary.length).toBeGreaterThan(200);
  });

  it('is available behind the Summarizer port', async () => {
    const summarizer = createExtractiveSummarizer();
    await expect(
      summarizer.summarize({
        title: 'x',
        text: 'One sentence here.',
        lang: 'und',
        keywords: [],
        maxLength: 280,
      }),
    ).resolves.toBe('One sentence here.');
  });
});

describe('cleanText', () => {
  it.each([
    ['By Jane Doe - The army said.', 'The army said.'],
    ['Par Moussa Diarra, avec AFP : Les FAMa ont annoncé.', 'Les FAMa ont annoncé.'],
    ['NIAMEY, 21 nov (Reuters) - Niger said.', 'Niger said.'],
    ['By Friday, the army had left.', 'By Friday, the army had left.'],
    ['The army left. The post Army leaves appeared first on Sahel Today.', 'The army left.'],
    [
      "L'armée est partie. L’article Départ est apparu en premier sur Mali Info.",
      "L'armée est partie.",
    ],
    ['The army left. Continue reading…', 'The army left.'],
    ['The army left [...]', 'The army left'],
  ])('cleans %j', (input, expected) => {
    expect(cleanText(input)).toBe(expected);
  });
});

describe('truncateAtWord', () => {
  it('cuts at the last word that fits and adds an ellipsis', () => {
    expect(truncateAtWord('Niger takes over the Arlit mine', 20)).toBe('Niger takes over…');
    expect(truncateAtWord('short', 20)).toBe('short');
  });
});
