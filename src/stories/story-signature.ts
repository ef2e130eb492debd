/**
 * The clustering signature of an item or a story: what clustering reads from an item, the
 * fingerprint it keeps (a sketch of the wording, entities, places, tags, names, action frames
 * and lead subjects) and the text similarity of two signatures. Pure and plain JSON, so the
 * store can keep a signature in one column.
 */
import { isEmptyFrame, leadFrame, readHeadline, type ActionFrame } from './action-frame.js';
import { frameKey } from './frame-compare.js';
import { tellsWave } from './attack-wave.js';
import { happeningDay } from './happening-day.js';
import { headlineTolls } from './headline-toll.js';
import { situationKeys } from './situation-words.js';
import { textAnchors, titleStems } from './text-anchors.js';
import { bottomK, contentStems, hashString, jaccard, sketchOverlap } from './text-features.js';

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
  /**
   * Title entities named only after a preposition (see headline-objects.ts): the object or the
   * setting of the action. Absent: none is.
   */
  readonly objectEntities?: readonly string[];
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
  /**
   * Sketches of the story's reports (the first {@link REPORT_SKETCH} hashes of each one's
   * `shingles`), the first and the latest, at most {@link MAX_TITLES}: the union sketch of a
   * story that has taken in many reports holds the words of a whole situation, so a report of
   * another development overlaps it as a reprint overlaps one report. Absent for an item (its
   * `shingles` are its own) and in signatures stored before the field existed.
   */
  readonly reports?: readonly (readonly number[])[];
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
  /**
   * Action frames of the story's reports, distinct, oldest first (at most {@link MAX_TITLES});
   * an item's holds its own, or nothing when its headline names no action. Absent in
   * signatures stored before the field existed: the frame then decides nothing.
   */
  readonly frames?: readonly ActionFrame[];
  /**
   * The entities the story's first headline leads with (its first three title entities, topics
   * left out): who did what. Absent when the headline names none.
   */
  readonly subjects?: readonly string[];
  /**
   * The subjects a headline names bare, after no preposition ("the AES recalls ambassadors
   * from Algeria" leads with the AES, not Algeria); the first report's that names one. Absent
   * or empty: none does, and `subjects` decide alone.
   */
  readonly leads?: readonly string[];
  /**
   * An item's lead-sentence frame, when its headline names an action without a verb of command
   * or speech and the lead sentence has one: it settles the item's weak conflict with a story
   * (see `compareFrames`). Only an item's is read; merging drops it.
   */
  readonly leadFrame?: ActionFrame;
  /**
   * Who the story's headlines say acted (actor ids, see actor-lexicon.ts), first seen first:
   * a statement by another actor is another development. Absent or empty when no headline
   * names one.
   */
  readonly actors?: readonly string[];
  /** The death tolls the story's headlines state (see headline-toll.ts), at most {@link MAX_TOLLS}. */
  readonly tolls?: readonly number[];
  /**
   * The days (UTC day numbers) the story's reports say their happening took place (see
   * happening-day.ts), at most {@link MAX_TOLLS}; an item's holds its own, if it names one.
   */
  readonly days?: readonly number[];
  /**
   * Situation keys (see situation-words.ts) of the reports' headlines and leads: what they are
   * about when no event tag says it (fuel, schools). Absent in signatures stored before the
   * field existed.
   */
  readonly keys?: readonly string[];
  /** A report tells several attacks as one wave (see attack-wave.ts). Absent: none does. */
  readonly wave?: boolean;
}

export const SKETCH_SIZE = 96;
/** Hashes kept of each report of a story (see `StorySignature.reports`). */
export const REPORT_SKETCH = 32;
export const MAX_TITLES = 12;
const MAX_ENTITIES = 24;
const MAX_ANCHORS = 24;
const LEAD_CHARS = 400;
/** Overlap of title+lead stems at or above which two texts are the same report. */
export const NEAR_DUPLICATE = 0.5;
/** Title-stem Jaccard at or above which two titles are the same report. */
export const TITLE_DUPLICATE = 0.45;
const MAX_SUBJECTS = 3;
const MAX_ACTORS = 6;
const MAX_TOLLS = 6;

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
    keys: situationKeys(`${item.title}. ${item.summary.slice(0, LEAD_CHARS)}`),
    ...(tellsWave(`${item.title}. ${item.summary.slice(0, LEAD_CHARS)}`) ? { wave: true } : {}),
    ...framing(item),
  };
}

/** The action frames, actor, tolls and lead subjects of one item. */
function framing(
  item: ClusterInput,
): Pick<
  StorySignature,
  'frames' | 'subjects' | 'leads' | 'leadFrame' | 'actors' | 'tolls' | 'days'
> {
  const lead = item.summary.slice(0, LEAD_CHARS);
  const { frame, actor } = readHeadline(item.title, lead);
  const fromLead = leadFrame(lead);
  const dropsHead = frame.heads.length === 0 && frame.acts.length > 0 && fromLead.heads.length > 0;
  return {
    frames: isEmptyFrame(frame) ? [] : [frame],
    actors: actor === undefined ? [] : [actor],
    tolls: headlineTolls(item.title).slice(0, MAX_TOLLS),
    days: optional(happeningDay(item.title, lead, item.publishedAt)),
    subjects: leadSubjects(item, []),
    leads: leadSubjects(item, item.objectEntities ?? []),
    ...(dropsHead ? { leadFrame: fromLead } : {}),
  };
}

