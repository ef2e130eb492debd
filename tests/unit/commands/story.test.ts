import { describe, expect, it } from 'vitest';
import { isErrorReply } from '../../../commands/dispatch-reply.js';
import {
  HOUR,
  KIDAL_COURRIER,
  KIDAL_WIRE,
  NOW,
  createReadFixture,
  textOf,
  useReadFixture,
} from './read-fixture.js';

describe('/sahel story', () => {
  const fx = useReadFixture((fresh) => {
    fresh.story([
      KIDAL_WIRE,
      KIDAL_COURRIER,
      {
        id: 'kidal-3',
        feed: 'wire',
        title: 'Army says convoy attack near Kidal repelled',
        at: NOW - HOUR,
      },
    ]);
  });

  it('shows the story with every report, oldest first, and its background facts', async () => {
    const answer = await fx.say('/sahel story st-kidal-1');
    expect(textOf(answer)).toMatchInlineSnapshot(`
      "# Gunmen attack army convoy near Kidal | 3 reports by 2 outlets · 6 Dec 2026, 09:00 UTC – 6 Dec 2026, 11:00 UTC
      * Gunmen attack army convoy near Kidal [Sahel Wire, Le Courrier] Story id: st-kidal-1
      (normal) Every report
      - 6 Dec 2026, 09:00 UTC — Sahel Wire: Gunmen attack army convoy near Kidal
      - 6 Dec 2026, 10:00 UTC — Le Courrier: Attaque contre un convoi près de Kidal
      - 6 Dec 2026, 11:00 UTC — Sahel Wire: Army says convoy attack near Kidal repelled"
    `);
    const card = answer.blocks.find((b) => b.type === 'story');
    expect(card?.type === 'story' && card.card.facts.map((f) => f.command)).toContain(
      '/mali fact kidal',
    );
    const links = answer.blocks.flatMap((b) =>
      b.type === 'list' ? b.entries.map((e) => e.url) : [],
    );
    expect(links).toEqual([
      'https://wire.example/kidal-1',
      'https://courrier.example/kidal-2',
      'https://wire.example/kidal-3',
    ]);
  });

  it('says the story is corroborated by its independent outlets', async () => {
    const answer = await fx.say('/sahel story st-kidal-1');
    const card = answer.blocks.find((b) => b.type === 'story');
    expect(card?.type === 'story' && card.card.provenance).toBe('Corroborated · 2 outlets');
    expect(answer.fallback.split('\n')[1]).toBe('Corroborated · 2 outlets');
  });

  it('spans the times its reports were published, not when the bot read them', async () => {
    const read = fx.story([
      { id: 'gao-1', feed: 'wire', title: 'Gao: army post attacked overnight', at: NOW - 2 * HOUR },
    ]);
    // Read by a poll a day later: a feed that was down, or a backfill.
    fx.stories.update({ ...read, firstSeenAt: NOW + 22 * HOUR, lastSeenAt: NOW + 22 * HOUR }, null);
    expect(textOf(await fx.say('/sahel story st-gao-1'))).toContain(
      '1 report by 1 outlet · 6 Dec 2026, 10:00 UTC – 6 Dec 2026, 10:00 UTC',
    );
  });

  it('answers in French', async () => {
    const answer = await fx.say('/sahel story st-kidal-1', 'fr');
    expect(textOf(answer)).toContain('3 articles de 2 médias · 6 déc. 2026, 09:00 UTC');
    expect(answer.fallback).toContain('Confirmé par 2 médias');
  });

  it('refuses an unknown id in one line, and a missing one with the usage', async () => {
    const unknown = await fx.say('/sahel story st-nope');
    expect(isErrorReply(unknown)).toBe(true);
    expect(unknown.fallback).toBe(
      'no story "st-nope" — it may have been pruned; ids appear in /mali news and /sahel search',
    );
    const missing = await fx.say('/sahel story');
    expect(isErrorReply(missing)).toBe(true);
    expect(missing.fallback).toContain('/sahel story <id>');
  });
});

describe('story id completion', () => {
  it('offers the latest stories for a bare prefix and narrows by id', () => {
    const fx = createReadFixture();
    fx.story([
      {
        id: 'aaa-1',
        feed: 'wire',
        title: 'Gunmen attack army convoy near Kidal',
        at: NOW - 3 * HOUR,
      },
    ]);
    fx.story([
      { id: 'bbb-1', feed: 'desk', title: 'Gao: militants attack a checkpoint', at: NOW - HOUR },
    ]);
    expect(fx.read.completeStories('st-').map((c) => c.value)).toEqual(['st-bbb-1', 'st-aaa-1']);
    expect(fx.read.completeStories('st-a')).toEqual([
      { value: 'st-aaa-1', label: 'Gunmen attack army convoy near Kidal (st-aaa-1)' },
    ]);
    expect(fx.read.completeStories('st-z')).toEqual([]);
    fx.close();
  });
});
