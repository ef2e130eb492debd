import { describe, expect, it } from 'vitest';
import { isErrorReply } from '../../../commands/dispatch-reply.js';
import { buildStoryCard } from '../../../src/digest/story-card.js';
import { DAY, KIDAL_WIRE, NOW, config, textOf, useReadFixture } from './read-fixture.js';

describe('/mali fact', () => {
  const fx = useReadFixture((fresh) => {
    fresh.story([KIDAL_WIRE]);
    fresh.story([
      {
        id: 'kidal-old',
        feed: 'desk',
        title: 'Drone strike reported near Kidal',
        at: NOW - 40 * DAY,
      },
    ]);
    fresh.story([
      { id: 'gao-1', feed: 'desk', title: 'Gao: militants attack a checkpoint', at: NOW - DAY },
    ]);
  });

  it('shows a card with its text, key dates, sources, timeline and the latest stories naming it', async () => {
    const text = textOf(await fx.say('/mali fact kidal'));
    expect(text).toMatch(/^# Kidal\n\(normal\) Town and region in northern Mali/);
    expect(text).toContain(
      '(normal) Key dates\n- 14 Nov 2023 — Taken by the Malian army and Wagner.',
    );
    expect(text).toContain('(normal) Sources\n- Internazionale');
    expect(text).toMatch(/\(normal\) Timeline\n(- .+\n)*- 14 Nov 2023 — /);
    const stories = text.slice(text.indexOf('Latest stories'));
    expect(stories).toContain(
      'Gunmen attack army convoy near Kidal (Sahel Wire · /sahel story st-kidal-1)',
    );
    expect(stories.indexOf('st-kidal-1')).toBeLessThan(stories.indexOf('st-kidal-old'));
    expect(stories).not.toContain('Gao');
  });

  it('gives sources as links', async () => {
    const answer = await fx.say('/mali fact kidal');
    const urls = answer.blocks.flatMap((b) =>
      b.type === 'list' ? b.entries.map((e) => e.url) : [],
    );
    expect(urls).toContain(
      'https://www.internazionale.it/magazine/2023/11/16/la-battaglia-di-kidal',
    );
  });

  it('finds a card by entity name or alias, accents and case ignored', async () => {
    expect(textOf(await fx.say('/mali fact Goïta'))).toMatch(/^# Assimi Goïta/);
    expect(textOf(await fx.say('/mali fact goita'))).toMatch(/^# Assimi Goïta/);
    expect(textOf(await fx.say('/mali fact GSIM'))).toMatch(/^# JNIM/);
  });

  it('answers part of a name with the card it names', async () => {
    const answer = await fx.say('/mali fact iyad');
    expect(isErrorReply(answer)).toBe(true);
    expect(answer.fallback).toBe('unknown fact card "iyad" — did you mean iyad-ag-ghaly?');
    expect((await fx.say('/mali fact Iyad', 'fr')).fallback).toBe(
      'fiche inconnue « Iyad » — vouliez-vous dire iyad-ag-ghaly ?',
    );
  });

  it('answers an unknown card with the nearest id', async () => {
    const answer = await fx.say('/mali fact kidall');
    expect(isErrorReply(answer)).toBe(true);
    expect(answer.fallback).toBe('unknown fact card "kidall" — did you mean kidal?');
    expect((await fx.say('/mali fact kidall', 'fr')).fallback).toBe(
      'fiche inconnue « kidall » — vouliez-vous dire kidal ?',
    );
  });

  it('lists the country’s cards with their gist and the command that opens each', async () => {
    const answer = await fx.say('/mali fact');
    const text = textOf(answer);
    expect(text).toMatch(/^# Fact cards: Mali \| \d+ cards/);
    expect(text).toContain(
      '- Assimi Goïta (/mali fact assimi-goita) (Malian army officer who led the coups',
    );
    expect(text).not.toContain('/burkina fact');
    expect(text).toContain('[Next page → /mali fact page:2]');
    const later = await Promise.all([2, 3, 4].map((page) => fx.say(`/mali fact page:${page}`)));
    expect(later.map(textOf).join('\n')).toContain(
      '- Kidal (/mali fact kidal) (Town and region in northern Mali and a Tuareg stronghold.)',
    );
    expect(textOf(await fx.say('/burkina fact'))).toContain('(/burkina fact ibrahim-traore)');
  });

  it('opens every background fact of a story card through its FactRef command', async () => {
    const story = fx.stories.get('st-kidal-1')?.story;
    if (story === undefined) throw new Error('the story was stored');
    const card = buildStoryCard(story, 'en', config);
    expect(card.facts.length).toBeGreaterThan(0);
    for (const fact of card.facts) {
      const answer = await fx.say(fact.command);
      expect(isErrorReply(answer), fact.command).toBe(false);
      expect(answer.blocks[0]).toMatchObject({ type: 'heading', text: fact.title });
    }
  });

  it('answers in French', async () => {
    const text = textOf(await fx.say('/mali fact kidal', 'fr'));
    expect(text).toContain('(normal) Dates clés\n- 14 novembre 2023 — ');
    expect(text).toContain('Derniers récits');
  });
});
