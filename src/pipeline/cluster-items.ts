import type { ArcStore } from '../core/arc-ports.js';
import type { Config } from '../core/config-types.js';
import type { StoredStory, StoryStore } from '../core/delivery-ports.js';
import type { EntityMatch, MatchResult } from '../core/match-types.js';
import type { StoredItem } from '../core/store-ports.js';
import type { PieceKind, Story, StorySource } from '../core/story.js';
import {
  assignStory,
  mergeSignatures,
  signItem,
  type ClusterCandidate,
  type ClusterInput,
  type StorySignature,
} from '../stories/cluster-stories.js';
import { clusterFacets } from '../stories/event-tags.js';
import { pieceKind } from '../stories/piece-kind.js';
import { lateReprintOf } from '../stories/late-reprint.js';
import { isRecycled } from '../stories/recycled-news.js';
import { objectEntities } from '../stories/headline-objects.js';
import { boundPlaces } from '../stories/bound-places.js';
import type { ArcInput } from '../stories/link-arcs.js';
import { createArcLinker } from './link-story-arcs.js';

/** What clustering did with one item. */
export interface ClusteredItem {
  readonly item: StoredItem;
  readonly story: Story;
  /** True when the item started the story. */
  readonly created: boolean;
  /** Old news under a new date: it joins its story but never alerts. */
  readonly recycled: boolean;
  /** One line: why it joined or started its story. */
  readonly reason: string;
  /** For a new story: one line saying which arc it continues or why it starts one. */
  readonly arcReason?: string;
}

export interface ClusterDeps {
  readonly config: Pick<Config, 'watchlist' | 'settings'>;
  readonly stories: StoryStore<StorySignature>;
  /**
   * Developing situations: each new story continues a recent arc or starts one, in the same
   * transaction. Absent, stories are filed without arcs (tools that only re-cluster).
   */
  readonly arcs?: ArcStore;
  /** Outlet name and tier of a feed (feeds added from chat are not in the config). */
  readonly feedInfo: (feedId: string) => { readonly name: string; readonly tier: 1 | 2 | 3 } | null;
}

const HOUR = 3_600_000;
/** How far back an item is compared with older stories to recognise recycled news. */
const RECYCLE_LOOKBACK = 14 * 24 * HOUR;

/**
 * Assigns each item to an open story or starts a new one, and stores the result. Synchronous:
 * call it inside the transaction that also queues the alerts. Items already in a story are
 * skipped, so processing the same items twice changes nothing.
 */
export function clusterItems(
  deps: ClusterDeps,
  items: readonly StoredItem[],
  summaries: ReadonlyMap<string, string>,
  now: number,
): ClusteredItem[] {
  const windowMs = deps.config.settings.stories.windowHours * HOUR;
  const open = new Map<string, StoredStory<StorySignature>>();
  for (const stored of deps.stories.recent(now - RECYCLE_LOOKBACK))
    open.set(stored.story.id, stored);
  const arcs = createArcLinker(deps, now);
  const results: ClusteredItem[] = [];
  for (const item of items) {
    if (deps.stories.storyOfItem(item.id) !== null) continue;
    const input = clusterInput(item, deps.config.watchlist);
    const signature = signItem(input);
    const candidates = [...open.values()].map(toCandidate);
    const recycled = isRecycled(
      { ...input, firstSeenAt: item.firstSeenAt },
      signature,
      candidates,
      { windowMs, now },
    );
    const assigned =
      recycled.storyId !== null
        ? { storyId: recycled.storyId, reason: `recycled: ${recycled.reason}` }
        : assignStory(input, signature, candidates, { windowMs, now });
    // A report that would start a story but repeats a closed one files there, silently.
    const reprint =
      assigned.storyId === null
        ? lateReprintOf(signature, candidates, {
            windowMs,
            now,
            item: { title: item.title, summary: item.summary, publishedAt: item.publishedAt },
          })
        : null;
    const assignment = reprint ?? assigned;
    const target = assignment.storyId === null ? undefined : open.get(assignment.storyId);
    const source = toSource(item, deps.feedInfo(item.feedId));
    const summary = summaries.get(item.id) ?? '';
    const kind = pieceKind({ title: item.title, summary: item.summary, url: item.url });
    let arcReason: string | undefined;
    let stored: StoredStory<StorySignature>;
    if (target) {
      const joined = joinStory(target.story, item, input, source, summary, kind);
      const arcId = arcs?.touch(joined, arcInput(item, input)) ?? joined.arcId ?? null;
      const story = arcId === (joined.arcId ?? null) ? joined : { ...joined, arcId };
      stored = joinStored(deps.stories, target, story, signature);
    } else {
      const fresh = newStory(item, input, source, summary, kind);
      const linked = arcs?.link(fresh, arcInput(item, input));
      arcReason = linked?.reason;
      stored = deps.stories.insert(linked?.story ?? fresh, signature);
      if (linked) arcs?.commit(linked);
    }
    open.set(stored.story.id, stored);
    const reason =
      recycled.recycled && recycled.storyId === null
        ? `recycled: ${recycled.reason}`
        : assignment.reason;
    results.push({
      item,
      story: stored.story,
      created: !target,
      recycled: recycled.recycled || reprint !== null,
      reason,
      ...(arcReason === undefined ? {} : { arcReason }),
    });
  }
  arcs?.flush();
  return results;
}

