/**
 * Arcs: developing situations. A new development (story) continues a recent arc when both lead
 * with the same principal actor or place AND speak of the same topic; otherwise it starts one.
 * A shared country alone never links ("Burkina: HRW report" beside "Mali: attack"): a state
 * counts only when headlines of both name it, and the topic must agree as well. Late coverage
 * (an inquiry, a revised toll weeks later) continues an older arc only when it names a town
 * the arc is known by. Signatures are built in arc-signature.ts.
 * Everything here is pure: the pipeline keeps arcs in the store and calls these functions.
 */
import type { StoredArc } from '../core/arc-ports.js';
import { HEADLINE, type ArcSignature, type ArcVocabulary } from './arc-signature.js';

export type { ArcInput } from './arc-signature.js';

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

export interface ArcLinkOptions {
  readonly now: number;
  /** An arc last seen within this continues on the usual evidence. */
  readonly windowMs: number;
  /**
   * An arc last seen within this, beyond `windowMs`, continues only when the story names a rare
   * name the arc is known by (see {@link knownName}). Defaults to `windowMs`.
   */
  readonly lateMs?: number;
  /** Topic evidence a link needs; defaults to {@link TOPIC_NEEDED}. */
  readonly needed?: number;
}

/** Topic evidence a link needs: a tag, a situation word or four headline words in common. */
export const TOPIC_NEEDED = 2;
/** Evidence beyond {@link TOPIC_NEEDED} with which a story shows a second arc is its situation too. */
export const MERGE_MARGIN = 1;
/** A shared headline word: it takes several to link without a tag or a situation word. */
const STEM_WEIGHT = 0.5;
/** Tags too broad to say alone that two stories are one situation: they weigh half. */
const BROAD_TAGS = new Set(['diplomacy', 'humanitarian', 'sanctions']);
/**
 * Tags and situation words of armed violence: gunfire heard in a town, fighting there and an
 * attack on it are one happening told by different witnesses, when a place ties them.
 */
const ARMED_VIOLENCE = new Set(['attack', 'clash', 'gunfire', 'battle']);
/** Headlines of this many reports must give a rare name before an arc is known by it. */
const KNOWN_NAME = 2;
const DAY = 86_400_000;

/**
 * Picks the recent arc a new story continues, or null. An arc is a candidate when it was last
 * seen within `windowMs` (or, known by a rare name the story names, within `lateMs`) and shares
 * a principal: an actor or place named in a headline of either, or a state named in headlines
 * of both. Its topic evidence (shared tags, situation words and headline stems) must then reach
 * `needed` ({@link TOPIC_NEEDED}); the strongest wins. Another arc the story continues clearly
 * too ({@link MERGE_MARGIN} more) is the same situation: the one of them that began first
 * carries on, and the others are named in `merged`.
 */
