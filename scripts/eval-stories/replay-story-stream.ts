import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { writeDemoConfig } from '../../demo/write-demo-config.js';
import { createApp, type App } from '../../src/app.js';
import { loadEnv } from '../../src/config/load-env.js';
import { silentLogger, type Clock, type Logger } from '../../src/core/ports.js';
import type { Delivery } from '../../src/pipeline/create-delivery.js';
import { wireDelivery } from '../../src/pipeline/wire-delivery.js';
import { createConsolePlatform } from '../../src/platforms/console/console-platform.js';
import { startFeedServer, type FeedServer } from '../../tests/fakes/feed-server.js';
import { explainClustering, type ClusteringExplanation } from './explain-clustering.js';
import type { StoryStream, StreamItem } from './load-story-streams.js';
import { itemIdOfGuid, renderStreamFeed } from './render-stream-feed.js';
import type { ReplayOutcome } from './score-story-stream.js';

const HOUR = 3_600_000;

export interface ReplayOptions {
  /** The configuration whose watchlist, facts, timeline and settings the replay uses. */
  readonly configDir: string;
  /** Longest time between two polls. */
  readonly stepHours: number;
  /** Fewest polls after the first one over the stream's span. */
  readonly minSteps: number;
  /** Re-cluster the filed items afterwards to recover why each joined or not. */
  readonly explain?: boolean;
}

export interface ReplayRun extends ReplayOutcome {
  /** Poll times, the first one seeding every feed while it is still empty. */
  readonly steps: readonly number[];
  /** Polls of a feed that failed, as `feed: reason`. */
  readonly failures: readonly string[];
  /** With `explain`: the clustering reason of each filed item. */
  readonly explanation?: ClusteringExplanation;
  /** With `explain`: why each new story continued an arc or started one, by story id. */
  readonly arcReasons?: ReadonlyMap<string, string>;
}

/** A silent logger that keeps the arc reason the pipeline logs for each story it starts. */
function arcReasonLogger(reasons: Map<string, string>): Logger {
  const logger: Logger = {
    ...silentLogger,
    debug: (msg, meta) => {
      if (msg !== 'story started' || typeof meta?.story !== 'string') return;
      if (typeof meta.arcReason === 'string') reasons.set(meta.story, meta.arcReason);
    },
    child: () => logger,
  };
  return logger;
}

/** Poll times: one just before the first item (feeds empty), then even steps past the last. */
export function replaySteps(
  items: readonly StreamItem[],
  options: Pick<ReplayOptions, 'stepHours' | 'minSteps'>,
): number[] {
  const times = items.map((i) => Date.parse(i.at));
  const first = Math.min(...times) - 60_000;
  const last = Math.max(...times);
  const step = Math.min(options.stepHours * HOUR, Math.ceil((last - first) / options.minSteps));
  const steps = [first];
  for (let t = first + step; steps.length === 1 || (steps.at(-1) as number) < last; t += step)
    steps.push(t);
  return steps;
}

function byOutlet(items: readonly StreamItem[]): Map<string, StreamItem[]> {
  const outlets = new Map<string, StreamItem[]>();
  for (const item of items) outlets.set(item.outlet, [...(outlets.get(item.outlet) ?? []), item]);
  return outlets;
}

/** Serves every outlet's feed as it stood at `now`, with an ETag so unchanged feeds answer 304. */
function publish(server: FeedServer, outlets: Map<string, StreamItem[]>, now: number): void {
  for (const [outlet, items] of outlets) {
    const body = renderStreamFeed(outlet, items, now);
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
    server.route(`/feeds/${outlet}.xml`, {
      body,
      etag,
      headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
    });
  }
}

interface StoredRows {
  readonly storyItems: readonly { story_id: string; item_id: string }[];
  readonly guids: readonly { id: string; guid: string | null }[];
  readonly alerts: readonly { story_id: string | null; payload: string }[];
  readonly urls: readonly { guid: string | null; url: string | null }[];
  readonly arcs: readonly { id: string; arc_id: string | null }[];
  readonly arcTitles: readonly { id: string; title: string }[];
}

/** Translates the store's stories and alert rows into the stream's item ids. */
function toOutcome(rows: StoredRows): ReplayOutcome {
  const streamId = new Map(rows.guids.map((r) => [r.id, itemIdOfGuid(r.guid)]));
  const byUrl = new Map(
    rows.urls.flatMap((r) => {
      const id = itemIdOfGuid(r.guid);
      return r.url === null || id === null ? [] : [[r.url, id] as const];
    }),
  );
  const stories = new Map<string, string[]>();
  for (const row of rows.storyItems) {
    const id = streamId.get(row.item_id);
    if (id === undefined || id === null) continue;
    stories.set(row.story_id, [...(stories.get(row.story_id) ?? []), id]);
  }
  return {
    stories: [...stories].map(([id, items]) => ({ id, items })),
    // A story not linked into an arc is its own developing situation.
    arcOfStory: new Map(
      rows.arcs.flatMap((r) => (r.arc_id === null ? [] : [[r.id, r.arc_id] as const])),
    ),
    alerts: rows.alerts.flatMap((r) => {
      if (r.story_id === null) return [];
      const lead = byUrl.get(leadUrl(r.payload) ?? '');
      return [{ storyId: r.story_id, ...(lead === undefined ? {} : { leadItem: lead }) }];
    }),
    arcTitles: new Map(rows.arcTitles.map((r) => [r.id, r.title])),
  };
}

/** The link of the story card an alert's message leads with (the story's lead report). */
function leadUrl(payload: string): string | undefined {
  const message = JSON.parse(payload) as {
    blocks?: readonly { type: string; card?: { url?: string | null } }[];
  };
  return message.blocks?.find((block) => block.type === 'story')?.card?.url ?? undefined;
}

