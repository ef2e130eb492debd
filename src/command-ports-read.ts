import type { ArcStore } from './core/arc-ports.js';
import type { StoryArc } from './core/arc-read-ports.js';
import type { Config, EntityConfig, Language } from './core/config-types.js';
import type { StoryStore } from './core/delivery-ports.js';
import type { MatchResult } from './core/match-types.js';
import type { Clock } from './core/ports.js';
import type { FeedStateStore, ItemStore } from './core/store-ports.js';
import type {
  Explanation,
  NewsRequest,
  NewsSituation,
  ReadPorts,
  StoryHeadline,
} from './core/read-ports.js';
import { lastPublication, type Story, type StorySource } from './core/story.js';
import { arcTitleIn } from './digest/arc-mark.js';
import { buildStoryCard, leadFirstSources, orderSources } from './digest/story-card.js';
import { entityWeights, rankStories } from './digest/rank-stories.js';
import { searchItems } from './command-ports-search.js';
import { compileWatchlist, type CompiledWatchlist } from './match/compile-watchlist.js';
import { classifyEntities } from './match/is-sahel-news.js';
import { matchItem } from './match/match-item.js';
import { createSqliteReadQueries, type StoryRankRow } from './store/sqlite-read-queries.js';
import type { SqliteDatabase } from './store/open-database.js';
import { createSqliteArcStore } from './store/sqlite-arc-store.js';
import { createSqliteStoryStore } from './store/sqlite-story-store.js';
import { frenchArcTitler } from './stories/arc-title-fr.js';

/** What the read ports need of the application: its configuration, clock and store. */
export interface ReadPortsApp {
  readonly config: Config;
  readonly clock: Clock;
  readonly store: {
    readonly db: SqliteDatabase;
    readonly items: ItemStore;
    readonly feeds: FeedStateStore;
  };
}

/**
 * The read ports of slash commands over the app's SQLite store. Story cards are built here with
 * the digest's card builder and ranking, so `/mali news` shows a story exactly as a digest would;
 * the watchlist is compiled on the first `explain`, not at start-up.
 */
export function createReadPorts(app: ReadPortsApp): ReadPorts {
  const { config } = app;
  const stories = createSqliteStoryStore(app.store.db);
  const queries = createSqliteReadQueries(app.store.db);
  const arcs = createSqliteArcStore(app.store.db, {
    frenchTitle: frenchArcTitler(config.watchlist),
  });
  const weights = entityWeights(config.watchlist);
  // Entities only change a story's rank through weights other than 1; without any, no story's
  // entity list needs parsing.
  const weighted = Object.values(weights).some((w) => w !== 1);
  let compiled: CompiledWatchlist | undefined;

  const news = (request: NewsRequest) => {
    const rows = queries.storiesAbout(
      subjectsOf(config, request.country),
      request.since,
      request.tag,
      weighted,
    );
    const ranked = rankStories(
      rows.map((row) => toRankable(row, weighted)),
      {
        now: app.clock.now(),
        entityWeights: weights,
      },
    );
    const page = ranked.slice(request.offset, request.offset + request.limit);
    const situations: Record<string, NewsSituation> = {};
    const cards = page.flatMap((r) => {
      const story = stories.get(r.id)?.story;
      if (story === undefined) return [];
      const situation = situationOf(arcs, story, request.locale);
      if (situation !== null) situations[story.id] = situation;
      return [buildStoryCard(story, request.locale, config)];
    });
    return { total: ranked.length, cards, situations };
  };

  return {
    stories,
    items: app.store.items,
    news,
    story(storyId, locale) {
      const story = stories.get(storyId.trim())?.story;
      if (story === undefined) return null;
      const reports = [...story.sources]
        .sort((a, b) => a.publishedAt - b.publishedAt)
        .map((s) => ({
          outlet: s.outlet,
          title: s.title,
          url: s.url,
          publishedAt: s.publishedAt,
          lang: s.lang,
        }));
      return {
        card: buildStoryCard(story, locale, config),
        reports,
        firstSeenAt: story.firstSeenAt,
        lastSeenAt: story.lastSeenAt,
        ...arcOf(arcs, stories, story, locale),
      };
    },
    // The latest read, listed newest published first, as they are dated.
    storiesNaming: (entities, limit) =>
      queries
        .storiesNaming(entities, limit)
        .flatMap((id) => headline(stories, id))
        .sort((a, b) => b.lastPublishedAt - a.lastPublishedAt),
    search: (request) => searchItems({ config, queries, stories, feeds: app.store.feeds }, request),
    completeStories(prefix) {
      const wanted = prefix.trim();
      // Every id starts with `st-`: a prefix of that narrows nothing, so the latest come first.
      const rows = queries.storyIds('st-'.startsWith(wanted) ? null : wanted, 25);
      return rows.map((r) => ({
        value: r.id,
        label: `${truncate(r.title, Math.max(20, 97 - r.id.length))} (${r.id})`,
      }));
    },
    explain(text) {
      compiled ??= compileWatchlist(config.watchlist);
      // Dated as a report arriving now, so descriptors valid for a period ("Russian instructors")
      // read as they would for today's news.
      return explain(
        config,
        text,
        matchItem(compiled, { title: text, publishedAt: app.clock.now() }),
      );
    },
  };
}

