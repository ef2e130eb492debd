import type { Config } from './core/config-types.js';
import type { StoryStore } from './core/delivery-ports.js';
import type { SearchGroup, SearchPage, SearchRequest, SearchSort } from './core/read-ports.js';
import { err, ok, type Result } from './core/result.js';
import type { FeedStateStore } from './core/store-ports.js';
import { independentOutlets, lastPublication, outletHouse } from './core/story.js';
import { leadFirstSources } from './digest/story-card.js';
import { evaluateQuery, type QueryItem } from './match/evaluate-query.js';
import { pieceKind } from './stories/piece-kind.js';
import { parseQuery, type AlertQuery } from './match/parse-query.js';
import type { ItemHitRow, ReadQueries } from './store/sqlite-read-queries.js';
import { checkQueryValues } from './command-ports-query-values.js';

/** Items examined per search: FTS5 narrows to at most this many, best first; the evaluator decides. */
export const SEARCH_CANDIDATES = 250;

export interface SearchDeps {
  readonly config: Pick<Config, 'watchlist'>;
  readonly queries: Pick<ReadQueries, 'searchItems' | 'recentItems'>;
  readonly stories: Pick<StoryStore, 'get'>;
  readonly feeds: Pick<FeedStateStore, 'get'>;
}

/**
 * `/sahel search`: the query is parsed here (a bad one is `… at column N`), turned into an FTS5
 * expression that can only find more items than the query accepts (words, phrases, AND, OR;
 * NOT and fields narrow nothing), and every candidate is then decided by `evaluateQuery`, the
 * alerts' own evaluator. A query with nothing to narrow by (`entity:jnim`) examines the newest
 * items instead. Only title and summary are indexed, so a word found only in an item's body
 * does not find it. Matching items are grouped by story, the group of the best item first;
 * reports in no story (off the watchlist: "Wagner Moura", a convoy in Nigeria) come after every
 * story, so a short off-topic headline that FTS5 ranks high never pushes Sahel news down.
 */
export function searchItems(deps: SearchDeps, request: SearchRequest): Result<SearchPage, string> {
  const parsed = parseQuery(request.query);
  if (!parsed.ok) return err(parsed.error.message);
  const checked = checkQueryValues(parsed.value, request.query, deps.config.watchlist);
  if (!checked.ok) return err(checked.error.message);
  const query = checked.value;
  const since = request.since ?? 0;
  const match = toFtsExpression(query);
  const candidates =
    match === null
      ? deps.queries.recentItems(since, SEARCH_CANDIDATES)
      : deps.queries.searchItems(match, since, SEARCH_CANDIDATES);
  const facets = storyFacets(deps, needsStory(query));
  const kinds = new Map(deps.config.watchlist.entities.map((e) => [e.id, e.kind]));
  const groups = new Map<string, { hit: ItemHitRow; matched: number }>();
  for (const hit of candidates) {
    if (!evaluateQuery(query, toQueryItem(hit, kinds, facets))) continue;
    const key = hit.storyId ?? `item:${hit.id}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { hit, matched: 1 });
    else group.matched += 1;
  }
  const ranked = [...groups.values()];
  const relevant = [
    ...ranked.filter((g) => g.hit.storyId !== null),
    ...ranked.filter((g) => g.hit.storyId === null),
  ];
  const sort = request.sort ?? 'relevance';
  const end = request.offset + request.limit;
  // Relevance reads the stories of one page; another order needs every group's story first.
  const page =
    sort === 'relevance'
      ? relevant.slice(request.offset, end).map(({ hit, matched }) => toGroup(deps, hit, matched))
      : sortGroups(
          relevant.map(({ hit, matched }) => toGroup(deps, hit, matched)),
          sort,
        ).slice(request.offset, end);
  return ok({
    total: groups.size,
    capped: candidates.length >= SEARCH_CANDIDATES,
    examined: candidates.length,
    groups: page,
  });
}

/**
 * The groups in `sort` order, each ordering stable over relevance, stories before loose items
 * (as relevance keeps them): `newest` by its latest report's publication, `sources` by its
 * outlets, then its independent ones.
 */
function sortGroups(groups: readonly SearchGroup[], sort: SearchSort): readonly SearchGroup[] {
  const key =
    sort === 'newest'
      ? (a: SearchGroup, b: SearchGroup) => b.lastPublishedAt - a.lastPublishedAt
      : sort === 'sources'
        ? (a: SearchGroup, b: SearchGroup) =>
            b.outletCount - a.outletCount || b.independent - a.independent
        : () => 0;
  return [...groups].sort((a, b) => Number(a.loose) - Number(b.loose) || key(a, b));
}

/**
 * An FTS5 expression that every item the query accepts satisfies (in title or summary), or null
 * when the query gives nothing to narrow by. Terms are quoted, so no word is read as syntax.
 */
export function toFtsExpression(query: AlertQuery): string | null {
  switch (query.kind) {
    case 'term':
      return ftsTerm(query.text);
    case 'field':
    case 'not':
      return null;
    case 'and': {
      const parts = query.operands.map(toFtsExpression).filter((p): p is string => p !== null);
      return parts.length === 0
        ? null
        : parts.length === 1
          ? (parts[0] ?? null)
          : `(${parts.join(' AND ')})`;
    }
    case 'or': {
      const parts = query.operands.map(toFtsExpression);
      if (parts.some((p) => p === null)) return null;
      return `(${parts.join(' OR ')})`;
    }
  }
}

/**
 * `attaqu*` → `"attaqu"*`; `Africa-Corps` or a phrase → `"africa corps"`. FTS5 takes a prefix
 * only on a phrase's last token, so a phrase with a starred inner word narrows by the words up to
 * it (`"frappe* de drone"` → `"frappe"*`): a looser filter, never a stricter one.
 */
function ftsTerm(text: string): string | null {
  const words = text.match(/[\p{L}\p{N}]+\*?/gu) ?? [];
  if (words.length === 0) return null;
  const star = words.findIndex((w) => w.endsWith('*'));
  if (star === -1) return `"${words.join(' ')}"`;
  return `"${words
    .slice(0, star + 1)
    .join(' ')
    .replace(/\*/g, '')}"*`;
}

