/**
 * Cross-outlet story clustering. An item joins an open story when its title or lead is a
 * near-duplicate of the story's text, or when it shares the story's event tag, place and
 * entities within a short window (which also joins an English and a French report of one
 * event), or, with no shared tag, a distinctive name (see name-evidence.ts). Everything here is
 * pure: the store keeps signatures and calls these functions.
 */
import { countNames, nameEvidence, namesJoin, type NameCounts } from './name-evidence.js';
import { anchorsMeet, textAnchors, titleStems } from './text-anchors.js';
import {
  bottomK,
  contentStems,
  hashString,
  jaccard,
  listJaccard,
  sharedCount,
  sketchOverlap,
} from './text-features.js';

/** What clustering reads from an item (entity, place and tag ids come from the matcher). */
export interface ClusterInput {
  readonly title: string;
  readonly summary: string;
  readonly lang: string;
  /** Epoch ms. */
  readonly publishedAt: number;
  /** Matched entity ids, strongest first (places and topics may be included). */
  readonly entities: readonly string[];
  /** Entity ids of kind `place`. */
  readonly places: readonly string[];
  /** Event tags: topic entity ids (`attack`, `coup`, …). */
  readonly tags: readonly string[];
  /**
   * Entity ids named in the title (not implied), in the order they appear: the first is who
   * the headline leads with. Absent for inputs built before the field existed.
   */
  readonly titleEntities?: readonly string[];
}

/**
 * The clustering fingerprint of an item or a story: plain JSON (numbers, strings, arrays), so
 * the store can keep it in one column and hand it back unchanged.
 */
export interface StorySignature {
  /**
   * Bottom-k sketch (ascending unsigned 32-bit FNV-1a hashes, at most {@link SKETCH_SIZE}) of the
   * content-word stems and stem pairs of title + lead; for a story, of the union over its items.
   */
  readonly shingles: readonly number[];
  /** Entity ids, first-seen order, at most 24. */
  readonly entities: readonly string[];
  readonly places: readonly string[];
  readonly tags: readonly string[];
  /** Languages seen, sorted and comma-joined: `en`, `fr`, `en,fr`. */
  readonly lang: string;
  /** Distinct titles of the story's items, oldest first, at most {@link MAX_TITLES}. */
  readonly titles: readonly string[];
  /**
   * Folded stems of names and numbers in title + lead that are not watchlist entities
   * (`ouagad`, `arlit`, `400`): they survive translation. A `^` prefix marks a weak anchor,
   * a sentence's capitalised first word, which counts only against a strong one. Absent in signatures stored before
   * the field existed, which then match on places only.
   */
  readonly anchors?: readonly string[];
}

/** An open story the item may join. */
export interface ClusterCandidate {
  readonly storyId: string;
  readonly lastSeenAt: number;
  readonly firstSeenAt: number;
  /**
   * Publication times of the story's earliest and latest report. The event rule compares an
   * item's publication time with these (not with first-seen times, which a backfill or a slow
   * feed puts hours after the event); absent, the first/last-seen times stand in.
   */
  readonly firstPublishedAt?: number;
  readonly lastPublishedAt?: number;
  readonly signature: StorySignature;
}

export interface AssignOptions {
  /** Stories whose last item is older than `now - windowMs` are closed (DESIGN: 72 h). */
  readonly windowMs: number;
  readonly now: number;
  /** Window for the entity/place/tag rule, around the story's first and last item. Default 24 h. */
  readonly eventWindowMs?: number;
}

export interface Assignment {
  /** The story to join, or null to start a new one. */
  readonly storyId: string | null;
  /** One line saying why, for logs and `--explain`. */
  readonly reason: string;
  /** Score of the chosen (or best rejected) candidate, 0–1. */
  readonly score: number;
}

export const SKETCH_SIZE = 96;
export const MAX_TITLES = 12;
const MAX_ENTITIES = 24;
const MAX_ANCHORS = 24;
const LEAD_CHARS = 400;
/** Overlap of title+lead stems at or above which two texts are the same report. */
export const NEAR_DUPLICATE = 0.5;
/** Title-stem Jaccard at or above which two titles are the same report. */
const TITLE_DUPLICATE = 0.45;
const MIN_ENTITY_JACCARD = 0.4;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Entity overlap that joins two reports with no place and no shared name, when close in time. */
const STRONG_ENTITY_JACCARD = 0.75;
const STRONG_WINDOW_MS = 12 * 60 * 60 * 1000;

