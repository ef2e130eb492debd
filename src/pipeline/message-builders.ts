import type { ArcStore } from '../core/arc-ports.js';
import type { Language, SettingsConfig } from '../core/config-types.js';
import type { StoryStore } from '../core/delivery-ports.js';
import type { ArcMark, Message } from '../core/message.js';
import type { Arc, Story } from '../core/story.js';
import { arcNeighbourIds, buildArcMark } from '../digest/arc-mark.js';
import {
  buildAlert,
  buildAlertUpdate,
  type AlertInput as AlertBuildInput,
} from '../digest/build-alert.js';
import { buildDigest, type DigestInput as DigestBuildInput } from '../digest/build-digest.js';
import type { CardConfig } from '../digest/story-card.js';

/**
 * What an alert or its later update shows. The knowledge base, the timezone and the story's
 * place in its arc are filled in by the builders.
 */
export type AlertInput = Omit<AlertBuildInput, 'config' | 'arc' | 'timezone'>;

/** A digest's window and presentation; the knowledge base and the arcs are filled in by the builders. */
export type DigestInput = Omit<DigestBuildInput, 'config' | 'arcs'>;

/**
 * The messages the pipeline queues. The default set wraps the pure builders of `src/digest`;
 * tests pass simpler ones to look at what was queued rather than how it reads.
 */
export interface MessageBuilders {
  alert(input: AlertInput): Message;
  /** The alert again, with the sources that arrived since ("also reported by …"). */
  update(input: AlertInput): Message;
  /** Null when the window is empty and empty digests are skipped. */
  digest(input: DigestInput): Message | null;
}

/** What the builders read of the store to place a story in its arc (the caller's transaction). */
export interface ArcSources {
  readonly arcs: Pick<ArcStore, 'getArc'>;
  readonly stories: Pick<StoryStore, 'get'>;
}

/** The knowledge base, and the settings' timezone: where an alert reads the day its arc began. */
export type BuilderConfig = CardConfig & {
  readonly settings: Pick<SettingsConfig, 'countries' | 'timezone'>;
};

/**
 * The message builders of `src/digest`, bound to the knowledge base and to the arcs: alerts
 * carry their story's arc mark and digests group each arc's developments.
 */
export function createMessageBuilders(config: BuilderConfig, arcs: ArcSources): MessageBuilders {
  const alertInput = (input: AlertInput): AlertBuildInput => ({
    ...input,
    config,
    timezone: config.settings.timezone,
    arc: arcMarkOf(arcs, input.story, input.locale),
  });
  return {
    alert: (input) => buildAlert(alertInput(input)),
    update: (input) => buildAlertUpdate(alertInput(input)),
    digest: (input) =>
      buildDigest({
        ...input,
        config,
        arcs: arcsOf(arcs, input.stories),
      }),
  };
}

/**
 * A story's arc mark from the store: its arc, the arc's first development and the one before
 * it. Null when the story has no arc or the arc is gone.
 */
export function arcMarkOf(sources: ArcSources, story: Story, locale: Language): ArcMark | null {
  if (typeof story.arcId !== 'string') return null;
  const arc = sources.arcs.getArc(story.arcId);
  if (arc === null) return null;
  const ids = arcNeighbourIds(arc, story.id);
  const load = (id: string | null): Story | null =>
    id === null ? null : id === story.id ? story : (sources.stories.get(id)?.story ?? null);
  const neighbours = { first: load(ids.first), previous: load(ids.previous) };
  return buildArcMark(arc, story.id, neighbours, locale);
}

/** The arcs of a digest's stories, each read once. */
export function arcsOf(sources: Pick<ArcSources, 'arcs'>, stories: readonly Story[]): Arc[] {
  const ids = new Set(stories.flatMap((s) => (typeof s.arcId === 'string' ? [s.arcId] : [])));
  return [...ids].flatMap((id) => sources.arcs.getArc(id) ?? []);
}
