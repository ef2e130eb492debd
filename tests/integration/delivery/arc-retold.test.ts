import { describe, expect, it } from 'vitest';
import { createArcPipeline as setUp, T0 } from './pipeline-harness.js';

const HOUR = 3_600_000;

/** Every text of a queued message, flattened. */
const text = (row: { message: unknown } | undefined): string => JSON.stringify(row?.message);

/** The first report of the attack, alerted. */
const attack = (id: string) => ({
  id,
  feedId: 'wire',
  title: 'Gunmen kill twelve soldiers in attack on army post near Kidal',
  summary: 'Armed men attacked an army post near Kidal at dawn, killing twelve soldiers.',
});

describe('a story that retells a development just alerted in its situation', () => {
  it('goes under the alert posted, not into an alert of its own', async () => {
    const h = setUp();
    // Published ten hours before the poll that files and alerts it; the next report, 25 hours
    // after it, is past the day in which an attack's reports join one story.
    await h.poll(T0, [{ ...attack('a1'), at: T0 - 10 * HOUR }]);
    await h.poll(T0 + 15 * HOUR, [
      {
        id: 'a2',
        feedId: 'daily',
        title: 'JNIM fighters attacked the army post near Kidal',
        summary: 'The group’s fighters stormed the post on Monday, local sources said.',
      },
    ]);
    expect(h.storyCount()).toBe(2);
    expect(h.alerts().map((r) => r.storyId)).toEqual(['st-a1']);
  });

  it('adds its outlets to the alert posted, now and with each later report', async () => {
    const h = setUp();
    await h.poll(T0, [{ ...attack('c1'), at: T0 - 10 * HOUR }]);
    h.send();
    const retelling = (id: string, feedId: string) => ({
      id,
      feedId,
      title: 'JNIM fighters attacked the army post near Kidal',
      summary: 'The group’s fighters stormed the post on Monday, local sources said.',
    });
    await h.poll(T0 + 15 * HOUR, [retelling('c2', 'daily')]);
    const edits = () => h.outbox.list().filter((r) => r.kind === 'update');
    expect(edits().map((r) => [r.editOf, r.storyId])).toEqual([[1, 'st-c1']]);
    expect(text(edits()[0])).toContain('DAILY');
    h.send();
    await h.poll(T0 + 20 * HOUR, [retelling('c3', 'weekly')]);
    expect(h.storyOf('c3')).toBe('st-c2');
    expect(h.alerts().map((r) => r.storyId)).toEqual(['st-c1']);
    expect(edits()).toHaveLength(2);
    expect(text(edits()[1])).toMatch(/DAILY.*WEEKLY|WEEKLY.*DAILY/s);
    h.send();
    // Past the day, a report of the held story alerts as any would; its reports then show on
    // its own alert, not on the one it was held under.
    await h.poll(T0 + 30 * HOUR, [retelling('c4', 'monthly')]);
    expect(h.storyOf('c4')).toBe('st-c2');
    expect(h.alerts().map((r) => r.storyId)).toEqual(['st-c1', 'st-c2']);
    expect(edits()).toHaveLength(2);
  });

  it('still alerts another act of the same situation', async () => {
    const h = setUp();
    await h.poll(T0, [attack('b1')]);
    await h.poll(T0 + 20 * HOUR, [
      {
        id: 'b2',
        feedId: 'daily',
        title: 'Army declares curfew in Kidal after attack on its post',
        summary: 'The army declared a curfew in Kidal after the attack on its post.',
      },
    ]);
    expect(h.alerts().map((r) => r.storyId)).toEqual(['st-b1', 'st-b2']);
  });
});
