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

/** The same event told by one or more outlets. */
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
}

/** Corroborated = told by at least two independent outlets. */
export function isCorroborated(story: Pick<Story, 'sources'>): boolean {
  return new Set(story.sources.map((s) => s.outlet)).size >= 2;
}
