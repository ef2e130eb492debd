import { afterAll, describe, expect, it } from 'vitest';
import type { Story } from '../../../src/core/story.js';
import { DAY, KIDAL_COURRIER, KIDAL_WIRE, NOW, createReadFixture, textOf } from './read-fixture.js';

describe('/sahel story of a development in an arc', () => {
  const fx = createReadFixture();
  afterAll(() => fx.close());
  const first = fx.story([
    {
      id: 'fuel-1',
      feed: 'wire',
      title: 'Mali closes schools as fuel blockade chokes Bamako',
      at: NOW - 2 * DAY,
    },
  ]);
  const second = fx.story([
    {
      id: 'fuel-2',
      feed: 'desk',
      title: 'US urges citizens to leave Mali as fuel blockade tightens',
      at: NOW - DAY,
    },
  ]);
  fx.story([{ id: 'alone-1', feed: 'wire', title: 'Gao: militants attack a checkpoint', at: NOW }]);
  /** Stores an arc of `developments`, in the order they began. */
  const arcOf = (id: string, title: string, ...developments: Story[]): void =>
    fx.store.arcs.insertArc(
      {
        id,
        title,
        firstSeenAt: Math.min(...developments.map((d) => d.firstSeenAt)),
        lastSeenAt: Math.max(...developments.map((d) => d.lastSeenAt)),
        storyIds: developments.map((d) => d.id),
      },
      {},
    );
  arcOf('arc-fuel', 'Mali fuel blockade', first, second);

  it('lists the arc’s developments in order under its title, this story marked', async () => {
    const answer = await fx.say('/sahel story st-fuel-2');
    const text = textOf(answer);
    expect(text.split('\n').slice(-3).join('\n')).toMatchInlineSnapshot(`
      "(normal) Developing — Mali fuel blockade: 2 developments
      - 4 Dec 2026, 12:00 UTC — Mali closes schools as fuel blockade chokes Bamako (st-fuel-1)
      - 5 Dec 2026, 12:00 UTC — US urges citizens to leave Mali as fuel blockade tightens (this story)"
    `);
    const arcList = answer.blocks.filter((b) => b.type === 'list').at(-1);
    expect(arcList?.type === 'list' && arcList.entries.map((e) => e.url)).toEqual([
      'https://wire.example/fuel-1',
      'https://desk.example/fuel-2',
    ]);
    expect(answer.fallback).toContain('Developing — Mali fuel blockade: 2 developments');
  });

  it('answers in French', async () => {
    expect(textOf(await fx.say('/sahel story st-fuel-1', 'fr'))).toContain(
      'En développement — Mali fuel blockade : 2 développements',
    );
  });

  it('shows no arc for a story that stands alone', async () => {
    expect(textOf(await fx.say('/sahel story st-alone-1'))).not.toContain('Developing');
  });

  it('says in /mali news which situation a story develops, and where it stands', async () => {
    const news = await fx.say('/mali news limit:10');
    const text = textOf(news);
    expect(text).toContain(
      'Developing — Mali fuel blockade, development 2 of 2 · Open: /sahel story st-fuel-2',
    );
    expect(text).toContain(
      'Developing — Mali fuel blockade, development 1 of 2 · Open: /sahel story st-fuel-1',
    );
    const alone = text.split('\n').find((line) => line.includes('st-alone-1'));
    expect(alone).toMatch(/\] Open: \/sahel story st-alone-1$/u);
    expect(news.fallback).toContain('development 2 of 2');
    expect(textOf(await fx.say('/mali actus nombre:10', 'fr'))).toContain(
      'En développement — Mali fuel blockade, développement 1 sur 2 · Ouvrir : /sahel recit st-fuel-1',
    );
  });

  it('headlines each development as its card does, in the reader’s language', async () => {
    // Led by the French report, filed first; the wire's report, of a higher tier, came after.
    const attack = fx.story([KIDAL_COURRIER, KIDAL_WIRE]);
    const claim = fx.story([
      {
        id: 'kidal-claim',
        feed: 'courrier',
        title: 'Le FLA revendique l’attaque de Kidal',
        at: NOW,
        lang: 'fr',
      },
    ]);
    arcOf('arc-kidal', 'Kidal attack', attack, claim);
    for (const locale of ['en', 'fr'] as const) {
      const answer = await fx.say('/sahel story st-kidal-claim', locale);
      const arcList = answer.blocks.filter((b) => b.type === 'list').at(-1);
      const card = (await fx.say('/sahel story st-kidal-2', locale)).blocks.find(
        (b) => b.type === 'story',
      );
      expect(arcList?.type === 'list' && arcList.entries[0]?.text).toBe(
        `${card?.type === 'story' ? card.card.title : ''} (st-kidal-2)`,
      );
    }
    // The card of a development led by a French report, as an English reader sees it.
    expect(textOf(await fx.say('/sahel story st-kidal-2'))).toContain(
      '— Gunmen attack army convoy near Kidal (this story)',
    );
  });
});