/** Builds the signature of one item. */
export function signItem(item: ClusterInput): StorySignature {
  const stems = contentStems(`${item.title} ${item.summary.slice(0, LEAD_CHARS)}`);
  const hashes: number[] = stems.map((stem) => hashString(stem));
  for (let i = 1; i < stems.length; i += 1)
    hashes.push(hashString(`${stems[i - 1] ?? ''} ${stems[i] ?? ''}`));
  return {
    shingles: bottomK(hashes, SKETCH_SIZE),
    entities: unique(item.entities).slice(0, MAX_ENTITIES),
    places: unique(item.places),
    tags: unique(item.tags),
    lang: item.lang,
    titles: item.title.trim() === '' ? [] : [item.title.trim()],
    anchors: textAnchors(
      `${item.title}. ${item.summary.slice(0, LEAD_CHARS)}`,
      item.entities,
    ).slice(0, MAX_ANCHORS),
  };
}

/** The signature of the union of two stories (or a story and a new item); `a` is the older. */
export function mergeSignatures(a: StorySignature, b: StorySignature): StorySignature {
  const langs = unique([...a.lang.split(','), ...b.lang.split(',')].filter((l) => l !== '')).sort();
  const titles = unique([...a.titles, ...b.titles]);
  return {
    shingles: bottomK([...a.shingles, ...b.shingles], SKETCH_SIZE),
    entities: unique([...a.entities, ...b.entities]).slice(0, MAX_ENTITIES),
    places: unique([...a.places, ...b.places]),
    tags: unique([...a.tags, ...b.tags]),
    lang: langs.join(','),
    titles:
      titles.length > MAX_TITLES
        ? [...titles.slice(0, 1), ...titles.slice(1 - MAX_TITLES)]
        : titles,
    anchors: unique([...(a.anchors ?? []), ...(b.anchors ?? [])]).slice(0, MAX_ANCHORS * 2),
  };
}

/** How alike an item's text is to a story's: the larger of lead overlap and best title match. */
export function textSimilarity(item: StorySignature, story: StorySignature): number {
  return similarity(item, itemTitleStems(item), story);
}

function similarity(
  item: StorySignature,
  itemTitle: ReadonlySet<string>,
  story: StorySignature,
): number {
  const lead = sketchOverlap(item.shingles, story.shingles);
  let title = 0;
  for (const other of story.titles) title = Math.max(title, jaccard(itemTitle, titleStems(other)));
  return Math.min(1, Math.max(lead, title * (NEAR_DUPLICATE / TITLE_DUPLICATE)));
}

/** Stems of an item's title (an item signature has one title; a story's are compared one by one). */
function itemTitleStems(signature: StorySignature): ReadonlySet<string> {
  const [first, ...rest] = signature.titles;
  if (first === undefined) return new Set();
  return rest.length === 0
    ? titleStems(first)
    : new Set(signature.titles.flatMap((t) => [...titleStems(t)]));
}

/**
 * Picks the open story an item belongs to, or null for a new story. Among the stories it may
 * join (near-duplicate text, the entity/place/tag rule, or the names rule), the highest score
 * wins: the text similarity for a near-duplicate, 0.5 × entity Jaccard + 0.5 for the event
 * rule, 0.5 × entity Jaccard + 0.25 (+ 0.25 with a shared tag) for the names rule.
 */
export function assignStory(
  item: ClusterInput,
  signature: StorySignature,
  candidates: readonly ClusterCandidate[],
  options: AssignOptions,
): Assignment {
  const open = candidates.filter((c) => c.lastSeenAt >= options.now - options.windowMs);
  if (open.length === 0) return { storyId: null, reason: 'no open story in the window', score: 0 };
  const itemTitle = itemTitleStems(signature);
  // Counted on first use: most items join, or not, before the names rule is reached.
  let counts: NameCounts | undefined;
  const nameCounts = (): NameCounts => (counts ??= countNames(open.map((c) => c.signature)));
  let best: (Verdict & { readonly candidate: ClusterCandidate }) | null = null;
  for (const candidate of open) {
    const verdict = judge(
      { item, signature, itemTitle, nameCounts },
      candidate,
      options.eventWindowMs ?? DAY_MS,
    );
    const better =
      best === null ||
      (verdict.joins && !best.joins) ||
      (verdict.joins === best.joins && verdict.score > best.score);
    if (better) best = { candidate, ...verdict };
  }
  if (best === null || !best.joins) {
    const detail = best === null ? '' : `; closest ${best.candidate.storyId}: ${explain(best)}`;
    return { storyId: null, reason: `new story${detail}`, score: round(best?.score ?? 0) };
  }
  return { storyId: best.candidate.storyId, reason: explain(best), score: round(best.score) };
}

