import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/ports.js';
import type { StoredItem } from '../../../src/core/store-ports.js';
import type { Arc, Story } from '../../../src/core/story.js';
import { createOutboxWorker } from '../../../src/deliver/outbox-worker.js';
import type { ClusteredItem } from '../../../src/pipeline/cluster-items.js';
import { createMessageBuilders } from '../../../src/pipeline/message-builders.js';
import { processNewItems } from '../../../src/pipeline/process-new-items.js';
import { queueAlerts } from '../../../src/pipeline/queue-alerts.js';
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
import { createFakePlatform } from '../../fakes/fake-platform.js';
import { config, item, T0 } from './pipeline-harness.js';

const HOUR = 3_600_000;

/** The story clustering makes of one item, in the arc `arcId`. */
function storyOf(stored: StoredItem, arcId: string | null): Story {
  return {
    id: `st-${stored.id}`,
    firstSeenAt: stored.firstSeenAt,
    lastSeenAt: stored.firstSeenAt,
    leadItemId: stored.id,
    title: stored.title,
    url: stored.url,
    summary: stored.summary,
    lang: 'en',
    tags: [],
    entities: [],
    countries: ['ml'],
    arcId,
    sources: [
      {
        itemId: stored.id,
        feedId: stored.feedId,
        outlet: stored.feedId.toUpperCase(),
        url: stored.url,
        title: stored.title,
        lang: 'en',
        tier: 1,
        publishedAt: stored.publishedAt,
      },
    ],
  };
}

/**
 * Real SQLite stories, arcs, subscriptions and outbox, the real message builders bound to the
 * arcs, and `queueAlerts` fed what clustering hands it: the story of each item, linked into an
 * arc as arc linking stores it.
 */
function setUp() {
  const db = openDatabase({ path: ':memory:' });
  const clock = { now: () => T0 + 12 * HOUR };
  const stories = createSqliteStoryStore<StorySignature>(db);
  const arcs = createSqliteArcStore(db);
  const subscriptions = createSqliteSubscriptionStore({ db, clock });
  const outbox = createSqliteOutboxStore(db);
  const deps = {
    outbox,
    subscriptions,
    messages: createMessageBuilders(config, { arcs, stories }),
    defaultLocale: 'en' as const,
    logger: silentLogger,
    platforms: new Set(['discord' as const]),
  };
  subscriptions.add(
    { platform: 'discord', channel: 'north', kind: 'alert', query: 'Kidal OR Ménaka' },
    'config',
  );
  const queue = (story: Story, stored: StoredItem, created: boolean): void => {
    const entry: ClusteredItem = { item: stored, story, created, recycled: false, reason: '' };
    queueAlerts(deps, [entry], clock.now());
  };
  const process = (items: readonly StoredItem[]) =>
    processNewItems(
      {
        ...deps,
        config,
        stories,
        arcs,
        transaction: createSqliteTransaction(db),
        summarizer: createExtractiveSummarizer(),
        feedInfo: (feedId) => ({ name: feedId.toUpperCase(), tier: 1 }),
        clock,
      },
      items,
    );
  // Stories filed by hand, as clustering would, with no clustering signature.
  const filed = createSqliteStoryStore(db);
  return { db, clock, stories, filed, arcs, outbox, queue, process };
}

/** Files the stories of `first` and `second` by hand in arc-kidal, as arc linking stores them. */
function fileInKidalArc(
  h: ReturnType<typeof setUp>,
  first: StoredItem,
  second: StoredItem,
): [Story, Story] {
  const stories: [Story, Story] = [storyOf(first, 'arc-kidal'), storyOf(second, 'arc-kidal')];
  for (const story of stories) h.filed.insert(story, null);
  h.arcs.insertArc(
    {
      id: 'arc-kidal',
      title: 'Kidal convoy attack',
      firstSeenAt: first.firstSeenAt,
      lastSeenAt: second.firstSeenAt,
      storyIds: stories.map((s) => s.id),
    },
    null,
  );
  return stories;
}

