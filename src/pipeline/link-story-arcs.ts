import type { ArcStore, StoredArc } from '../core/arc-ports.js';
import type { Config } from '../core/config-types.js';
import type { Story } from '../core/story.js';
import { arcTitles } from '../stories/arc-title-fr.js';
import {
  addReport,
  arcVocabulary,
  HEADLINE,
  mergeArcSignatures,
  readArcSignature,
  signArcReport,
  signArcStory,
  type ArcInput,
  type ArcReport,
  type ArcSignature,
  type ArcVocabulary,
  headlineTags,
} from '../stories/arc-signature.js';
import { MEASURE_KEY } from '../stories/measure-headline.js';
import {
  knownNames,
  linkArc,
  MERGE_MARGIN,
  placedLike,
  TOPIC_NEEDED,
} from '../stories/link-arcs.js';

const DAY = 24 * 3_600_000;
/**
 * A place more recent arcs than this name is where much news happens (a capital, a garrison
 * town): it identifies no quiet situation.
 */
const BUSY_PLACE = 2;

/** A new story placed in an arc, before the arc is written. */
export interface ArcPlacement {
  /** The story with its `arcId`. */
  readonly story: Story;
  /** One line: which arc it continues, or why it starts one. */
  readonly reason: string;
  /** The arc with the story (and any arcs it joined) in it. */
  readonly arc: StoredArc<ArcSignature>;
  readonly created: boolean;
  /** Arcs the story showed to be the same situation, now part of `arc`. */
  readonly merged: readonly StoredArc<ArcSignature>[];
}

/** Arc linking over one batch of items: recent arcs read once, kept in step as stories are filed. */
export interface ArcLinker {
  /** The arc a new story continues (or starts), and the story with its `arcId`. */
  link(story: Story, input: ArcInput): ArcPlacement;
  /** Writes a placement once its story is stored (same transaction). */
  commit(placement: ArcPlacement): void;
  /**
   * Another report joined a story: its arc is last seen as late as the story (so retention keeps
   * it whole) and learns the report's principals, situation words and rare names. When the
   * report's headline names what the arc's headlines have not (a topic, an actor, a place, a
   * situation word), the story's arc is checked again: alone in it, the story joins the arc
   * the report continues, as a new story would; an arc of several developments joins another
   * only on the evidence that joins two arcs. Returns the story's arc id now, or null.
   */
  touch(story: Story, input: ArcInput): string | null;
  /** Writes the arcs `touch` changed (once each, however many reports joined): end of batch. */
  flush(): void;
}

export interface ArcLinkerDeps {
  readonly config: Pick<Config, 'watchlist' | 'settings'>;
  readonly arcs?: ArcStore;
}

type Linked = StoredArc<ArcSignature>;

/**
 * An arc linker over the store's arcs last seen within `stories.arcDays`, and the quieter ones a
 * story's rare names find up to `stories.arcLateDays` back (inquiries, rights reports and revised
 * tolls come weeks after the event: Human Rights Watch on Barsalogho six weeks after the last
 * report); null without an arc store.
 */
