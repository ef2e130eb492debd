import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createCommandSet } from '../commands/index.js';
import { createReadPorts } from '../src/command-ports-read.js';
import { loadConfig } from '../src/config/load-config.js';
import type { CommandPorts } from '../src/core/command-ports.js';
import type { Config } from '../src/core/config-types.js';
import type { IncomingItem, PollCommit } from '../src/core/store-ports.js';
import type { Story } from '../src/core/story.js';
import { compileWatchlist } from '../src/match/compile-watchlist.js';
import { matchItem } from '../src/match/match-item.js';
import { createSqliteStore, type SqliteStore } from '../src/store/create-sqlite-store.js';
import { createSqliteStoryStore } from '../src/store/sqlite-story-store.js';
import { generateCorpus } from './match.js';
import type { BenchRow, BenchSection } from './types.js';

/**
 * Answer time of `/mali news`, `/sahel search` and `/mali fact` over a store of 200,000 items:
 * the bench corpus (a quarter Sahel news, EN and FR, with hard distractors) spread over the 90
 * days of retention, matched by the real matcher, stored through the item store's own commit path
 * (FTS index included) in a temporary database file, with the Sahel items grouped into stories
 * of one to three reports. Each command line runs through the command set as a user types it
 * (parse, dispatch, handler, read ports, message), cycling over a few arguments; p50 and p99.
 */

const ITEMS = 200_000;
const DAYS = 90;
const FEEDS = 100;
const WARMUP = 20;
const RUNS = 300;
const TARGET_P99_MS = 50;
const NOW = Date.UTC(2026, 11, 6, 12);
const DAY = 86_400_000;

const LINES = {
  news: [
    '/mali news',
    '/burkina news since:3d',
    '/niger news tag:attack',
    '/mali news since:14d page:2',
  ],
  search: [
    '/sahel search convoy',
    '/sahel search "Kidal AND (attack OR ambush)"',
    '/sahel search wagner since:7d',
    '/sahel search "armée -Bamako"',
  ],
  fact: ['/mali fact kidal', '/mali fact jnim', '/mali fact mali', '/burkina fact ibrahim-traore'],
} as const;

function loadDefaultConfig(): Config {
  const loaded = loadConfig(new URL('../config/', import.meta.url).pathname);
  if (!loaded.ok) throw new Error(`config: ${loaded.error.map((i) => i.message).join('; ')}`);
  return loaded.value;
}

/** Fills the store: items through `commitPolls`, then stories of consecutive Sahel items. */
export function fill(store: SqliteStore, config: Config): { items: number; stories: number } {
  const compiled = compileWatchlist(config.watchlist);
  const kinds = new Map(config.watchlist.entities.map((e) => [e.id, e.kind]));
  store.feeds.sync(
    Array.from({ length: FEEDS }, (_, i) => ({
      id: `feed-${i}`,
      url: `http://127.0.0.1/feed-${i}.xml`,
      name: `Outlet ${i}`,
      language: i % 2 === 0 ? ('en' as const) : ('fr' as const),
      tier: ((i % 3) + 1) as 1 | 2 | 3,
      intervalMs: 600_000,
    })),
    () => 0,
  );
  const corpus = generateCorpus(ITEMS, 7);
  const start = NOW - DAYS * DAY;
  const step = (DAYS * DAY) / ITEMS;
  const stories = createSqliteStoryStore(store.db);
  let batch: PollCommit[] = [];
  // The story being grown: consecutive Sahel items join it until it has 1–3 reports.
  const open: { story: Story | null; target: number } = { story: null, target: 0 };
  let storyCount = 0;
  const commitBatch = (): void => {
    store.items.commitPolls(batch);
    batch = [];
  };
  const flushStory = (): void => {
    if (open.story !== null) stories.insert(open.story, null);
    open.story = null;
  };
  store.db.transaction(() => {
    corpus.forEach((entry, index) => {
      const at = Math.round(start + index * step);
      const feedId = `feed-${index % FEEDS}`;
      // One in 40 reports mentions a convoy, so a search for it meets thousands of candidates.
      const summary =
        index % 40 === 0 ? `${entry.summary} An army convoy was on the road.` : entry.summary;
      const lang = index % 2 === 0 ? ('en' as const) : ('fr' as const);
      const item = {
        id: `i${index}`,
        feedId,
        guid: `i${index}`,
        url: `https://outlet.example/${index}`,
        title: entry.title,
        summary,
        content: '',
        author: null,
        lang,
        publishedAt: at,
        dateFromFeed: true,
        firstSeenAt: at,
      };
      const matches = matchItem(compiled, item).matches;
      const incoming: IncomingItem = { item, matches };
      batch.push({ feedId, items: [incoming], seed: null, state: {}, now: at });
      if (batch.length === 1_000) commitBatch();
      const ids = [...new Set(matches.map((m) => m.entity))];
      const actors = ids.filter((id) => kinds.get(id) !== 'topic');
      if (actors.length === 0) return;
      const tier = ((index % FEEDS) % 3) + 1;
      const source = {
        itemId: item.id,
        feedId,
        outlet: `Outlet ${index % FEEDS}`,
        url: item.url,
        title: item.title,
        lang,
        tier: tier as 1 | 2 | 3,
        publishedAt: at,
      };
      const current = open.story;
      if (current !== null && current.sources.length < open.target) {
        open.story = {
          ...current,
          lastSeenAt: at,
          sources: [...current.sources, source],
          entities: [...new Set([...current.entities, ...actors])],
        };
        return;
      }
      flushStory();
      storyCount += 1;
      open.target = 1 + (index % 3);
      open.story = {
        id: `st-${item.id}`,
        firstSeenAt: at,
        lastSeenAt: at,
        leadItemId: item.id,
        title: item.title,
        url: item.url,
        summary: summary.slice(0, 280),
        lang,
        tags: ids.filter((id) => kinds.get(id) === 'topic'),
        entities: actors,
        countries: ids.filter((id) => kinds.get(id) === 'state'),
        sources: [source],
      };
    });
    commitBatch();
    flushStory();
  })();
  return { items: store.items.count(), stories: storyCount };
}

