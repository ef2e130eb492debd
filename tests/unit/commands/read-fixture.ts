import { createCommandSet } from '../../../commands/index.js';
import { createReadPorts } from '../../../src/command-ports-read.js';
import { loadConfig } from '../../../src/config/load-config.js';
import type { Config, Language } from '../../../src/core/config-types.js';
import type { Message } from '../../../src/core/message.js';
import type { StoredItem } from '../../../src/core/store-ports.js';
import type { Story } from '../../../src/core/story.js';
import { compileWatchlist } from '../../../src/match/compile-watchlist.js';
import { matchItem } from '../../../src/match/match-item.js';
import { createSqliteStore, type SqliteStore } from '../../../src/store/create-sqlite-store.js';
import { createSqliteStoryStore } from '../../../src/store/sqlite-story-store.js';
import { makeContext, unexpectedPorts } from '../../fakes/command-context.js';
import { perTest } from '../../per-test.js';

const loaded = loadConfig('config');
if (!loaded.ok)
  throw new Error(`the default config must load: ${loaded.error.map((i) => i.message).join('; ')}`);
export const config: Config = loaded.value;
const compiled = compileWatchlist(config.watchlist);
const kinds = new Map(config.watchlist.entities.map((e) => [e.id, e.kind]));

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
/** The test clock: 6 Dec 2026, 12:00 UTC (as `makeContext`). */
export const NOW = Date.UTC(2026, 11, 6, 12);

const FEEDS = [
  { id: 'wire', name: 'Sahel Wire', tier: 1 as const },
  { id: 'courrier', name: 'Le Courrier', tier: 2 as const },
  { id: 'desk', name: 'West Africa Desk', tier: 2 as const },
];

export interface ReportSpec {
  readonly id: string;
  readonly feed: 'wire' | 'courrier' | 'desk';
  readonly title: string;
  readonly summary?: string;
  /** Published at; first seen then too, unless `seenAt` (a first poll, a slow feed) says later. */
  readonly at: number;
  readonly seenAt?: number;
  readonly lang?: Language;
}

/** One Kidal attack as two outlets told it, in English and in French: the stories most tests open. */
export const KIDAL_WIRE: ReportSpec = {
  id: 'kidal-1',
  feed: 'wire',
  title: 'Gunmen attack army convoy near Kidal',
  at: NOW - 3 * HOUR,
};
export const KIDAL_COURRIER: ReportSpec = {
  id: 'kidal-2',
  feed: 'courrier',
  title: 'Attaque contre un convoi près de Kidal',
  at: NOW - 2 * HOUR,
  lang: 'fr',
};

/**
 * A real SQLite store (`:memory:`, every migration) with the default knowledge base, where a
 * test files reports (matched by the real matcher) and groups them into stories, then runs
 * command lines through the real command set and read ports.
 */
export function createReadFixture() {
  const store: SqliteStore = createSqliteStore({ path: ':memory:' });
  store.feeds.sync(
    FEEDS.map((f) => ({
      id: f.id,
      url: `http://127.0.0.1/${f.id}.xml`,
      name: f.name,
      language: 'en',
      tier: f.tier,
      intervalMs: 600_000,
    })),
    () => 0,
  );
  const stories = createSqliteStoryStore(store.db);
  const clock = { now: () => NOW };
  const read = createReadPorts({ config, clock, store });
  const commands = createCommandSet(config);

  const file = (spec: ReportSpec): StoredItem => {
    const summary = spec.summary ?? '';
    const matches = matchItem(compiled, { title: spec.title, summary }).matches;
    const item = {
      id: spec.id,
      feedId: spec.feed,
      guid: spec.id,
      url: `https://${spec.feed}.example/${spec.id}`,
      title: spec.title,
      summary,
      content: '',
      author: null,
      lang: spec.lang ?? 'en',
      publishedAt: spec.at,
      dateFromFeed: true,
      firstSeenAt: spec.seenAt ?? spec.at,
    };
    store.items.commitPoll({
      feedId: spec.feed,
      items: [{ item, matches }],
      seed: null,
      state: {},
      now: item.firstSeenAt,
    });
    return { ...item, backfill: false, matches };
  };

  /** Files the reports and stores them as one story (`st-<first report id>`). */
  const story = (reports: readonly ReportSpec[]): Story => {
    const items = reports.map(file);
    const matched = [...new Set(items.flatMap((i) => i.matches.map((m) => m.entity)))];
    const lead = items[0];
    if (lead === undefined) throw new Error('a story needs a report');
    const value: Story = {
      id: `st-${lead.id}`,
      firstSeenAt: Math.min(...items.map((i) => i.firstSeenAt)),
      lastSeenAt: Math.max(...items.map((i) => i.firstSeenAt)),
      leadItemId: lead.id,
      title: lead.title,
      url: lead.url,
      summary: lead.summary === '' ? `${lead.title}.` : lead.summary,
      lang: lead.lang,
      tags: matched.filter((id) => kinds.get(id) === 'topic'),
      entities: matched.filter((id) => kinds.get(id) !== 'topic'),
      countries: matched.filter((id) => kinds.get(id) === 'state'),
      sources: items.map((i) => {
        const feed = FEEDS.find((f) => f.id === i.feedId);
        return {
          itemId: i.id,
          feedId: i.feedId,
          outlet: feed?.name ?? i.feedId,
          url: i.url,
          title: i.title,
          lang: i.lang === 'fr' ? 'fr' : 'en',
          tier: feed?.tier ?? 2,
          publishedAt: i.publishedAt,
        };
      }),
    };
    stories.insert(value, null);
    return value;
  };

  const contextIn = (locale: Language) =>
    makeContext(config, { locale, ports: { read, admin: unexpectedPorts().admin } });

  /**
   * Runs `line` as typed by the console user in `locale` (a parse error is its reply), through
   * `runAction` as `say` and every button press do.
   */
  const say = (line: string, locale: Language = 'en'): Promise<Message> =>
    commands.runAction(line, contextIn(locale));

  return { store, stories, read, file, story, say, close: () => store.close() };
}

/** A message as one string: every block's text, for assertions on what a reader sees. */
export function textOf(message: Message): string {
  return message.blocks
    .map((b) => {
      switch (b.type) {
        case 'heading':
          return `# ${b.text}${b.subtitle === undefined ? '' : ` | ${b.subtitle}`}`;
        case 'text':
          return `(${b.tone ?? 'normal'}) ${b.text}`;
        case 'story':
          return `* ${b.card.title} [${b.card.sources.map((s) => s.name).join(', ')}] ${b.card.note ?? ''}`;
        case 'list':
          return b.entries
            .map(
              (e) =>
                `- ${e.label === undefined ? '' : `${e.label} — `}${e.text}${e.detail === undefined ? '' : ` (${e.detail})`}`,
            )
            .join('\n');
        case 'actions':
          return b.actions.map((a) => `[${a.label} → ${a.id}]`).join(' ');
        case 'divider':
          return '---';
      }
    })
    .join('\n');
}

export type ReadFixture = ReturnType<typeof createReadFixture>;

/**
 * A fresh read fixture for every test of the calling `describe`, filled by `fill` before the
 * test and closed after it. The handle returned reaches the running test's fixture, so no test
 * sees another's reports.
 */
export function useReadFixture(fill: (fresh: ReadFixture) => void = () => undefined): ReadFixture {
  return perTest(
    () => {
      const fresh = createReadFixture();
      fill(fresh);
      return fresh;
    },
    (fx) => fx.close(),
  );
}
