import { describe, expect, it } from 'vitest';
import { silentLogger, type Logger } from '../../../src/core/ports.js';
import type { StoredItem } from '../../../src/core/store-ports.js';
import type { Story } from '../../../src/core/story.js';
import type { ClusteredItem } from '../../../src/pipeline/cluster-items.js';
import { queueAlerts } from '../../../src/pipeline/queue-alerts.js';
import { openDatabase } from '../../../src/store/open-database.js';
import { createSqliteOutboxStore } from '../../../src/store/sqlite-outbox-store.js';
import { createSqliteSubscriptionStore } from '../../../src/store/sqlite-subscription-store.js';
import { createRecordingBuilders, item, T0 } from './pipeline-harness.js';

const HOUR = 3_600_000;
const STORY = 'st-kidal';

const ANALYSIS = item({
  id: 'a1',
  title: 'Analysis: What the Kidal attack tells us about Mali’s army',
  at: T0,
});
const OPINION = item({
  id: 'o1',
  title: 'Opinion | Kidal shows the junta cannot win alone',
  at: T0,
});
const NEWS = item({ id: 'n1', title: 'Jihadists attack army camp in Kidal, Mali', at: T0 + HOUR });

/** The story `items` make together, led by the first. */
function storyOf(...items: StoredItem[]): Story {
  const lead = items[0] as StoredItem;
  return {
    id: STORY,
    firstSeenAt: lead.firstSeenAt,
    lastSeenAt: items[items.length - 1]?.firstSeenAt ?? lead.firstSeenAt,
    leadItemId: lead.id,
    title: lead.title,
    url: lead.url,
    summary: lead.summary,
    lang: 'en',
    tags: [],
    entities: [],
    countries: ['mali'],
    sources: items.map((stored, i) => ({
      itemId: stored.id,
      feedId: stored.feedId,
      outlet: `OUTLET${i}`,
      url: stored.url,
      title: stored.title,
      lang: 'en',
      tier: 1,
      publishedAt: stored.publishedAt,
    })),
  };
}

/** Real SQLite subscriptions and outbox; `queueAlerts` fed what clustering hands it. */
function setUp(queries: Record<string, string>, logger: Logger = silentLogger) {
  const db = openDatabase({ path: ':memory:' });
  const clock = { now: () => T0 + 2 * HOUR };
  const subscriptions = createSqliteSubscriptionStore({ db, clock });
  const outbox = createSqliteOutboxStore(db);
  const deps = {
    outbox,
    subscriptions,
    messages: createRecordingBuilders().builders,
    defaultLocale: 'en' as const,
    logger,
    platforms: new Set(['discord' as const]),
  };
  for (const [channel, query] of Object.entries(queries)) {
    subscriptions.add({ platform: 'discord', channel, kind: 'alert', query }, 'config');
  }
  const queue = (stored: StoredItem, story: Story, created: boolean) =>
    queueAlerts(
      deps,
      [{ item: stored, story, created, recycled: false, reason: '' } satisfies ClusteredItem],
      clock.now(),
    );
  const alerted = (channel: string): boolean =>
    outbox.findAlert('discord', channel, STORY) !== null;
  return { queue, alerted, outbox };
}

describe('queueAlerts and piece kinds', () => {
  it('starts no alert for an analysis piece, unless the query asks for analysis', () => {
    const { queue, alerted } = setUp({ north: 'Kidal', essays: 'Kidal kind:analysis' });
    expect(queue(ANALYSIS, storyOf(ANALYSIS), true)).toEqual({ alerts: 1, updates: 0 });
    expect(alerted('north')).toBe(false);
    expect(alerted('essays')).toBe(true);
  });

  it('alerts a later news report of the same story, and only updates the analysis alert', () => {
    const { queue, alerted, outbox } = setUp({ north: 'Kidal', essays: 'Kidal kind:analysis' });
    queue(ANALYSIS, storyOf(ANALYSIS), true);
    expect(queue(NEWS, storyOf(ANALYSIS, NEWS), false)).toEqual({ alerts: 1, updates: 1 });
    expect(alerted('north')).toBe(true);
    expect(
      outbox
        .alertsOfStory(STORY)
        .map((row) => row.channel)
        .sort(),
    ).toEqual(['essays', 'north']);
  });

  it('keeps an opinion piece from a kind:analysis query, and gives it to kind:any', () => {
    const { queue, alerted } = setUp({
      essays: 'Kidal kind:analysis',
      all: 'Kidal kind:any',
      north: 'Kidal',
    });
    expect(queue(OPINION, storyOf(OPINION), true)).toEqual({ alerts: 1, updates: 0 });
    expect(alerted('essays')).toBe(false);
    expect(alerted('north')).toBe(false);
    expect(alerted('all')).toBe(true);
  });

  it('alerts news as before, but not to a query that asks only for analysis', () => {
    const { queue, alerted } = setUp({
      north: 'Kidal',
      essays: 'Kidal kind:analysis',
      quiet: 'Kidal -kind:opinion',
    });
    expect(queue(NEWS, storyOf(NEWS), true)).toEqual({ alerts: 2, updates: 0 });
    expect(alerted('north')).toBe(true);
    expect(alerted('quiet')).toBe(true);
    expect(alerted('essays')).toBe(false);
  });

  it('logs which cue held an analysis piece back', () => {
    const lines: { msg: string; meta?: Record<string, unknown> }[] = [];
    const logger: Logger = {
      ...silentLogger,
      debug: (msg, meta) => void lines.push({ msg, ...(meta ? { meta } : {}) }),
    };
    const { queue } = setUp({ north: 'Kidal' }, logger);
    queue(ANALYSIS, storyOf(ANALYSIS), true);
    queue(NEWS, storyOf(ANALYSIS, NEWS), false);
    expect(lines).toEqual([
      {
        msg: 'alert held back unless a query asks for its kind: the piece is not news',
        meta: { item: 'a1', story: STORY, kind: 'analysis', cue: 'headline label "analysis:"' },
      },
    ]);
  });
});
