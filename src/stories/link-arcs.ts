/**
 * Arcs: developing situations. A new development (story) continues a recent arc when both lead
 * with the same principal actor or place AND speak of the same topic; otherwise it starts one.
 * A shared country alone never links ("Burkina: HRW report" beside "Mali: attack"): a state
 * counts only when headlines of both name it, and the topic must agree as well.
 * Everything here is pure: the pipeline keeps arcs in the store and calls these functions.
 */
import type { StoredArc } from '../core/arc-ports.js';
import type { EntityConfig, WatchlistConfig } from '../core/config-types.js';
import type { EntityMatch } from '../core/match-types.js';
import { situationKeys, situationOf } from './situation-words.js';
import { contentStems, foldedWords, stemWord } from './text-features.js';

/** What arc linking reads of a new story's lead item. */
export interface ArcInput {
  readonly title: string;
  readonly summary: string;
  /** Entity ids named in the title, in order (who the headline leads with first). */
  readonly titleEntities: readonly string[];
  /** Matched entity ids, strongest first. */
  readonly entities: readonly string[];
  /** Event tags (topic entity ids). */
  readonly tags: readonly string[];
  /** The item's matches: their spans are blanked before stemming, so names are not topics. */
  readonly matches: readonly EntityMatch[];
}

/**
 * The linking fingerprint of a story or an arc: plain JSON, kept in `arcs.signature`.
 * Weights: principals 3 (the headline leads with it), 2 (named in a headline), 1 (in a lead);
 * stems 2 (in a headline) or 1 (in a lead), the highest over the developments; situation
 * keys the same, added up over the developments (how prominent they are); tags count
 * developments.
 */
export interface ArcSignature {
  readonly principals: Readonly<Record<string, number>>;
  /** How many developments' headlines name each principal: who the arc is about, for its title. */
  readonly named: Readonly<Record<string, number>>;
  readonly developments: number;
  readonly tags: Readonly<Record<string, number>>;
  readonly keys: Readonly<Record<string, number>>;
  readonly stems: Readonly<Record<string, number>>;
  /** The first development's title: the fallback arc title. */
  readonly lead: string;
}

export interface ArcLink {
  /** The arc to continue, or null to start one. */
  readonly arcId: string | null;
  /**
   * Other arcs the story continues too: it shows they are one situation, so they join `arcId`
   * (their developments move to it).
   */
  readonly merged: readonly string[];
  /** One line saying why, for logs and `--explain`. */
  readonly reason: string;
}

/** Entity facts linking and titles need, by id. */
export type ArcVocabulary = ReadonlyMap<
  string,
  Pick<EntityConfig, 'kind' | 'name' | 'acronyms' | 'countries'>
>;

/** Stems too common in news to say what a situation is about. */
const GENERIC = new Set(
  (
    'country countries government people official officials report reports year years week day ' +
    'days time first one two three news world nation national region west african africa state ' +
    'pays gouvernement annee jour semaine premier deux trois monde region afrique ouest etat ' +
    'urgent breaking update latest live video photos northern southern eastern central north ' +
    'south east nord sud est centre several many plusieurs nouveau nouvelle new meet meets ' +
    'meeting rencontre reunion talk talks discussion discussions after amid says dit'
  )
    .split(' ')
    .map(stemWord),
);

/** The weight of a principal, stem or situation word named in a headline. */
export const HEADLINE = 2;
const MAX_STEMS = 80;
const MAX_PRINCIPALS = 24;
const LEAD_CHARS = 300;
/** Topic evidence a link needs: a tag, a situation word or four headline words in common. */
const TOPIC_NEEDED = 2;
/** Evidence beyond {@link TOPIC_NEEDED} with which a story shows a second arc is its situation too. */
const MERGE_MARGIN = 1;
/** A shared headline word: it takes several to link without a tag or a situation word. */
const STEM_WEIGHT = 0.5;
/** Tags too broad to say alone that two stories are one situation: they weigh half. */
const BROAD_TAGS = new Set(['diplomacy', 'humanitarian', 'sanctions']);