function arcInput(item: StoredItem, input: ClusterInput): ArcInput {
  return { ...input, titleEntities: input.titleEntities ?? [], matches: item.matches };
}

/** A `MatchResult` rebuilt from stored matches: title hits first, then by number of hits. */
export function matchResultOf(matches: readonly EntityMatch[]): MatchResult {
  const scores: Record<string, number> = {};
  for (const match of matches)
    scores[match.entity] = (scores[match.entity] ?? 0) + (match.field === 'title' ? 3 : 1);
  const entities = Object.keys(scores).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0));
  return { entities, matches, vetoed: [], scores };
}

function clusterInput(
  item: StoredItem,
  watchlist: Config['watchlist'],
): ClusterInput & { readonly countries: string[] } {
  const result = matchResultOf(item.matches);
  const facets = clusterFacets(result, watchlist);
  const byId = new Map(watchlist.entities.map((e) => [e.id, e]));
  const countries = unique(
    result.entities.flatMap((id) => {
      const entity = byId.get(id);
      if (!entity) return [];
      return entity.kind === 'state' ? [id, ...entity.countries] : entity.countries;
    }),
  );
  return {
    title: item.title,
    summary: item.summary,
    lang: item.lang,
    publishedAt: item.publishedAt,
    entities: facets.entities,
    places: withoutBounds(facets.places, boundPlaces(item, item.matches, facets.places)),
    tags: facets.tags,
    titleEntities: titleEntities(item.matches),
    objectEntities: objectEntities(item.title, item.matches),
    countries,
  };
}

/** The places a report names, less those it names only as bounds of a stretch. */
function withoutBounds(places: readonly string[], bounds: readonly string[]): string[] {
  return places.filter((id) => !bounds.includes(id));
}

/** Entities named in the title, in the order they appear (implied ones left out). */
export function titleEntities(matches: readonly EntityMatch[]): string[] {
  const named = matches
    .filter((m) => m.field === 'title' && m.impliedBy === undefined)
    .sort((a, b) => a.start - b.start);
  return unique(named.map((m) => m.entity));
}

function joinStored(
  stories: StoryStore<StorySignature>,
  target: StoredStory<StorySignature>,
  story: Story,
  signature: StorySignature,
): StoredStory<StorySignature> {
  const merged = mergeSignatures(target.signature, signature);
  stories.update(story, merged);
  return { story, signature: merged, seq: target.seq };
}

function toCandidate(stored: StoredStory<StorySignature>): ClusterCandidate {
  const { story, signature } = stored;
  const published = story.sources.map((source) => source.publishedAt);
  return {
    storyId: story.id,
    firstSeenAt: story.firstSeenAt,
    lastSeenAt: story.lastSeenAt,
    firstPublishedAt: Math.min(...published),
    lastPublishedAt: Math.max(...published),
    signature,
  };
}