/** Writes the replay's configuration: the knowledge base of `configDir`, one feed per outlet. */
function writeReplayConfig(
  stream: StoryStream,
  options: ReplayOptions,
  targetDir: string,
  server: FeedServer,
  outlets: Map<string, StreamItem[]>,
): void {
  mkdirSync(targetDir);
  writeDemoConfig({
    sourceDir: options.configDir,
    targetDir,
    feeds: [...outlets].map(([outlet, items]) => ({
      id: outlet,
      url: server.url(`/feeds/${outlet}.xml`),
      name: outlet,
      language: items[0]?.lang ?? 'en',
    })),
    alertQuery: stream.alertQuery,
    backfill: 0,
  });
}

/** The app on a fresh database with console delivery whose output is discarded. */
function createReplayApp(
  workDir: string,
  clock: Clock,
  logger: Logger,
): { app: App; delivery: Delivery } {
  const env = loadEnv({ DATABASE_PATH: join(workDir, 'eval.db'), LOG_LEVEL: 'silent' });
  if (!env.ok) throw new Error(`environment rejected: ${env.error.join('; ')}`);
  const created = createApp({
    configDir: join(workDir, 'config'),
    env: env.value,
    clock,
    logger,
    parseWorkers: 1,
  });
  if (!created.ok) throw new Error(`replay configuration rejected:\n${created.error.join('\n')}`);
  const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
  return {
    app: created.value,
    delivery: wireDelivery(created.value, [createConsolePlatform({ out: sink })]),
  };
}

/** The stories and alert rows the replay left, in stream item ids. */
function readOutcome(app: App): ReplayOutcome {
  const db = app.store.db;
  return toOutcome({
    storyItems: db
      .prepare('SELECT story_id, item_id FROM story_items ORDER BY story_id, position')
      .all() as StoredRows['storyItems'],
    guids: db.prepare('SELECT id, guid FROM items').all() as StoredRows['guids'],
    alerts: db
      .prepare("SELECT story_id, payload FROM outbox WHERE kind = 'alert' ORDER BY id")
      .all() as StoredRows['alerts'],
    urls: db.prepare('SELECT guid, url FROM items').all() as StoredRows['urls'],
    arcs: db.prepare('SELECT id, arc_id FROM stories').all() as StoredRows['arcs'],
    arcTitles: db.prepare('SELECT id, title FROM arcs').all() as StoredRows['arcTitles'],
  });
}

/** Re-files the items the replay filed, in the order delivery filed them, for their reasons. */
function explain(
  app: App,
  outcome: ReplayOutcome,
  committed: readonly string[],
): ClusteringExplanation {
  const rows = app.store.db
    .prepare('SELECT i.id, i.guid FROM items i JOIN story_items s ON s.item_id = i.id')
    .all() as StoredRows['guids'];
  const order = new Map(committed.map((id, index) => [id, index]));
  const filed = rows
    .flatMap((row) => {
      const stored = app.store.items.get(row.id);
      const streamId = itemIdOfGuid(row.guid);
      return stored === null || streamId === null ? [] : [{ ...stored, streamId }];
    })
    .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return explainClustering(
    app.config,
    filed,
    outcome.stories.map((s) => s.items),
  );
}

/** Polls every step with the clock set to it; returns the feed polls that failed. */
async function pollSteps(
  app: App,
  delivery: Delivery,
  steps: readonly number[],
  at: (step: number) => void,
): Promise<string[]> {
  const failures: string[] = [];
  for (const step of steps) {
    at(step);
    const report = await app.pollOnce({ all: true });
    for (const feed of report?.feeds ?? [])
      if (feed.failure !== undefined)
        failures.push(`${feed.feedId}: ${JSON.stringify(feed.failure)}`);
    await delivery.settled();
    await delivery.deliver();
  }
  return failures;
}

/**
 * Replays a stream through the real pipeline: one feed per outlet on 127.0.0.1, a fresh
 * database and a configuration with those feeds and a console alert subscription on the
 * stream's query, and the app's own poll cycle and delivery with the clock at each step. The
 * first poll sees empty feeds (a feed's first poll never alerts); each later poll sees what was
 * published by then.
 */
export async function replayStoryStream(
  stream: StoryStream,
  options: ReplayOptions,
): Promise<ReplayRun> {
  const workDir = mkdtempSync(join(tmpdir(), `eval-stories-${stream.id}-`));
  const server = await startFeedServer();
  const outlets = byOutlet(stream.items);
  let now = 0;
  try {
    writeReplayConfig(stream, options, join(workDir, 'config'), server, outlets);
    const arcReasons = new Map<string, string>();
    const logger = options.explain === true ? arcReasonLogger(arcReasons) : silentLogger;
    const { app, delivery } = createReplayApp(workDir, { now: () => now }, logger);
    // Delivery files each feed's committed items in commit order; `explain` keeps that order.
    const committed: string[] = [];
    app.onCommit((_feed, result) =>
      committed.push(...[...result.backfilled, ...result.newItems].map((i) => i.id)),
    );
    try {
      const steps = replaySteps(stream.items, options);
      const failures = await pollSteps(app, delivery, steps, (step) => {
        now = step;
        publish(server, outlets, step);
      });
      const outcome = readOutcome(app);
      if (options.explain !== true) return { ...outcome, steps, failures };
      const explanation = explain(app, outcome, committed);
      return { ...outcome, steps, failures, explanation, arcReasons };
    } finally {
      await delivery.stop();
      await app.close();
    }
  } finally {
    await server.close();
    rmSync(workDir, { recursive: true, force: true });
  }
}
