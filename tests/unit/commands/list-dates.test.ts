import { describe, expect, it } from 'vitest';
import { DAY, HOUR, NOW, textOf, useReadFixture } from './read-fixture.js';

describe('lists of stories are dated by publication, not by when the bot first read them', () => {
  const fx = useReadFixture((fresh) => {
    // Published three days before a new feed's first poll read it, an hour ago.
    fresh.story([
      {
        id: 'late',
        feed: 'wire',
        title: 'Gunmen attack army convoy near Kidal',
        at: NOW - 3 * DAY,
        seenAt: NOW - HOUR,
      },
    ]);
    // Published and read two days ago.
    fresh.story([
      {
        id: 'prompt',
        feed: 'desk',
        title: 'Kidal: schools reopen after two years',
        at: NOW - 2 * DAY,
      },
    ]);
  });

  it('dates /sahel search results by their latest report’s publication', async () => {
    const text = textOf(await fx.say('/sahel search Kidal'));
    expect(text).toContain('3 Dec 2026 — Gunmen attack army convoy near Kidal');
    expect(text).not.toContain('6 Dec 2026');
  });

  it('orders sort:newest by publication', async () => {
    const text = textOf(await fx.say('/sahel search Kidal sort:newest'));
    expect(text.indexOf('schools reopen')).toBeLessThan(text.indexOf('army convoy'));
  });

  it('holds in a since: window what was published in it, not what was first read in it', async () => {
    const news = textOf(await fx.say('/mali news since:24h'));
    expect(news).not.toContain('army convoy');
    expect(textOf(await fx.say('/mali news since:4d'))).toContain('army convoy');
    const search = textOf(await fx.say('/sahel search Kidal since:24h'));
    expect(search).not.toContain('army convoy');
    expect(textOf(await fx.say('/sahel search since:24h'))).not.toContain('army convoy');
    expect(textOf(await fx.say('/sahel search Kidal since:4d'))).toContain('army convoy');
  });

  it('dates the latest stories of a fact card by publication', async () => {
    const text = textOf(await fx.say('/mali fact kidal'));
    expect(text).toContain('3 Dec 2026 — Gunmen attack army convoy near Kidal');
    // Listed as dated: the report published last comes first, whenever it was read.
    expect(text.indexOf('4 Dec 2026')).toBeLessThan(text.indexOf('3 Dec 2026'));
  });
});