export function createArcLinker(deps: ArcLinkerDeps, now: number): ArcLinker | null {
  if (deps.arcs === undefined) return null;
  const store = deps.arcs;
  const vocabulary = arcVocabulary(deps.config.watchlist);
  const windowMs = deps.config.settings.stories.arcDays * DAY;
  const lateMs = Math.max(windowMs, deps.config.settings.stories.arcLateDays * DAY);
  const recent = new Map<string, Linked>(
    store
      .recentArcs(now - windowMs)
      .map((a) => [a.arc.id, { arc: a.arc, signature: readArcSignature(a.signature) }]),
  );
  // Arcs by the actors, places and states they name: a story is compared only with the arcs
  // it shares one with, not with every arc of the week.
  const byPrincipal = new Map<string, Set<string>>();
  const index = (arc: Linked): void => {
    for (const id of Object.keys(arc.signature.principals)) {
      const arcs = byPrincipal.get(id) ?? new Set<string>();
      byPrincipal.set(id, arcs.add(arc.arc.id));
    }
  };
  const candidates = (signature: ArcSignature, except?: string): Linked[] => {
    const ids = new Set<string>();
    for (const id of Object.keys(signature.principals))
      for (const arcId of byPrincipal.get(id) ?? []) if (arcId !== except) ids.add(arcId);
    return [...ids].flatMap((id) => recent.get(id) ?? []);
  };
  for (const arc of recent.values()) index(arc);
  /** Arcs changed only by reports joining their stories: written once, by `flush`. */
  const touched = new Map<string, string>();
  /** Arcs joined into another during this batch: stories filed earlier may still name them. */
  const movedTo = new Map<string, string>();
  /**
   * Adds the quiet arcs known by a name `signature` gives that few recent arcs name (late coverage
   * may continue them).
   */
  const findLate = (signature: ArcSignature): void => {
    const names = Object.keys(signature.names).filter(
      (name) => (byPrincipal.get(name)?.size ?? 0) <= BUSY_PLACE,
    );
    if (names.length === 0) return;
    for (const found of store.arcsNamed(names, now - lateMs)) {
      if (recent.has(found.arc.id) || movedTo.has(found.arc.id)) continue;
      const arc = { arc: found.arc, signature: readArcSignature(found.signature) };
      recent.set(arc.arc.id, arc);
      index(arc);
    }
  };
  const current = (arcId: string): string => {
    let id = arcId;
    for (let next = movedTo.get(id); next !== undefined; next = movedTo.get(id)) id = next;
    return id;
  };

  /** Writes `arc` (already holding the others' developments) and moves the others' stories. */
  function absorb(arc: Linked, others: readonly Linked[]): void {
    const update = written(arc);
    for (const other of others) {
      for (const storyId of other.arc.storyIds) store.addToArc(arc.arc.id, storyId, update);
      recent.delete(other.arc.id);
      movedTo.set(other.arc.id, arc.arc.id);
    }
    recent.set(arc.arc.id, arc);
    index(arc);
  }

  return {
    link(story, input) {
      const signature = signArcStory(input, vocabulary);
      findLate(signature);
      const link = linkArc(signature, candidates(signature), vocabulary, { now, windowMs, lateMs });
      const target = link.arcId === null ? undefined : recent.get(link.arcId);
      const merged = link.merged.flatMap((id) => recent.get(id) ?? []);
      const own = startArc(story, signature, vocabulary);
      const arc = target ? joinAll(target, [...merged, own], vocabulary) : own;
      const placed = { ...story, arcId: arc.arc.id };
      return { story: placed, reason: link.reason, arc, created: !target, merged };
    },
    commit({ story, arc, created, merged }) {
      if (created) store.insertArc(arc.arc, arc.signature, knownNames(arc.signature));
      else store.addToArc(arc.arc.id, story.id, written(arc));
      absorb(arc, merged);
    },
    touch(story, input) {
      const own = story.arcId == null ? undefined : recent.get(current(story.arcId));
      if (own === undefined) return story.arcId ?? null;
      const report = signArcReport(input, vocabulary);
      // A measure against a party told by a report of a story that no measure began (the
      // suspension of a broadcaster over its coverage, filed with the attack) is another
      // situation: it neither moves the story nor teaches its arc.
      const foreign =
        report.keys[MEASURE_KEY] !== undefined && own.signature.keys[MEASURE_KEY] === undefined;
      // A story was placed on its first report: one whose headline tells more (a place, an
      // actor, a topic) places it again. Alone in its arc, the story moves as a new story
      // would; an arc of several developments joins another only on the evidence that joins
      // two arcs.
      const evidence = foreign ? null : newEvidence(own.signature, report, input);
      const unsure =
        evidence !== null
          ? placedLike(signArcStory(input, vocabulary), own.signature, vocabulary)
          : null;
      // Arcs a report may move its story to: any, or those that give a name it newly gives.
      const named = (arc: Linked): boolean =>
        evidence === 'any' || (evidence ?? []).some((n) => arc.signature.names[n] !== undefined);
      if (unsure !== null) findLate(unsure);
      const needed = own.arc.storyIds.length === 1 ? TOPIC_NEEDED : TOPIC_NEEDED + MERGE_MARGIN;
      const link =
        unsure === null
          ? null
          : linkArc(unsure, candidates(unsure, own.arc.id).filter(named), vocabulary, {
              now,
              windowMs,
              lateMs,
              needed,
            });
      const joined = link?.arcId == null ? [] : [link.arcId, ...link.merged];
      const arcs = [own, ...joined.flatMap((id) => recent.get(id) ?? [])].sort(
        (a, b) => a.arc.firstSeenAt - b.arc.firstSeenAt || a.arc.id.localeCompare(b.arc.id),
      );
      const [first = own, ...rest] = arcs;
      const whole = joinAll(first, rest, vocabulary);
      const seen = { ...whole.arc, lastSeenAt: Math.max(whole.arc.lastSeenAt, story.lastSeenAt) };
      const signature = foreign ? whole.signature : addReport(whole.signature, report);
      const arc = { arc: { ...seen, ...arcTitles(signature, vocabulary) }, signature };
      if (rest.length > 0) store.addToArc(arc.arc.id, story.id, written(arc));
      else touched.set(arc.arc.id, story.id);
      absorb(arc, rest);
      return arc.arc.id;
    },
    flush() {
      for (const [arcId, storyId] of touched) {
        const arc = recent.get(current(arcId));
        if (arc !== undefined) store.addToArc(arc.arc.id, storyId, written(arc));
      }
      touched.clear();
    },
  };
}