function toSource(
  item: StoredItem,
  feed: { readonly name: string; readonly tier: 1 | 2 | 3 } | null,
): StorySource {
  return {
    itemId: item.id,
    feedId: item.feedId,
    outlet: feed?.name ?? item.feedId,
    url: item.url,
    title: item.title,
    lang: item.lang,
    tier: feed?.tier ?? 2,
    publishedAt: item.publishedAt,
  };
}

function newStory(
  item: StoredItem,
  input: ReturnType<typeof clusterInput>,
  source: StorySource,
  summary: string,
  kind: PieceKind,
): Story {
  return {
    id: `st-${item.id}`,
    firstSeenAt: item.firstSeenAt,
    lastSeenAt: item.firstSeenAt,
    leadItemId: item.id,
    title: item.title,
    url: item.url,
    summary,
    ...(item.lang !== 'und' && summary !== '' ? { summaries: { [item.lang]: summary } } : {}),
    lang: item.lang,
    tags: input.tags,
    entities: input.entities,
    countries: input.countries,
    sources: [source],
    kind,
  };
}

/**
 * Adds a source; a better-tier outlet becomes the lead (title, link and summary). The story's
 * `summary` is always the lead's own (or, when the lead has none, another report's in the
 * lead's language), never a summary in another language; `summaries` holds, per language, the
 * summary of the report a card shows first among that language's sources.
 */
function joinStory(
  story: Story,
  item: StoredItem,
  input: ReturnType<typeof clusterInput>,
  source: StorySource,
  summary: string,
  kind: PieceKind,
): Story {
  const lead = story.sources.find((s) => s.itemId === story.leadItemId);
  // A news report leads a story an analysis, an opinion or a roundup began: the alert it starts
  // shows what happened, not "Revue de presse du mardi…". Otherwise the higher tier leads, but
  // never a piece that is not news over a news report: an analysis a major outlet adds to a
  // story does not become the headline of its alert.
  const leadIsNews = (story.kind ?? 'news') === 'news';
  const promote =
    lead !== undefined &&
    ((source.tier < lead.tier && (kind === 'news' || !leadIsNews)) ||
      (kind === 'news' && !leadIsNews));
  const base = promote ? newStory(item, input, source, summary, kind) : story;
  const summaries = withSummary(story, source, summary);
  const own = promote ? summary : story.summary;
  return {
    ...story,
    lastSeenAt: Math.max(story.lastSeenAt, item.firstSeenAt),
    leadItemId: base.leadItemId,
    title: base.title,
    url: base.url,
    summary: own !== '' || base.lang === 'und' ? own : (summaries[base.lang] ?? ''),
    summaries,
    lang: base.lang,
    tags: unique([...story.tags, ...input.tags]),
    entities: unique([...story.entities, ...input.entities]),
    countries: unique([...story.countries, ...input.countries]),
    sources: [...story.sources, source],
    kind: joinedKind(story.kind ?? 'news', kind, promote),
  };
}

/** `news` once any source is news; otherwise the lead's kind. */
function joinedKind(story: PieceKind, item: PieceKind, promoted: boolean): PieceKind {
  if (story === 'news' || item === 'news') return 'news';
  return promoted ? item : story;
}

type Summaries = NonNullable<Story['summaries']>;

/**
 * The story's per-language summaries with the new source's: it takes its language's place when
 * the language has none yet, or when the new source comes first among that language's sources
 * in the order cards list them. A story read back without `summaries` starts from the lead's.
 */
function withSummary(story: Story, source: StorySource, summary: string): Summaries {
  const current: Summaries =
    story.summaries ??
    (story.lang !== 'und' && story.summary !== '' ? { [story.lang]: story.summary } : {});
  if (source.lang === 'und' || summary === '') return current;
  const existing = current[source.lang];
  const first = story.sources
    .filter((s) => s.lang === source.lang)
    .every((s) => ranksBefore(source, s));
  return existing === undefined || existing === '' || first
    ? { ...current, [source.lang]: summary }
    : current;
}

/** Card order within one language (see `orderSources`): better tier, with a link, earlier. */
function ranksBefore(a: StorySource, b: StorySource): boolean {
  if (a.tier !== b.tier) return a.tier < b.tier;
  if ((a.url === null) !== (b.url === null)) return a.url !== null;
  return a.publishedAt < b.publishedAt;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
