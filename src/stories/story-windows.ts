/**
 * The time windows of clustering: how long after a story's reports another report may still be
 * the same development, and when late coverage of an attack is the attack told again. Pure.
 */
import { incident } from './action-frame.js';
import type { ClusterCandidate } from './cluster-stories.js';
import type { StorySignature } from './story-signature.js';

export const DAY_MS = 24 * 60 * 60 * 1000;
/** A development is told within two days of its first report (see `developmentWindowMs`). */
export const DEVELOPMENT_WINDOW_MS = 2 * DAY_MS;
/** How long after its first report an attack at a named place is still covered (`lateCoverage`). */
const LATE_COVERAGE_MS = 7 * DAY_MS;

/** The event window (around the story's reports) and the development window (after its first). */
export interface Windows {
  readonly event: number;
  readonly development: number;
}

/**
 * Hours, not days: within two days of the story's first report, and a day of its last unless
 * the same action that does not recur (a closure, an exit) is told again (`lasting`). Late
 * coverage that names the day of its happening is placed on that day too (see
 * happening-day.ts).
 */
export function withinDevelopment(
  publishedAt: number,
  signature: StorySignature,
  candidate: ClusterCandidate,
  windows: Windows,
  lasting: boolean,
): boolean {
  const storyFrom = candidate.firstPublishedAt ?? candidate.firstSeenAt;
  const storyTo = candidate.lastPublishedAt ?? candidate.lastSeenAt;
  const [day] = signature.days ?? [];
  const times = day === undefined ? [publishedAt] : [publishedAt, (day + 1) * DAY_MS - 1];
  return times.some(
    (at) =>
      at >= storyFrom - windows.event &&
      at <= storyFrom + windows.development &&
      (lasting || at <= storyTo + windows.event),
  );
}

/**
 * Late coverage of a violent happening at a named place: a headline that tells only the
 * attack, with no side acting in it, at a town the story's reports name, within a week of its
 * first report and on no other day than theirs, is the story's happening told again ("Djibo
 * raid rattles Burkina Faso's junta" four days after the raid on Djibo). Outlets cover an
 * attack for days; a new attack on the same town is told with its own day, or at another place.
 */
export function lateCoverage(
  publishedAt: number,
  item: StorySignature,
  candidate: ClusterCandidate,
): boolean {
  const frame = item.frames?.[0];
  const story = candidate.signature;
  if (frame === undefined || frame.fromLead === true || !incident(frame)) return false;
  // A side that acts in the headline ("army uses drones in attack against Tuaregs") tells a
  // new act; a retelling names the happening ("raid", "attack in Djibo"), not who does it.
  if ((item.actors ?? []).length > 0) return false;
  if (!(story.frames ?? []).every((f) => incident(f))) return false;
  if (!item.places.some((place) => story.places.includes(place))) return false;
  const days = story.days ?? [];
  if ((item.days ?? []).some((day) => !days.includes(day))) return false;
  const storyFrom = candidate.firstPublishedAt ?? candidate.firstSeenAt;
  return publishedAt >= storyFrom && publishedAt <= storyFrom + LATE_COVERAGE_MS;
}