/** The watchlist entities by id, for linking and titles. */
export function arcVocabulary(watchlist: Pick<WatchlistConfig, 'entities'>): ArcVocabulary {
  return new Map(watchlist.entities.map((e) => [e.id, e]));
}

/** The arc signature of one story, from its lead item. */
export function signArcStory(input: ArcInput, vocabulary: ArcVocabulary): ArcSignature {
  const { principals, named, keys } = signArcReport(input, vocabulary);
  const names = new Set(input.entities.flatMap((id) => id.split('-')).map(stemWord));
  return {
    principals,
    named,
    developments: 1,
    tags: Object.fromEntries(input.tags.map((tag) => [tag, 1])),
    keys,
    stems: weigh(topicStems(titleText(input), names), topicStems(leadText(input), names)),
    lead: input.title.trim(),
  };
}

/** What one more report of a development adds to its arc (see {@link addReport}). */
export type ArcReport = Pick<ArcSignature, 'principals' | 'named' | 'keys'>;

/** The principals and situation words of a report, without the stems linking needs. */
export function signArcReport(input: ArcInput, vocabulary: ArcVocabulary): ArcReport {
  const principals: Record<string, number> = {};
  const actors = (ids: readonly string[]): string[] =>
    ids.filter((id) => vocabulary.has(id) && vocabulary.get(id)?.kind !== 'topic');
  for (const id of actors(input.entities).slice(0, 6)) principals[id] = 1;
  const titled = actors(input.titleEntities);
  const leading = titled.length > 0 ? titled : actors(input.entities).slice(0, 1);
  leading.forEach((id, index) => (principals[id] = index === 0 ? 3 : HEADLINE));
  return {
    principals,
    named: Object.fromEntries(leading.map((id) => [id, 1])),
    keys: weigh(situationKeys(titleText(input)), situationKeys(leadText(input))),
  };
}

/**
 * An arc signature as read back from the store, whatever was stored: fields missing from an
 * older or empty signature (`{}`) read as empty, so linking never fails on a stored row.
 */
export function readArcSignature(value: unknown): ArcSignature {
  const object = (typeof value === 'object' && value !== null ? value : {}) as Partial<
    Record<keyof ArcSignature, unknown>
  >;
  const weights = (field: unknown): Record<string, number> =>
    Object.fromEntries(
      Object.entries(typeof field === 'object' && field !== null ? field : {}).filter(
        (entry): entry is [string, number] => typeof entry[1] === 'number',
      ),
    );
  return {
    principals: weights(object.principals),
    named: weights(object.named),
    developments: typeof object.developments === 'number' ? object.developments : 1,
    tags: weights(object.tags),
    keys: weights(object.keys),
    stems: weights(object.stems),
    lead: typeof object.lead === 'string' ? object.lead : '',
  };
}

/** An arc's signature with one more development: weights add up, the first lead stays. */
export function mergeArcSignatures(arc: ArcSignature, story: ArcSignature): ArcSignature {
  const principals = addWeights(arc.principals, story.principals, Math.max);
  return {
    principals: top(principals, MAX_PRINCIPALS),
    named: addWeights(arc.named, story.named, (a, b) => a + b),
    developments: arc.developments + story.developments,
    tags: addWeights(arc.tags, story.tags, (a, b) => a + b),
    keys: addWeights(arc.keys, story.keys, (a, b) => a + b),
    stems: top(addWeights(arc.stems, story.stems, Math.max), MAX_STEMS),
    lead: arc.lead === '' ? story.lead : arc.lead,
  };
}

/**
 * An arc's signature with one more report of a development it has: its situation words count
 * (for the title) and the actors and places it names become principals of the arc — named in a
 * headline ({@link HEADLINE}) when its headline names them, else mentions (1), never leading
 * (3): "Barsalogho" in a second report's headline places the attack story that began "a new
 * attack shakes Burkina Faso". Words that link stay the developments'.
 */
