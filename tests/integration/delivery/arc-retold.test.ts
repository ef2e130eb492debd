import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/ports.js';
import { createMessageBuilders } from '../../../src/pipeline/message-builders.js';
import { processNewItems } from '../../../src/pipeline/process-new-items.js';
import { openDatabase } from '../../../src/store/open-database.js';
import { createSqliteArcStore } from '../../../src/store/sqlite-arc-store.js';
import { createSqliteOutboxStore } from '../../../src/store/sqlite-outbox-store.js';
import {
  createSqliteStoryStore,
  createSqliteTransaction,
} from '../../../src/store/sqlite-story-store.js';
import { createSqliteSubscriptionStore } from '../../../src/store/sqlite-subscription-store.js';
import type { StorySignature } from '../../../src/stories/cluster-stories.js';
import { createExtractiveSummarizer } from '../../../src/stories/summarize-extractive.js';
import { config, item, T0 } from './pipeline-harness.js';

const HOUR = 3_600_000;

/** The real pipeline on SQLite, alerting `country:mali` to one Discord channel. */
function setUp() {
  const db = openDatabase({ path: ':memory:' });
  let now = T0;
  const clock = { now: () => now };
  const stories = createSqliteStoryStore<StorySignature>(db);
  const arcs = createSqliteArcStore(db);
  const subscriptions = createSqliteSubscriptionStore({ db, clock });
  const outbox = createSqliteOutboxStore(db);
  subscriptions.add(
    { platform: 'discord', channel: 'north', kind: 'alert', query: 'country:mali' },
    'config',
  );
  const deps = {
    outbox,
    subscriptions,
    messages: createMessageBuilders(config, { arcs, stories }),
    logger: silentLogger,
    platforms: new Set(['discord' as const]),
    config,
    stories,
    arcs,
    transaction: createSqliteTransaction(db),
    summarizer: createExtractiveSummarizer(),
    feedInfo: (feedId: string) => ({ name: feedId.toUpperCase(), tier: 1 as const }),
    clock,
  };
  return {
    /** Files `items` at `at`, as a poll at that time would. */
    poll: async (at: number, items: Parameters<typeof item>[0][]) => {
      now = at;
      await processNewItems(
        deps,
        items.map((i) => item({ ...i, at: i.at ?? at })),
      );
    },
    alerts: () => outbox.list().filter((r) => r.kind === 'alert'),
    outbox,
    /** Marks every pending row sent, as delivery would after posting it. */
    send: () => {
      for (let row = outbox.claimNext(now, 'test', 60_000, ['discord']); row !== null;) {
        outbox.markSent(row.id, 'test', `remote-${row.id}`, now);
        row = outbox.claimNext(now, 'test', 60_000, ['discord']);
      }
    },
    storyOf: (itemId: string) =>
      stories.recent(0).find((s) => s.story.sources.some((src) => src.itemId === itemId))?.story.id,
    storyCount: () => new Set(stories.recent(0).map((s) => s.story.id)).size,
  };
}

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