function percentile(sorted: readonly number[], p: number): number {
  return (
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
  );
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

export async function run(): Promise<BenchSection> {
  const config = loadDefaultConfig();
  const dir = mkdtempSync(join(tmpdir(), 'sahel-bench-commands-'));
  const store = createSqliteStore({ path: join(dir, 'bench.db') });
  try {
    const fillStart = performance.now();
    const filled = fill(store, config);
    const fillSeconds = (performance.now() - fillStart) / 1000;
    // Filling leaves a large heap of garbage that a bot answering commands would not have.
    (globalThis as { gc?: () => void }).gc?.();
    const read = createReadPorts({ config, clock: { now: () => NOW }, store });
    const commands = createCommandSet(config);
    const ports = { read, admin: {} } as unknown as CommandPorts;
    const context = {
      config,
      clock: { now: () => NOW },
      locale: 'en' as const,
      platform: 'console' as const,
      channel: 'bench',
      requester: { userId: 'bench', admin: false },
      ports,
    };
    const rows: BenchRow[] = [];
    const details: Record<string, unknown> = {
      items: filled.items,
      stories: filled.stories,
      fillSeconds: round2(fillSeconds),
      runs: RUNS,
      lines: LINES,
    };
    for (const [name, lines] of Object.entries(LINES)) {
      const times: number[] = [];
      const cpuTimes: number[] = [];
      for (let i = 0; i < WARMUP + RUNS; i += 1) {
        const line = lines[i % lines.length] ?? '';
        const cpu = process.cpuUsage();
        const started = performance.now();
        const parsed = commands.parse(line);
        if (!parsed.ok) throw new Error(`${line}: ${parsed.error}`);
        const answer = await commands.run(parsed.value, context);
        const elapsed = performance.now() - started;
        const used = process.cpuUsage(cpu);
        if (answer.blocks.some((b) => b.type === 'text' && b.tone === 'error'))
          throw new Error(`${line}: ${answer.fallback}`);
        if (i < WARMUP) continue;
        times.push(elapsed);
        cpuTimes.push((used.user + used.system) / 1000);
      }
      times.sort((a, b) => a - b);
      cpuTimes.sort((a, b) => a - b);
      const p99 = percentile(times, 99);
      rows.push({
        measure: `${name} p50 (200k items)`,
        value: round2(percentile(times, 50)),
        unit: 'ms',
      });
      rows.push({
        measure: `${name} p99 (200k items)`,
        value: round2(p99),
        unit: 'ms',
        target: `≤ ${TARGET_P99_MS} ms`,
        pass: p99 <= TARGET_P99_MS,
      });
      rows.push({
        measure: `${name} p99 CPU time`,
        value: round2(percentile(cpuTimes, 99)),
        unit: 'ms',
      });
      details[`${name}CpuP50Ms`] = round2(percentile(cpuTimes, 50));
    }
    // The machine is shared: wall times include waiting for a core, CPU times do not.
    details['loadAverage'] = loadavg().map(round2);
    return { name: 'commands', rows, details };
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const section = await run();
  for (const row of section.rows)
    process.stdout.write(`${row.measure}: ${row.value} ${row.unit}\n`);
  process.stdout.write(`${JSON.stringify(section.details)}\n`);
}
