/**
 * Arc signatures: what arc linking keeps of a development or a developing situation — who it
 * leads with, what it is about (tags, situation words, headline words) and the rare names it is
 * known by. Plain JSON, kept in `arcs.signature`; everything here is pure.
 */
import type { EntityConfig, WatchlistConfig } from '../core/config-types.js';
import type { EntityMatch } from '../core/match-types.js';
import { arcKeys } from './arc-keys.js';
import { measureOf } from './measure-headline.js';
import { reasonTags } from './measure-tags.js';
import { situationOf } from './situation-words.js';
import { textAnchors } from './text-anchors.js';
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
  /**
   * Names of where it happened and whom it is about: watchlist places and people by id, and
   * capitalised names outside the watchlist as stems (a town, a site): how many headlines of its
   * reports name each one, 0 for a name only a lead gives. An arc is known by the names several
   * headlines give.
   */
  readonly names: Readonly<Record<string, number>>;
  /** The first development's title: the fallback arc title. */
  readonly lead: string;
  /**
   * A new story's headline names its topic (a tag or a situation word): its lead is then
   * background ("Mali cuts ties with Ukraine" recalling the battle) when it is compared with
   * arcs. Not kept for arcs.
   */
  readonly headed?: boolean;
  /**
   * A report joining a story: the places its story's earlier headlines named. A report whose
   * headline names no place ("JNIM claims attack on army post near Macina" after "attaque d'un
   * poste militaire dans la région de Ségou") is still about them when arcs are compared. Not
   * kept for arcs.
   */
  readonly placedAt?: readonly string[];
}

/** What one more report of a development adds to its arc (see {@link addReport}). */
export type ArcReport = Pick<ArcSignature, 'principals' | 'named' | 'keys' | 'names' | 'tags'>;

/** Entity facts linking and titles need, by id. */
export type ArcVocabulary = ReadonlyMap<
  string,
  Pick<EntityConfig, 'kind' | 'name' | 'acronyms' | 'countries'>
>;

/** The weight of a principal, stem or situation word named in a headline. */
export const HEADLINE = 2;

/**
 * Watchlist entities a situation is known by, like a rare name: where it happens (a town) and
 * whom it is about (a person: a junta leader's term weeks after the parties he dissolved). A
 * state or a group is in too many situations to find a quiet one.
 */
const KNOWN_KINDS: ReadonlySet<string> = new Set(['place', 'person']);

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

const MAX_STEMS = 80;
const MAX_PRINCIPALS = 24;
const MAX_NAMES = 24;
const LEAD_CHARS = 300;

/** The watchlist entities by id, for linking and titles. */
export function arcVocabulary(watchlist: Pick<WatchlistConfig, 'entities'>): ArcVocabulary {
  return new Map(watchlist.entities.map((e) => [e.id, e]));
}

/** The arc signature of one story, from its lead item. */
export function signArcStory(input: ArcInput, vocabulary: ArcVocabulary): ArcSignature {
  const { principals, named, keys, names, tags } = signArcReport(input, vocabulary);
  const known = new Set(input.entities.flatMap((id) => id.split('-')).map(stemWord));
  const headed =
    headlineTags(input).length > 0 || Object.values(keys).some((weight) => weight >= HEADLINE);
  return {
    principals,
    named,
    developments: 1,
    tags,
    keys,
    stems: weigh(topicStems(titleText(input), known), topicStems(leadText(input), known)),
    names,
    lead: input.title.trim(),
    ...(headed ? { headed } : {}),
  };
}

/** The event tags a report's headline names (its matches in the title). */
export function headlineTags(input: Pick<ArcInput, 'tags' | 'matches'>): string[] {
  return input.tags.filter((tag) =>
    input.matches.some((m) => m.field === 'title' && m.entity === tag),
  );
}

/**
 * What a development is about: the tags its headline names, else all of its tags. A lead that
 * recalls another event ("Mali cuts ties with Ukraine" after the Tinzaouaten fighting) gives
 * background, not the topic; so does the event a measure answers ("suspends BBC over its
 * coverage of an attack": a measure's headline gives no tag), and violence a headline gives as a
 * measure's reason (see measure-tags.ts).
 */