export function addReport(arc: ArcSignature, report: ArcReport): ArcSignature {
  const mentioned = Object.fromEntries(
    Object.entries(report.principals).map(([id, weight]) => [id, Math.min(weight, HEADLINE)]),
  );
  return {
    ...arc,
    principals: top(addWeights(arc.principals, mentioned, Math.max), MAX_PRINCIPALS),
    keys: addWeights(arc.keys, report.keys, (a, b) => a + b),
  };
}

/**
 * Picks the recent arc a new story continues, or null. An arc is a candidate when it was last
 * seen within `windowMs` and shares a principal: an actor or place named in a headline of
 * either, or a state named in headlines of both. Its topic evidence (shared tags, situation
 * words and headline stems) must then reach {@link TOPIC_NEEDED}; the strongest wins. Another
 * arc the story continues clearly too ({@link MERGE_MARGIN} more) is the same situation: the
 * one of them that began first carries on, and the others are named in `merged`.
 */
export function linkArc(
  story: ArcSignature,
  arcs: readonly StoredArc<ArcSignature>[],
  vocabulary: ArcVocabulary,
  options: { readonly now: number; readonly windowMs: number },
): ArcLink {
  const open = arcs.filter(
    (a) => a.arc.lastSeenAt >= options.now - options.windowMs && a.arc.storyIds.length > 0,
  );
  const continued: { arc: StoredArc<ArcSignature>; score: number; why: string }[] = [];
  let closest: { score: number; why: string } | null = null;
  for (const candidate of open) {
    const shared = sharedPrincipals(story, candidate.signature, vocabulary);
    if (shared.length === 0) continue;
    const topic = topicEvidence(story, candidate.signature, vocabulary);
    const why = `"${candidate.arc.title}" shares ${shared.join(', ')}; topic ${topic.score} (${topic.shared.join(', ') || 'none'})`;
    if (topic.score >= TOPIC_NEEDED) continued.push({ arc: candidate, score: topic.score, why });
    else if (closest === null || topic.score > closest.score) closest = { score: topic.score, why };
  }
  const best = continued.sort((a, b) => b.score - a.score)[0];
  if (best === undefined) {
    const why =
      closest === null
        ? 'no recent arc shares a principal actor or place'
        : `closest ${closest.why} < ${TOPIC_NEEDED}`;
    return { arcId: null, merged: [], reason: `new arc: ${why}` };
  }
  const [first, ...others] = continued
    .filter((c) => c === best || c.score >= TOPIC_NEEDED + MERGE_MARGIN)
    .sort(
      (a, b) =>
        a.arc.arc.firstSeenAt - b.arc.arc.firstSeenAt || a.arc.arc.id.localeCompare(b.arc.arc.id),
    );
  const survivor = first ?? best;
  const joins = others.map((o) => o.why).join(', ');
  return {
    arcId: survivor.arc.arc.id,
    merged: others.map((o) => o.arc.arc.id),
    reason: `continues ${survivor.why}${joins === '' ? '' : `; joins it with ${joins}`}`,
  };
}

/**
 * Principals both name: an actor or place named in a headline of either (and anywhere in the
 * other), a state only when headlines of both name it — a country is where most news happens.
 */
function sharedPrincipals(
  story: ArcSignature,
  arc: ArcSignature,
  vocabulary: ArcVocabulary,
): string[] {
  return Object.entries(story.principals).flatMap(([id, weight]) => {
    const other = arc.principals[id];
    if (other === undefined) return [];
    const state = vocabulary.get(id)?.kind === 'state';
    const named = state ? Math.min(weight, other) : Math.max(weight, other);
    return named >= HEADLINE ? [id] : [];
  });
}

/**
 * Tags 2 each (broad ones 1); situation words 2 and other words 0.5 when both headlines have
 * them, half that when one headline and the other's lead do. An event happens somewhere: tags
 * do not count when the headlines of both name places and none of them is the other's (a
 * headline that names no place contradicts none: "attack in Mali" may be the Bamako attack).
 */