const ATTACK = item({
  id: 'i1',
  title: 'Gunmen attack army supply convoy near Kidal',
  at: T0,
});
const CLAIM = item({
  id: 'i2',
  title: 'FLA rebels say they hit the army convoy near Kidal',
  feedId: 'afp-en',
  at: T0 + 10 * HOUR,
});

describe('alerts of a developing situation', () => {
  it('marks the second development of an arc as position 2 with the first as previous, and threads it', async () => {
    const h = setUp();
    const attack = storyOf(ATTACK, 'arc-kidal');
    h.filed.insert(attack, null);
    const arc: Arc = {
      id: 'arc-kidal',
      title: 'Kidal convoy attack',
      firstSeenAt: T0,
      lastSeenAt: T0,
      storyIds: [attack.id],
    };
    h.arcs.insertArc(arc, null);
    h.queue(attack, ATTACK, true);

    const platform = createFakePlatform();
    const worker = createOutboxWorker({
      outbox: h.outbox,
      platforms: [platform],
      clock: h.clock,
      logger: silentLogger,
    });
    await worker.drain();

    const claim = storyOf(CLAIM, 'arc-kidal');
    h.filed.insert(claim, null);
    h.arcs.addToArc('arc-kidal', claim.id, {
      title: 'Kidal convoy attack',
      lastSeenAt: CLAIM.firstSeenAt,
      signature: null,
    });
    h.queue(claim, CLAIM, true);
    await worker.drain();

    const [first, second] = h.outbox.list().filter((r) => r.kind === 'alert');
    expect(first?.message.arc).toEqual({
      id: 'arc-kidal',
      title: 'Kidal convoy attack',
      position: 1,
      since: T0,
      previous: null,
    });
    expect(second?.arcId).toBe('arc-kidal');
    expect(second?.message.arc).toEqual({
      id: 'arc-kidal',
      title: 'Kidal convoy attack',
      position: 2,
      since: T0,
      previous: { storyId: attack.id, title: ATTACK.title, url: ATTACK.url },
    });
    expect(second?.message.fallback.split('\n')[0]).toBe(
      'Developing — Kidal convoy attack · 2nd development since 20 Nov · Matches: Kidal OR Ménaka',
    );
    expect(platform.calls.map((c) => c.thread ?? null)).toEqual([
      { arcId: 'arc-kidal', title: 'Kidal convoy attack', root: null, previous: null },
      { arcId: 'arc-kidal', title: 'Kidal convoy attack', root: 'm1', previous: 'm1' },
    ]);
  });

  it('keeps the arc mark when a later outlet updates the alert', () => {
    const h = setUp();
    const [, claim] = fileInKidalArc(h, ATTACK, CLAIM);
    h.queue(claim, CLAIM, true);
    const queued = h.outbox.list()[0]?.message.arc;
    const later = item({
      id: 'i3',
      title: 'Azawad rebels claim convoy attack near Kidal',
      feedId: 'bbc-en',
      at: T0 + 11 * HOUR,
    });
    const grown: Story = {
      ...claim,
      sources: [...claim.sources, ...storyOf(later, 'arc-kidal').sources],
    };
    h.queue(grown, later, false);
    const rows = h.outbox.list();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.message.arc).toEqual(queued);
    expect(queued?.position).toBe(2);
    expect(rows[0]?.message.blocks.find((b) => b.type === 'story')).toMatchObject({
      card: { note: 'Also reported by BBC-EN' },
    });
  });

  it('marks no arc on the alert of a story outside any arc', () => {
    const h = setUp();
    const attack = storyOf(ATTACK, null);
    h.filed.insert(attack, null);
    h.queue(attack, ATTACK, true);
    expect(h.outbox.list()[0]?.message).not.toHaveProperty('arc');
  });

  it('threads two developments through clustering and arc linking: the second alert is position 2 after the first', async () => {
    const h = setUp();
    const kidnapping = [
      item({
        id: 'k1',
        title: 'Armed men kidnap two NGO staff on the Anderamboukane road near Ménaka',
        summary:
          'Two Malian employees of a local health NGO were kidnapped by armed men near Ménaka.',
        feedId: 'sahel-wire',
        at: T0,
      }),
      item({
        id: 'k2',
        title: 'Ménaka : deux employés d’une ONG enlevés sur la route d’Anderamboukane',
        summary:
          'Deux employés maliens d’une ONG de santé ont été enlevés entre Anderamboukane et Ménaka.',
        feedId: 'courrier',
        at: T0 + HOUR / 2,
      }),
    ];
    const suspension = [
      item({
        id: 's1',
        title: 'NGOs suspend work in Ménaka after two staff kidnapped',
        summary:
          'Several NGOs in the Ménaka region suspended their field trips after two staff were kidnapped.',
        feedId: 'herald',
        at: T0 + 3 * HOUR,
      }),
    ];
    await h.process(kidnapping);
    await h.process(suspension);
    const alerts = h.outbox.list().filter((r) => r.kind === 'alert');
    expect(alerts).toHaveLength(2);
    const [first, second] = alerts;
    expect(first?.message.arc).toMatchObject({ position: 1, previous: null, since: T0 });
    expect(second?.message.arc).toMatchObject({
      id: first?.message.arc?.id,
      position: 2,
      since: T0,
      previous: { storyId: first?.storyId, title: kidnapping[0]?.title },
    });
    expect(second?.arcId).toBe(first?.message.arc?.id);
    expect(second?.message.fallback.split('\n')[0]).toMatch(
      /^Developing — .+ · 2nd development since 20 Nov · Matches: Kidal OR Ménaka$/,
    );
  });
});