/**
 * What a report's headline names that its arc's headlines have not: a topic, an actor or place,
 * a situation word (`'any'`: any arc may be the story's), or only rare names (the victims'
 * people, a rights group, weeks later: only arcs that give one of them may be). Only then is
 * the story's arc checked again; null when the headline adds nothing.
 */
function newEvidence(
  arc: ArcSignature,
  report: ArcReport,
  input: ArcInput,
): 'any' | readonly string[] | null {
  const newer = (weights: ArcReport['keys'], known: ArcSignature['keys']): boolean =>
    Object.entries(weights).some(([id, w]) => w >= HEADLINE && (known[id] ?? 0) < HEADLINE);
  if (
    headlineTags(input).some((tag) => arc.tags[tag] === undefined) ||
    newer(report.principals, arc.principals) ||
    newer(report.keys, arc.keys)
  )
    return 'any';
  const names = Object.keys(report.names).filter(
    (name) => (report.names[name] ?? 0) >= 1 && (arc.names[name] ?? 0) < 1,
  );
  return names.length > 0 ? names : null;
}

/** What the store keeps of an arc on an update: titles, last seen, signature and names. */
function written(arc: Linked) {
  const { title, titleFr, lastSeenAt } = arc.arc;
  const names = knownNames(arc.signature);
  return {
    title,
    ...(titleFr === undefined ? {} : { titleFr }),
    lastSeenAt,
    signature: arc.signature,
    names,
  };
}

/** `into` with the developments of `others` added, in turn. */
function joinAll(into: Linked, others: readonly Linked[], vocabulary: ArcVocabulary): Linked {
  return others.reduce((arc, other) => joinArcs(arc, other, vocabulary), into);
}

function startArc(
  story: Story,
  signature: ArcSignature,
  vocabulary: ArcVocabulary,
): StoredArc<ArcSignature> {
  const arc = {
    id: `arc-${story.id}`,
    ...arcTitles(signature, vocabulary),
    firstSeenAt: story.firstSeenAt,
    lastSeenAt: story.lastSeenAt,
    storyIds: [story.id],
  };
  return { arc, signature };
}

/** `into` with the developments of `other` (a new story's, or another arc's) added. */
function joinArcs(
  into: StoredArc<ArcSignature>,
  other: StoredArc<ArcSignature>,
  vocabulary: ArcVocabulary,
): StoredArc<ArcSignature> {
  const signature = mergeArcSignatures(into.signature, other.signature);
  const arc = {
    ...into.arc,
    ...arcTitles(signature, vocabulary),
    firstSeenAt: Math.min(into.arc.firstSeenAt, other.arc.firstSeenAt),
    lastSeenAt: Math.max(into.arc.lastSeenAt, other.arc.lastSeenAt),
    storyIds: [...into.arc.storyIds, ...other.arc.storyIds],
  };
  return { arc, signature };
}