function topicEvidence(
  story: ArcSignature,
  arc: ArcSignature,
  vocabulary: ArcVocabulary,
): { score: number; shared: string[] } {
  const shared: string[] = [];
  let score = 0;
  const elsewhere = placesConflict(story, arc, vocabulary);
  for (const tag of Object.keys(story.tags)) {
    if (!elsewhere && arc.tags[tag] !== undefined) {
      score += BROAD_TAGS.has(tag) ? 1 : 2;
      shared.push(tag);
    }
  }
  const meet = (a: number, b: number): number =>
    a >= HEADLINE && b >= HEADLINE ? 1 : a >= HEADLINE || b >= HEADLINE ? 0.5 : 0;
  for (const [key, weight] of Object.entries(story.keys)) {
    const other = arc.keys[key];
    const value = other === undefined ? 0 : 2 * meet(weight, other) || 0.5;
    if (value > 0) {
      score += value;
      shared.push(key);
    }
  }
  for (const [stem, weight] of Object.entries(story.stems)) {
    const value = arc.stems[stem] === undefined ? 0 : STEM_WEIGHT * meet(weight, arc.stems[stem]);
    if (value > 0) {
      score += value;
      shared.push(stem);
    }
  }
  return { score, shared: shared.slice(0, 6) };
}

/** True when both headlines name places and no place is named by headlines of both. */
function placesConflict(
  story: ArcSignature,
  arc: ArcSignature,
  vocabulary: ArcVocabulary,
): boolean {
  const mine = headlinePlaces(story, vocabulary);
  const theirs = new Set(headlinePlaces(arc, vocabulary));
  if (mine.length === 0 || theirs.size === 0) return false;
  return !mine.some((id) => theirs.has(id));
}

/** The places a signature's headlines name. */
function headlinePlaces(signature: ArcSignature, vocabulary: ArcVocabulary): string[] {
  return Object.entries(signature.principals)
    .filter(([id, weight]) => weight >= HEADLINE && vocabulary.get(id)?.kind === 'place')
    .map(([id]) => id);
}

/** The headline and the lead of a report, names blanked. */
function titleText(input: ArcInput): string {
  return blankNames(input.title, input.matches, 'title');
}

function leadText(input: ArcInput): string {
  return blankNames(input.summary.slice(0, LEAD_CHARS), input.matches, 'summary');
}

/** Text with the matched names of `field` replaced by spaces. */
function blankNames(
  text: string,
  matches: readonly EntityMatch[],
  field: EntityMatch['field'],
): string {
  let out = text;
  for (const m of matches) {
    if (m.field !== field || m.start >= out.length) continue;
    out = out.slice(0, m.start) + ' '.repeat(Math.max(0, m.end - m.start)) + out.slice(m.end);
  }
  return out;
}

/** Stems of the words that are neither names, numbers, generic nor situation words. */
function topicStems(text: string, names: ReadonlySet<string>): string[] {
  const plain = foldedWords(text).filter((w) => situationOf(w) === undefined);
  return contentStems(plain.join(' ')).filter(
    (s) => !GENERIC.has(s) && !names.has(s) && !/^\d+$/.test(s),
  );
}

/** Headline values weigh 2, lead-only ones 1. */
function weigh(headline: readonly string[], lead: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const value of lead) out[value] = 1;
  for (const value of headline) out[value] = HEADLINE;
  return out;
}

function addWeights(
  a: Readonly<Record<string, number>>,
  b: Readonly<Record<string, number>>,
  combine: (x: number, y: number) => number,
): Record<string, number> {
  const out: Record<string, number> = { ...a };
  for (const [key, value] of Object.entries(b))
    out[key] = out[key] === undefined ? value : combine(out[key], value);
  return out;
}

/** The `limit` heaviest entries; among equals, the later ones (the newer developments). */
function top(values: Readonly<Record<string, number>>, limit: number): Record<string, number> {
  const entries = Object.entries(values);
  if (entries.length <= limit) return { ...values };
  const ranked = entries.map((e, i) => ({ e, i })).sort((x, y) => y.e[1] - x.e[1] || y.i - x.i);
  return Object.fromEntries(ranked.slice(0, limit).map((r) => r.e));
}
