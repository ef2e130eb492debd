import type { Language } from './config-types.js';

/** One outlet's report of a story. */
export interface StorySource {
  readonly itemId: string;
  readonly feedId: string;
  /** Outlet display name (the feed's name). */
  readonly outlet: string;
  readonly url: string | null;
  readonly title: string;
  readonly lang: Language | 'und';
  readonly tier: 1 | 2 | 3;
  readonly publishedAt: number;
}

/**
 * What a piece is: a report of a happening, or writing about one. Only `news` alerts by default;
 * the others go to digests unless a subscription asks for them (`kind:analysis`).
 */
export type PieceKind = 'news' | 'analysis' | 'opinion' | 'explainer' | 'live' | 'roundup';

export const PIECE_KINDS: readonly PieceKind[] = [
  'news',
  'analysis',
  'opinion',
  'explainer',
  'live',
  'roundup',
];

/**
 * A developing situation: stories (developments) that continue one another — same principal
 * actors, place and topic within days. Stored beside the stories; retention keeps it whole.
 */
export interface Arc {
  readonly id: string;
  /** Short title, e.g. "Niger coup". */
  readonly title: string;
  readonly firstSeenAt: number;
  readonly lastSeenAt: number;
  /** Its developments (story ids), in the order they began. */
  readonly storyIds: readonly string[];
}

/** One development: the same happening told by one or more outlets. */
export interface Story {
  readonly id: string;
  readonly firstSeenAt: number;
  readonly lastSeenAt: number;
  /** The item whose title and link represent the story. */
  readonly leadItemId: string;
  readonly title: string;
  readonly url: string | null;
  readonly summary: string;
  /**
   * Optional: a summary per language when the story has sources in several (e.g. the first
   * English and the first French report's). Cards show the one in the language of the source
   * they link, falling back to `summary`.
   */
  readonly summaries?: Readonly<Partial<Record<Language, string>>>;
  readonly lang: Language | 'und';
  /** Event tags (topic entity ids): attack, coup, … */
  readonly tags: readonly string[];
  /** Matched entity ids, strongest first. */
  readonly entities: readonly string[];
  readonly countries: readonly string[];
  readonly sources: readonly StorySource[];
  /** The arc (developing situation) this development belongs to; absent or null: none yet. */
  readonly arcId?: string | null;
  /** `news` when any source reports the happening; otherwise the lead's kind. Absent: news. */
  readonly kind?: PieceKind;
}

/** Corroborated = told by at least two independent outlets. */
export function isCorroborated(story: Pick<Story, 'sources'>): boolean {
  return new Set(story.sources.map((s) => s.outlet)).size >= 2;
}