describe('reports that name no happening in a situation just alerted', () => {
  const FEATURE = item({
    id: 'i4',
    title: 'Along the Kidal road, fear and silence',
    summary: 'Drivers and traders describe the road north of Gao.',
    feedId: 'bbc-en',
    at: T0 + 10 * HOUR,
  });

  /** The attack alerted in arc-kidal, then `next` as a new story of the same arc at `at`. */
  function afterAttack(next: StoredItem, at: number) {
    const h = setUp();
    const [attack, story] = fileInKidalArc(h, ATTACK, next);
    h.queue(attack, ATTACK, true);
    h.clock.now = () => at;
    h.queue(story, next, true);
    return h.outbox.list().filter((r) => r.kind === 'alert');
  }

  it('does not alert a report that names no happening within a day of the arc alert', () => {
    const alerts = afterAttack(FEATURE, T0 + 20 * HOUR);
    expect(alerts.map((r) => r.storyId)).toEqual(['st-i1']);
  });

  it('alerts a report that names a happening of its own in the same arc', () => {
    const alerts = afterAttack(CLAIM, T0 + 20 * HOUR);
    expect(alerts.map((r) => r.storyId)).toEqual(['st-i1', 'st-i2']);
  });

  it('alerts a report that names no happening once the arc has been quiet for a day', () => {
    const alerts = afterAttack(FEATURE, T0 + 37 * HOUR);
    expect(alerts.map((r) => r.storyId)).toEqual(['st-i1', 'st-i4']);
  });

  it('alerts a report that names no happening in a story outside any arc', () => {
    const h = setUp();
    const attack = storyOf(ATTACK, 'arc-kidal');
    const feature = storyOf(FEATURE, null);
    h.filed.insert(attack, null);
    h.filed.insert(feature, null);
    h.queue(attack, ATTACK, true);
    h.queue(feature, FEATURE, true);
    expect(h.outbox.list().filter((r) => r.kind === 'alert')).toHaveLength(2);
  });
});