function topicTags(input: ArcInput, vocabulary: ArcVocabulary): readonly string[] {
  if (measureOf(input.title) !== undefined) return [];
  const headline = headlineTags(input);
  if (headline.length === 0) return input.tags;
  const placed = input.titleEntities.some((id) => vocabulary.get(id)?.kind === 'place');
  const reasons = reasonTags(input.title, headline, placed);
  return headline.filter((tag) => !reasons.includes(tag));
}

/** The principals, situation words and rare names of a report, without the stems linking needs. */
export function signArcReport(input: ArcInput, vocabulary: ArcVocabulary): ArcReport {
  const principals: Record<string, number> = {};
  const actors = (ids: readonly string[]): string[] =>
    ids.filter((id) => vocabulary.has(id) && vocabulary.get(id)?.kind !== 'topic');
  for (const id of actors(input.entities).slice(0, 6)) principals[id] = 1;
  const titled = actors(input.titleEntities);
  const leading = titled.length > 0 ? titled : actors(input.entities).slice(0, 1);
  leading.forEach((id, index) => (principals[id] = index === 0 ? 3 : HEADLINE));
  const title = titleText(input);
  const lead = leadText(input);
  const names: Record<string, number> = {};
  const namedIds = (ids: readonly string[]): string[] =>
    ids.filter((id) => KNOWN_KINDS.has(vocabulary.get(id)?.kind ?? ''));
  for (const name of [...rareNames(lead, input.entities), ...namedIds(input.entities)])
    names[name] = 0;
  for (const name of [...rareNames(title, input.entities), ...namedIds(input.titleEntities)])
    names[name] = 1;
  const keys = arcKeys(title, input.title, lead);
  return {
    principals,
    named: Object.fromEntries(leading.map((id) => [id, 1])),
    keys: weigh(keys.headline, keys.lead),
    names,
    tags: Object.fromEntries(topicTags(input, vocabulary).map((tag) => [tag, 1])),
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
    names: weights(object.names),
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
    names: top(
      addWeights(arc.names, story.names, (a, b) => a + b),
      MAX_NAMES,
    ),
    lead: arc.lead === '' ? story.lead : arc.lead,
  };
}

/**
 * An arc's signature with one more report of a development it has: its situation words and
 * rare names count, and the actors and places it names become principals of the arc — named
 * in a headline ({@link HEADLINE}) when its headline names them, else mentions (1), never
 * leading (3): "Barsalogho" in a second report's headline places the attack story that began
 * "a new attack shakes Burkina Faso". An arc whose reports have named no topic yet takes the
 * topic tags of the first that does (a development first told as "armed men kill 34 soldiers"
 * is an attack once a later report calls it one); once it has a topic, the words of later
 * reports (a "raid" in the account of a clash) are detail, not what it is about. Words that
 * link stay the developments'.
 */
export function addReport(arc: ArcSignature, report: ArcReport): ArcSignature {
  const mentioned = Object.fromEntries(
    Object.entries(report.principals).map(([id, weight]) => [id, Math.min(weight, HEADLINE)]),
  );
  return {
    ...arc,
    principals: top(addWeights(arc.principals, mentioned, Math.max), MAX_PRINCIPALS),
    tags: Object.keys(arc.tags).length === 0 ? { ...report.tags } : arc.tags,
    keys: addWeights(arc.keys, report.keys, (a, b) => a + b),
    names: top(
      addWeights(arc.names, report.names, (a, b) => a + b),
      MAX_NAMES,
    ),
  };
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

/**
 * Capitalised words inside a sentence, as stems, that are neither watchlist names (blanked
 * already), numbers nor situation words: a town, a site, a group outside the watchlist. A
 * headline in title case ("Massacre Shows Need to Protect Civilians") capitalises every word,
 * so it tells no names.
 */
function rareNames(text: string, entities: readonly string[]): string[] {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (words.length >= 4 && 2 * capitalised > words.length) return [];
  return textAnchors(text, entities).filter(
    (anchor) =>
      !anchor.startsWith('^') && !/^\d+$/.test(anchor) && situationOf(anchor) === undefined,
  );
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
