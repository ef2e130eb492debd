import { loadConfig } from '../../../src/config/load-config.js';
import type { Config, Platform, SubscriptionSeed } from '../../../src/core/config-types.js';
import type { Message } from '../../../src/core/message.js';
import { silentLogger, type Logger } from '../../../src/core/ports.js';
import type { StoredItem } from '../../../src/core/store-ports.js';
import { compileWatchlist } from '../../../src/match/compile-watchlist.js';
import { matchItem } from '../../../src/match/match-item.js';
import { createCronCalendar } from '../../../src/scheduler.js';
import {
  createMessageBuilders,
  type DigestInput,
  type MessageBuilders,
} from '../../../src/pipeline/message-builders.js';
import { processNewItems, type ProcessDeps } from '../../../src/pipeline/process-new-items.js';
import { runDueDigests, type DigestDeps } from '../../../src/pipeline/run-due-digests.js';
import { openDatabase } from '../../../src/store/open-database.js';
import { createSqliteArcStore } from '../../../src/store/sqlite-arc-store.js';
import { createSqliteOutboxStore } from '../../../src/store/sqlite-outbox-store.js';
import {
  createSqliteStoryStore,
  createSqliteTransaction,
} from '../../../src/store/sqlite-story-store.js';
import { createSqliteSubscriptionStore } from '../../../src/store/sqlite-subscription-store.js';
import { createExtractiveSummarizer } from '../../../src/stories/summarize-extractive.js';
import type { StorySignature } from '../../../src/stories/cluster-stories.js';

const loaded = loadConfig('config');
if (!loaded.ok)
  throw new Error(`default config does not load: ${loaded.error.map((i) => i.message).join('; ')}`);
export const config: Config = loaded.value;
const compiled = compileWatchlist(config.watchlist);

export const T0 = Date.parse('2026-11-20T06:00:00Z');

/** Builders that say what was queued in their fallback: `alert <story>`, `update <story> <n>`. */
export function createRecordingBuilders(empty: 'skip' | 'notice' = 'skip') {
  const digests: DigestInput[] = [];
  const text = (fallback: string): Message => ({
    blocks: [{ type: 'text', text: fallback }],
    fallback,
  });
  const builders: MessageBuilders = {
    alert: ({ story }) => text(`alert ${story.id}`),
    update: ({ story }) => text(`update ${story.id} ${story.sources.length}`),
    digest: (input) => {
      digests.push(input);
      if (input.stories.length === 0 && empty === 'skip') return null;
      return text(`digest ${input.stories.map((s) => s.id).join(' ')}`);
    },
  };
  return { builders, digests };
}

export interface ItemSpec {
  readonly id: string;
  readonly title: string;
  readonly summary?: string;
  readonly feedId?: string;
  /** Published at; also first seen at unless `seenAt` says when the poll saw it. */
  readonly at?: number;
  readonly seenAt?: number;
  readonly backfill?: boolean;
}

/** A stored item as the poll cycle hands it over, matched by the real matcher. */
export function item(spec: ItemSpec): StoredItem {
  const summary = spec.summary ?? '';
  const result = matchItem(compiled, { title: spec.title, summary });
  const at = spec.at ?? T0;
  return {
    id: spec.id,
    feedId: spec.feedId ?? 'rfi-en',
    guid: spec.id,
    url: `https://news.example/${spec.id}`,
    title: spec.title,
    summary,
    content: '',
    author: null,
    lang: 'en',
    publishedAt: at,
    dateFromFeed: true,
    firstSeenAt: spec.seenAt ?? at,
    backfill: spec.backfill ?? false,
    matches: result.matches,
  };
}

export interface HarnessOptions {
  readonly path?: string;
  readonly platforms?: readonly Platform[];
  readonly builders?: MessageBuilders;
  readonly logger?: Logger;
  readonly digestSettings?: Partial<Config['settings']['digest']>;
}

/** Real SQLite stores and the pipeline functions over them, on a clock the test moves. */
export function createHarness(options: HarnessOptions = {}) {
  const db = openDatabase({ path: options.path ?? ':memory:' });
  let now = T0;
  const clock = { now: () => now };
  const stories = createSqliteStoryStore<StorySignature>(db);
  const subscriptions = createSqliteSubscriptionStore({ db, clock });
  const outbox = createSqliteOutboxStore(db);
  const recording = createRecordingBuilders();
  const messages = options.builders ?? recording.builders;
  const settings = {
    ...config.settings,
    digest: { ...config.settings.digest, ...options.digestSettings },
  };
  const common = {
    config: { ...config, settings },
    stories,
    subscriptions,
    outbox,
    transaction: createSqliteTransaction(db),
    messages,
    clock,
    logger: options.logger ?? silentLogger,
    platforms: new Set<Platform>(options.platforms ?? ['console', 'discord']),
  };
  const processDeps: ProcessDeps = {
    ...common,
    summarizer: createExtractiveSummarizer(),
    feedInfo: (feedId) => ({ name: feedId.toUpperCase(), tier: 1 }),
  };
  const digestDeps: DigestDeps = { ...common, calendar: createCronCalendar() };
  return {
    db,
    clock,
    stories,
    subscriptions,
    outbox,
    digests: recording.digests,
    set: (at: number) => void (now = at),
    advance: (ms: number) => void (now += ms),
    subscribe: (seed: SubscriptionSeed) => subscriptions.add(seed, 'config'),
    process: (items: readonly StoredItem[]) => processNewItems(processDeps, items),
    runDigests: () => runDueDigests(digestDeps),
    processDeps,
    digestDeps,
  };
}

/** The real pipeline on SQLite, alerting `country:mali` to one Discord channel. */
export function createArcPipeline() {
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
    /** The developments of the arc of `storyId`'s story, in the order the arc keeps them. */
    arcOf: (storyId: string) => {
      const arcId = stories.get(storyId)?.story.arcId;
      return typeof arcId === 'string' ? (arcs.getArc(arcId)?.storyIds ?? []) : [];
    },
  };
}
