/**
 * A wave of attacks: one group striking several places on one day (a coordinated day of
 * attacks) is one development, though first reports name one town and later ones "attacks in
 * several towns". A report that tells the attacks as a wave belongs with the wave's story
 * rather than with a single-town attack of another day. Pure.
 */
import { incident } from './action-frame.js';
import type { ClusterCandidate } from './cluster-stories.js';
import type { StorySignature } from './story-signature.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** How long after a wave's first report a report telling it as a wave may still join it. */
const WAVE_COVERAGE_MS = 7 * DAY_MS;

const ATTACKS_EN = String.raw`(?:attacks|assaults|raids|offensives|strikes)`;
const ATTACKS_FR = String.raw`(?:attaques|assauts|raids|offensives|incursions)`;
const PLACES_EN = String.raw`(?:towns|localities|villages|cities|places|locations|sites|regions|provinces|military posts|army posts|bases)`;
const PLACES_FR = String.raw`(?:localités|villes|villages|sites|régions|provinces|postes|bases|communes)`;

/**
 * Wording that tells several attacks as one: "simultaneous / coordinated / multiple attacks",
 * "a series / wave of attacks", "attacks in several towns"; in French "attaques simultanées /
 * coordonnées", "série / vague d'attaques", "attaques dans plusieurs localités".
 */
const WAVE_WORDS: readonly RegExp[] = [
  new RegExp(
    String.raw`\b(?:simultaneous|coordinated|multiple|concerted)\s+(?:\p{L}+\s+)?${ATTACKS_EN}\b`,
    'iu',
  ),
  new RegExp(String.raw`\b(?:series|wave|string|spate)\s+of\s+(?:\p{L}+\s+)?${ATTACKS_EN}\b`, 'iu'),
  new RegExp(
    String.raw`\b${ATTACKS_EN}\b[^.;]{0,40}\b(?:several|multiple|various|many)\s+(?:\p{L}+\s+)?${PLACES_EN}\b`,
    'iu',
  ),
  new RegExp(
    String.raw`(?:^|[^\p{L}])${ATTACKS_FR}(?:\s+\p{L}+)?\s+(?:simultanées|coordonnées|concertées)(?![\p{L}])`,
    'iu',
  ),
  new RegExp(
    String.raw`(?:^|[^\p{L}])(?:série|vague|succession)\s+d['’]${ATTACKS_FR}(?![\p{L}])`,
    'iu',
  ),
  new RegExp(
    String.raw`(?:^|[^\p{L}])${ATTACKS_FR}(?![\p{L}])[^.;]{0,40}(?:^|[^\p{L}])plusieurs\s+${PLACES_FR}(?![\p{L}])`,
    'iu',
  ),
];

/** True when the text tells several attacks as one wave (see {@link WAVE_WORDS}). */
export function tellsWave(text: string): boolean {
  return WAVE_WORDS.some((pattern) => pattern.test(text));
}

/**
 * A report telling a wave of attacks joins a story that told the attacks as a wave too, within
 * a week of its first report: its headline tells an attack (no claim, toll revision or
 * reaction: the caller has already rejected those), it names no day the story's reports do not
 * name, and it names no place when the story's reports name others. The caller checks that the
 * actors do not differ.
 */
export function joinsWave(
  publishedAt: number,
  item: StorySignature,
  candidate: ClusterCandidate,
): boolean {
  const story = candidate.signature;
  if (item.wave !== true || story.wave !== true) return false;
  const frame = item.frames?.[0];
  if (frame === undefined || frame.negated || !incident(frame)) return false;
  const days = story.days ?? [];
  if ((item.days ?? []).some((day) => !days.includes(day))) return false;
  if (
    item.places.length > 0 &&
    story.places.length > 0 &&
    !item.places.some((place) => story.places.includes(place))
  )
    return false;
  const from = candidate.firstPublishedAt ?? candidate.firstSeenAt;
  return publishedAt >= from && publishedAt <= from + WAVE_COVERAGE_MS;
}