/** The first title entities that are neither a topic, a place nor among `objects`. */
function leadSubjects(item: ClusterInput, objects: readonly string[]): string[] {
  if (quoted(item.title)) return [];
  return (item.titleEntities ?? [])
    .filter((id) => !item.tags.includes(id) && !item.places.includes(id) && !objects.includes(id))
    .slice(0, MAX_SUBJECTS);
}

/**
 * A headline that is a quotation (« … », "…") leads with what someone said: the first entity
 * inside the quotation is not who acted, so such a headline has no lead subject.
 */
function quoted(title: string): boolean {
  return /^\s*[«"“‘']/u.test(title);
}

/** The signature of the union of two stories (or a story and a new item); `a` is the older. */
export function mergeSignatures(a: StorySignature, b: StorySignature): StorySignature {
  const langs = unique([...a.lang.split(','), ...b.lang.split(',')].filter((l) => l !== '')).sort();
  const titles = unique([...a.titles, ...b.titles]);
  return {
    shingles: bottomK([...a.shingles, ...b.shingles], SKETCH_SIZE),
    reports: firstAndLatest([...reportSketches(a), ...reportSketches(b)]),
    entities: unique([...a.entities, ...b.entities]).slice(0, MAX_ENTITIES),
    places: unique([...a.places, ...b.places]),
    tags: unique([...a.tags, ...b.tags]),
    lang: langs.join(','),
    titles: firstAndLatest(titles),
    anchors: unique([...(a.anchors ?? []), ...(b.anchors ?? [])]).slice(0, MAX_ANCHORS * 2),
    frames: uniqueFrames([...(a.frames ?? []), ...(b.frames ?? [])]).slice(0, MAX_TITLES),
    subjects: (a.subjects ?? []).length > 0 ? (a.subjects ?? []) : (b.subjects ?? []),
    leads: (a.leads ?? []).length > 0 ? (a.leads ?? []) : (b.leads ?? []),
    actors: unique([...(a.actors ?? []), ...(b.actors ?? [])]).slice(0, MAX_ACTORS),
    tolls: unique([...(a.tolls ?? []), ...(b.tolls ?? [])]).slice(0, MAX_TOLLS),
    days: unique([...(a.days ?? []), ...(b.days ?? [])]).slice(0, MAX_TOLLS),
    keys: unique([...(a.keys ?? []), ...(b.keys ?? [])]),
    ...(a.wave === true || b.wave === true ? { wave: true } : {}),
  };
}

/** The first and the latest {@link MAX_TITLES} − 1 of a list, oldest first. */
function firstAndLatest<T>(list: readonly T[]): T[] {
  return list.length > MAX_TITLES
    ? [...list.slice(0, 1), ...list.slice(1 - MAX_TITLES)]
    : [...list];
}

/** The report sketches of a story, or of an item its own (see `StorySignature.reports`). */
function reportSketches(signature: StorySignature): readonly (readonly number[])[] {
  return signature.reports ?? [signature.shingles.slice(0, REPORT_SKETCH)];
}

function uniqueFrames(frames: readonly ActionFrame[]): ActionFrame[] {
  const seen = new Map<string, ActionFrame>();
  for (const frame of frames) if (!seen.has(frameKey(frame))) seen.set(frameKey(frame), frame);
  return [...seen.values()];
}

/**
 * True when two reports lead with the same actors: the first entity of one headline is among
 * the first of the other's ("Niger, Mali, Burkina Faso quit" and "Mali, Niger and Burkina Faso
 * leave"). Null when either headline names no entity.
 */
export function subjectsAgree(a: readonly string[], b: readonly string[]): boolean | null {
  const [x] = a;
  const [y] = b;
  if (x === undefined || y === undefined) return null;
  return b.includes(x) || a.includes(y);
}

/** How alike an item's text is to a story's: the larger of lead overlap and best title match. */
export function textSimilarity(item: StorySignature, story: StorySignature): number {
  return similarity(item, itemTitleStems(item), story);
}

export function similarity(
  item: StorySignature,
  itemTitle: ReadonlySet<string>,
  story: StorySignature,
): number {
  const lead = sketchOverlap(item.shingles, story.shingles);
  let title = 0;
  for (const other of story.titles) title = Math.max(title, jaccard(itemTitle, titleStems(other)));
  return Math.min(1, Math.max(lead, title * (NEAR_DUPLICATE / TITLE_DUPLICATE)));
}

/**
 * True when an item is a near-duplicate of one of the story's reports, not only of the words of
 * all of them: its title matches a title of the story, or its title and lead overlap one report's
 * as much as {@link NEAR_DUPLICATE}. A signature stored without report sketches is read as one report.
 */
export function nearDuplicateOfReport(
  item: StorySignature,
  itemTitle: ReadonlySet<string>,
  story: StorySignature,
): boolean {
  if (story.titles.some((title) => jaccard(itemTitle, titleStems(title)) >= TITLE_DUPLICATE))
    return true;
  return reportSketches(story).some(
    (report) => sketchOverlap(item.shingles, report) >= NEAR_DUPLICATE,
  );
}

/** Stems of an item's title (an item signature has one title; a story's are compared one by one). */
export function itemTitleStems(signature: StorySignature): ReadonlySet<string> {
  const [first, ...rest] = signature.titles;
  if (first === undefined) return new Set();
  return rest.length === 0
    ? titleStems(first)
    : new Set(signature.titles.flatMap((t) => [...titleStems(t)]));
}

function optional<T>(value: T | undefined): T[] {
  return value === undefined ? [] : [value];
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
