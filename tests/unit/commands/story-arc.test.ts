import { afterAll, describe, expect, it } from 'vitest';
import { DAY, NOW, createReadFixture, textOf } from './read-fixture.js';

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
  fx.store.arcs.insertArc(
    {
      id: 'arc-fuel',
      title: 'Mali fuel blockade',
      firstSeenAt: first.firstSeenAt,
      lastSeenAt: second.lastSeenAt,
      storyIds: [first.id, second.id],
    },
    {},
  );

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
});