interface Verdict {
  readonly joins: boolean;
  readonly score: number;
  readonly rule: 'near-duplicate' | 'event' | 'names' | 'outside-window';
  readonly text: number;
  readonly tag: boolean;
  readonly placed: boolean;
  readonly entities: number;
  /** The distinctive names the names rule joined on. */
  readonly names?: readonly string[];
}

/** One item as every candidate is judged against it. */
interface Judged {
  readonly item: ClusterInput;
  readonly signature: StorySignature;
  readonly itemTitle: ReadonlySet<string>;
  /** How many open stories carry each name; computed once per item, when first needed. */
  readonly nameCounts: () => NameCounts;
}

function judge(judged: Judged, candidate: ClusterCandidate, eventWindowMs: number): Verdict {
  const { item, signature, itemTitle } = judged;
  const text = similarity(signature, itemTitle, candidate.signature);
  const story = candidate.signature;
  const tag = sharedCount(signature.tags, story.tags) > 0;
  const entities = listJaccard(signature.entities, story.entities);
  if (text >= NEAR_DUPLICATE)
    return { joins: true, score: text, rule: 'near-duplicate', text, tag, placed: false, entities };
  const placeless = signature.places.length === 0 && story.places.length === 0;
  const storyFrom = candidate.firstPublishedAt ?? candidate.firstSeenAt;
  const storyTo = candidate.lastPublishedAt ?? candidate.lastSeenAt;
  const close = Math.abs(item.publishedAt - storyTo) <= STRONG_WINDOW_MS;
  const placed =
    sharedCount(signature.places, story.places) > 0 ||
    (placeless &&
      (anchorsMeet(signature.anchors ?? [], story.anchors ?? []) ||
        (close && entities >= STRONG_ENTITY_JACCARD)));
  const score = 0.5 * entities + (tag ? 0.25 : 0) + (placed ? 0.25 : 0);
  const inTime =
    item.publishedAt >= storyFrom - eventWindowMs && item.publishedAt <= storyTo + eventWindowMs;
  if (!inTime)
    return {
      joins: false,
      score: Math.max(text, score / 2),
      rule: 'outside-window',
      text,
      tag,
      placed,
      entities,
    };
  const joins = tag && placed && entities >= MIN_ENTITY_JACCARD;
  const verdict: Verdict = { joins, score, rule: 'event', text, tag, placed, entities };
  return joins || entities < MIN_ENTITY_JACCARD ? verdict : byName(verdict, judged, story);
}

/** The names rule, tried when the event rule did not join but the entities overlap enough. */
function byName(verdict: Verdict, judged: Judged, story: StorySignature): Verdict {
  const names = nameEvidence(judged.signature, story, verdict.text, judged.nameCounts());
  if (!namesJoin(names)) return verdict;
  return {
    ...verdict,
    joins: true,
    score: 0.5 * verdict.entities + 0.25 + (verdict.tag ? 0.25 : 0),
    rule: 'names',
    placed: true,
    names: names.distinctive,
  };
}

/** The one-line reason of a verdict, built only for the candidate that is reported. */
function explain(verdict: Verdict): string {
  if (verdict.rule === 'near-duplicate') return `near-duplicate text (${round(verdict.text)})`;
  const facts =
    `tag ${verdict.tag ? 'shared' : 'differs'}, place ${verdict.placed ? 'shared' : 'differs'}, ` +
    `entities ${round(verdict.entities)}, text ${round(verdict.text)}`;
  if (verdict.rule === 'outside-window') return `outside the event window (${facts})`;
  if (verdict.rule === 'names')
    return `same event by name (${(verdict.names ?? []).join(', ')}): ${facts}`;
  return `${verdict.joins ? 'same event' : 'different event'}: ${facts}`;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