/**
 * A country and everything in it: the state itself and every watchlist entity (place, actor,
 * organisation) that lists it among its countries. Topics are not subjects.
 */
/** The story's arc with its developments in order, when it has more than this one. */
function arcOf(
  arcs: Pick<ArcStore, 'getArc'>,
  stories: Pick<StoryStore, 'get'>,
  story: Story,
  locale: Language,
): { arc: StoryArc } | Record<string, never> {
  const arc = story.arcId == null ? null : arcs.getArc(story.arcId);
  if (arc === null || arc.storyIds.length < 2) return {};
  const developments = arc.storyIds.flatMap((id) => {
    const development = id === story.id ? story : stories.get(id)?.story;
    if (development === undefined) return [];
    const published = development.sources.map((s) => s.publishedAt);
    // Headlined as its card is for this reader: the best report in their language.
    const [best] = orderSources(development, locale);
    return [
      {
        storyId: id,
        title: best?.title ?? development.title,
        url: best?.url ?? development.url,
        publishedAt: published.length === 0 ? development.firstSeenAt : Math.min(...published),
        current: id === story.id,
      },
    ];
  });
  return { arc: { arcId: arc.id, title: arcTitleIn(arc, locale), developments } };
}

/** Where `story` stands in its arc, when the arc holds two developments or more. */
function situationOf(
  arcs: Pick<ArcStore, 'getArc'>,
  story: Story,
  locale: Language,
): NewsSituation | null {
  const arc = story.arcId == null ? null : arcs.getArc(story.arcId);
  const index = arc === null ? -1 : arc.storyIds.indexOf(story.id);
  if (arc === null || index < 0 || arc.storyIds.length < 2) return null;
  return {
    title: arcTitleIn(arc, locale),
    position: index + 1,
    developments: arc.storyIds.length,
  };
}

function subjectsOf(config: Pick<Config, 'watchlist'>, country: string): string[] {
  const inside = config.watchlist.entities
    .filter((e) => e.kind !== 'topic' && e.countries.includes(country))
    .map((e) => e.id);
  return [country, ...inside.filter((id) => id !== country)];
}

/**
 * What `rankStories` reads of a story (its outlets, best tier, entities and last report) as a
 * `Story` whose other fields are empty: ranking thousands of candidates must not load each one
 * whole. One placeholder source per outlet, each of the best tier, scores as the real sources
 * do; the placeholder lists are shared (ranking only reads them), which spares the allocations.
 */
function toRankable(row: StoryRankRow, weighted: boolean): Story {
  return {
    id: row.id,
    firstSeenAt: row.lastSeenAt,
    lastSeenAt: row.lastSeenAt,
    leadItemId: '',
    title: '',
    url: null,
    summary: '',
    lang: 'und',
    tags: [],
    entities:
      weighted && row.entitiesJson !== null ? (JSON.parse(row.entitiesJson) as string[]) : [],
    countries: [],
    sources: placeholderSources(Math.max(1, row.outlets), row.bestTier),
  };
}

const placeholders = new Map<string, readonly StorySource[]>();

function placeholderSources(outlets: number, tier: 1 | 2 | 3): readonly StorySource[] {
  const key = `${outlets}:${tier}`;
  let sources = placeholders.get(key);
  if (sources === undefined) {
    sources = Array.from({ length: outlets }, (_, i) => ({
      itemId: '',
      feedId: '',
      outlet: String(i),
      url: null,
      title: '',
      lang: 'und' as const,
      tier,
      publishedAt: 0,
    }));
    placeholders.set(key, sources);
  }
  return sources;
}

/** At most `max` characters, cut with an ellipsis (Discord limits choice labels to 100). */
function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function headline(stories: Pick<StoryStore, 'get'>, id: string): StoryHeadline[] {
  const story = stories.get(id)?.story;
  if (story === undefined) return [];
  return [
    {
      storyId: story.id,
      title: story.title,
      url: story.url,
      outlets: leadFirstSources(story).map((s) => s.outlet),
      lastPublishedAt: lastPublication(story),
    },
  ];
}

/** The matcher's view of a text, with the pipeline's relevance decision (`isSahelNews`). */
function explain(
  config: Pick<Config, 'watchlist'>,
  text: string,
  result: MatchResult,
): Explanation {
  const byId = new Map<string, EntityConfig>(config.watchlist.entities.map((e) => [e.id, e]));
  const relevance = classifyEntities(result.entities, config.watchlist);
  return {
    relevant: relevance.relevant,
    entities: result.entities.map((id) => ({
      id,
      name: byId.get(id)?.name ?? id,
      kind: byId.get(id)?.kind ?? 'unknown',
    })),
    topics: relevance.topics,
    context: relevance.context,
    matches: result.matches.map((m) => ({ ...m, found: text.slice(m.start, m.end) })),
    vetoed: result.vetoed,
  };
}