export function linkArc(
  story: ArcSignature,
  arcs: readonly StoredArc<ArcSignature>[],
  vocabulary: ArcVocabulary,
  options: ArcLinkOptions,
): ArcLink {
  const needed = options.needed ?? TOPIC_NEEDED;
  const continued: { arc: StoredArc<ArcSignature>; score: number; why: string }[] = [];
  let closest: { score: number; why: string } | null = null;
  for (const candidate of arcs) {
    const age = options.now - candidate.arc.lastSeenAt;
    const late = age > options.windowMs;
    const limit = late ? (options.lateMs ?? options.windowMs) : options.windowMs;
    if (candidate.arc.storyIds.length === 0 || age > limit) continue;
    const name = late ? knownName(story, candidate.signature) : undefined;
    if (late && name === undefined) continue;
    const shared = sharedPrincipals(story, candidate.signature, vocabulary);
    if (shared.length === 0) continue;
    const topic = topicEvidence(story, candidate.signature, vocabulary, shared);
    const known =
      name === undefined ? '' : `, known by ${name} (${Math.round(age / DAY)} days quiet)`;
    const why = `"${candidate.arc.title}" shares ${shared.join(', ')}${known}; topic ${topic.score} (${topic.shared.join(', ') || 'none'})`;
    if (topic.score >= needed) continued.push({ arc: candidate, score: topic.score, why });
    else if (closest === null || topic.score > closest.score) closest = { score: topic.score, why };
  }
  const best = continued.sort((a, b) => b.score - a.score)[0];
  if (best === undefined) {
    const why =
      closest === null
        ? 'no recent arc shares a principal actor or place'
        : `closest ${closest.why} < ${needed}`;
    return { arcId: null, merged: [], reason: `new arc: ${why}` };
  }
  const [first, ...others] = continued
    .filter((c) => c === best || c.score >= needed + MERGE_MARGIN)
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
 * A rare name the story gives (in its headline or lead) that headlines of {@link KNOWN_NAME}
 * reports of the arc give: "the town of Barsalogho" in a rights report weeks after the
 * "Barsalogho attack" arc fell quiet. A country is no name; the pipeline leaves out places many
 * recent arcs name (a capital).
 */
export function knownName(story: ArcSignature, arc: ArcSignature): string | undefined {
  return Object.keys(story.names).find((name) => (arc.names[name] ?? 0) >= KNOWN_NAME);
}

/** The rare names an arc is known by: the store finds the arc by them once it falls quiet. */
export function knownNames(arc: ArcSignature): string[] {
  return Object.keys(arc.names).filter((name) => (arc.names[name] ?? 0) >= KNOWN_NAME);
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
 * Two kinds of armed violence (gunfire heard, an attack) count as a tag when a place ties them.
 */
function topicEvidence(
  story: ArcSignature,
  arc: ArcSignature,
  vocabulary: ArcVocabulary,
  principals: readonly string[],
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
  const name = elsewhere ? undefined : sharedHeadlineName(story, arc, vocabulary);
  if (name !== undefined) {
    score += 2;
    shared.push(`name ${name}`);
  }
  const placed = principals.some((id) => vocabulary.get(id)?.kind === 'place');
  const kin = placed && !elsewhere ? kindredViolence(story, arc) : undefined;
  if (kin !== undefined) {
    score += 2;
    shared.push(kin);
  }
  const meet = (a: number, b: number): number =>
    a >= HEADLINE && b >= HEADLINE ? 1 : a >= HEADLINE || b >= HEADLINE ? 0.5 : 0;
  // A headline that names its topic says what the story is about: the topics of its lead
  // recall other events.
  const minimum = story.headed === true ? HEADLINE : 0;
  for (const [key, weight] of Object.entries(story.keys)) {
    if (weight < minimum) continue;
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

/**
 * A name outside the watchlist that the story's headline and a headline of the arc give (a
 * village, the victims' people, a named event): reactions tell a situation by it ("enquête
 * ouverte après des appels à l'extermination de Peuls" after "le train de l'enfer a démarré
 * pour les Peuls"), so it says what a story is about as a tag does.
 */
function sharedHeadlineName(
  story: ArcSignature,
  arc: ArcSignature,
  vocabulary: ArcVocabulary,
): string | undefined {
  return Object.keys(story.names).find(
    (name) => !vocabulary.has(name) && (story.names[name] ?? 0) >= 1 && (arc.names[name] ?? 0) >= 1,
  );
}

/**
 * `attack~gunfire` when each side tells a different kind of armed violence (a tag, or a
 * situation word of its headlines) and no kind is common to both (that one counts already).
 */
function kindredViolence(story: ArcSignature, arc: ArcSignature): string | undefined {
  const kinds = (signature: ArcSignature): string[] =>
    [...ARMED_VIOLENCE].filter(
      (kind) => signature.tags[kind] !== undefined || (signature.keys[kind] ?? 0) >= HEADLINE,
    );
  const mine = kinds(story);
  const theirs = kinds(arc);
  if (mine.length === 0 || theirs.length === 0 || mine.some((k) => theirs.includes(k)))
    return undefined;
  return `${theirs[0]}~${mine[0]}`;
}

/**
 * A joining report's signature, placed where its story's headlines already were (see
 * `ArcSignature.placedAt`); unchanged when they named no place.
 */
export function placedLike(
  report: ArcSignature,
  story: ArcSignature,
  vocabulary: ArcVocabulary,
): ArcSignature {
  const places = headlinePlaces(story, vocabulary);
  return places.length === 0 ? report : { ...report, placedAt: places };
}

/**
 * True when both headlines name places and no place is named by headlines of both. A report
 * whose headline names none is where its story was placed before (`placedAt`).
 */
function placesConflict(
  story: ArcSignature,
  arc: ArcSignature,
  vocabulary: ArcVocabulary,
): boolean {
  const named = headlinePlaces(story, vocabulary);
  const mine = named.length > 0 ? named : (story.placedAt ?? []);
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