/** True when the query reads the story-level facets (`tag:`, `country:`). */
function needsStory(query: AlertQuery): boolean {
  switch (query.kind) {
    case 'field':
      return query.field === 'tag' || query.field === 'country';
    case 'not':
      return needsStory(query.operand);
    case 'and':
    case 'or':
      return query.operands.some(needsStory);
    case 'term':
      return false;
  }
}

interface Facets {
  readonly tags: readonly string[];
  readonly countries: readonly string[];
}

/** Tags and countries of a story (as alerts read them), cached per search; null when unneeded. */
function storyFacets(deps: SearchDeps, needed: boolean): (storyId: string) => Facets | null {
  const cache = new Map<string, Facets | null>();
  return (storyId) => {
    if (!needed) return null;
    if (!cache.has(storyId)) {
      const story = deps.stories.get(storyId)?.story;
      cache.set(
        storyId,
        story === undefined ? null : { tags: story.tags, countries: story.countries },
      );
    }
    return cache.get(storyId) ?? null;
  };
}

/**
 * The item as alerts see it: its own matched entities; tags and countries of its story, or for
 * an item in no story its matched topics and states.
 */
function toQueryItem(
  hit: ItemHitRow,
  kinds: ReadonlyMap<string, string>,
  facets: (storyId: string) => Facets | null,
): QueryItem {
  const item = hit;
  const { entities } = hit;
  const own = hit.storyId === null ? null : facets(hit.storyId);
  return {
    title: item.title,
    summary: item.summary,
    content: item.content,
    entities,
    tags: own?.tags ?? entities.filter((id) => kinds.get(id) === 'topic'),
    countries: own?.countries ?? entities.filter((id) => kinds.get(id) === 'state'),
    lang: item.lang,
    source: item.feedId,
    kind: pieceKind(item),
  };
}

function toGroup(deps: SearchDeps, hit: ItemHitRow, matched: number): SearchGroup {
  const story = hit.storyId === null ? undefined : deps.stories.get(hit.storyId)?.story;
  if (story !== undefined) {
    return {
      storyId: story.id,
      loose: false,
      title: story.title,
      url: story.url,
      outlets: leadFirstSources(story).map((s) => s.outlet),
      lastPublishedAt: lastPublication(story),
      matched,
      // Counted here, once per result, from every source, as posts count them: the names listed
      // above cannot tell a wire reprint from an independent report.
      independent: independentOutlets(story.sources),
      outletCount: new Set(story.sources.map((s) => outletHouse(s.outlet))).size,
    };
  }
  return looseGroup(deps, hit, matched);
}

function looseGroup(deps: SearchDeps, item: ItemHitRow, matched: number): SearchGroup {
  return {
    storyId: item.id,
    loose: true,
    title: item.title,
    url: item.url,
    outlets: [deps.feeds.get(item.feedId)?.name ?? item.feedId],
    lastPublishedAt: item.publishedAt,
    matched,
    independent: 1,
    outletCount: 1,
  };
}
