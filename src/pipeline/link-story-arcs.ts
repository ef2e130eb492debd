import type { ArcStore, StoredArc } from '../core/arc-ports.js';
import type { Config } from '../core/config-types.js';
import type { Story } from '../core/story.js';
import {
  arcVocabulary,
  linkArc,
  addReport,
  mergeArcSignatures,
  readArcSignature,
  signArcStory,
  type ArcInput,
  type ArcSignature,
  type ArcVocabulary,
} from '../stories/link-arcs.js';
import { arcTitle } from '../stories/arc-title.js';

const DAY = 24 * 3_600_000;

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
   * Another report joined a story of an arc: the arc is last seen as late as its stories (so
   * retention keeps it whole) and counts the report's situation words (for its title).
   */
  touch(story: Story, input: ArcInput): void;
}

export interface ArcLinkerDeps {
  readonly config: Pick<Config, 'watchlist' | 'settings'>;
  readonly arcs?: ArcStore;
}

/** An arc linker over the store's arcs last seen within `stories.arcDays`, or null without arcs. */
export function createArcLinker(deps: ArcLinkerDeps, now: number): ArcLinker | null {
  const store = deps.arcs;
  if (store === undefined) return null;
  const vocabulary = arcVocabulary(deps.config.watchlist);
  const windowMs = deps.config.settings.stories.arcDays * DAY;
  const recent = new Map(
    store
      .recentArcs(now - windowMs)
      .map((a) => [a.arc.id, { arc: a.arc, signature: readArcSignature(a.signature) }]),
  );
  return {
    link(story, input) {
      const signature = signArcStory(input, vocabulary);
      const link = linkArc(signature, [...recent.values()], vocabulary, { now, windowMs });
      const target = link.arcId === null ? undefined : recent.get(link.arcId);
      const merged = link.merged.flatMap((id) => recent.get(id) ?? []);
      const own = startArc(story, signature, vocabulary);
      const arc = target
        ? [...merged, own].reduce((into, other) => joinArcs(into, other, vocabulary), target)
        : own;
      const placed = { ...story, arcId: arc.arc.id };
      return { story: placed, reason: link.reason, arc, created: !target, merged };
    },
    commit({ story, arc, created, merged }) {
      const update = { ...arc.arc, signature: arc.signature };
      if (created) store.insertArc(arc.arc, arc.signature);
      else store.addToArc(arc.arc.id, story.id, update);
      for (const other of merged) {
        for (const storyId of other.arc.storyIds) store.addToArc(arc.arc.id, storyId, update);
        recent.delete(other.arc.id);
      }
      recent.set(arc.arc.id, arc);
    },
    touch(story, input) {
      const arc = story.arcId == null ? undefined : recent.get(story.arcId);
      if (arc === undefined) return;
      const signature = addReport(arc.signature, signArcStory(input, vocabulary));
      const lastSeenAt = Math.max(arc.arc.lastSeenAt, story.lastSeenAt);
      const title = arcTitle(signature, vocabulary);
      const touched = { arc: { ...arc.arc, lastSeenAt, title }, signature };
      store.addToArc(arc.arc.id, story.id, { ...touched.arc, signature });
      recent.set(arc.arc.id, touched);
    },
  };
}

function startArc(
  story: Story,
  signature: ArcSignature,
  vocabulary: ArcVocabulary,
): StoredArc<ArcSignature> {
  const arc = {
    id: `arc-${story.id}`,
    title: arcTitle(signature, vocabulary),
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
    title: arcTitle(signature, vocabulary),
    firstSeenAt: Math.min(into.arc.firstSeenAt, other.arc.firstSeenAt),
    lastSeenAt: Math.max(into.arc.lastSeenAt, other.arc.lastSeenAt),
    storyIds: [...into.arc.storyIds, ...other.arc.storyIds],
  };
  return { arc, signature };
}
