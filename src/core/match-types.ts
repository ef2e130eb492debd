/** The fields of an item that the matcher reads; a title hit weighs more. */
export type MatchField = 'title' | 'summary' | 'content';

export interface MatchInput {
  readonly title: string;
  readonly summary?: string;
  readonly content?: string;
  /** Publication time, epoch ms; descriptors with a date range read it (absent: undated). */
  readonly publishedAt?: number;
}

/** One accepted hit, with offsets into the original (unfolded) field text. */
export interface EntityMatch {
  readonly entity: string;
  /** The alias as written in the watchlist. */
  readonly alias: string;
  readonly field: MatchField;
  readonly start: number;
  readonly end: number;
  /** For an entity implied by another (a place implies its country): the implying entity id. */
  readonly impliedBy?: string;
  /** True when a descriptive reference matched ("the Malian army"); `alias` is then its phrase. */
  readonly descriptor?: true;
  /** For a descriptor: the context that allowed it (`mali`, `"Ménaka"`, `from 2024-01`), or ''. */
  readonly context?: string;
}

/** A candidate hit the rules turned down, kept so `--explain` can say why. */
export interface VetoedMatch {
  readonly entity: string;
  readonly alias: string;
  readonly field: MatchField;
  readonly start: number;
  readonly end: number;
  /** e.g. `excludes "Nigeria"`, `requires one of: Niamey, Tiani, …`, `context-only, no Sahel anchor`. */
  readonly reason: string;
}

export interface MatchResult {
  /** Matched entity ids, strongest first (title hits, then count). */
  readonly entities: readonly string[];
  readonly matches: readonly EntityMatch[];
  readonly vetoed: readonly VetoedMatch[];
  /** Per entity: a score (title hits weigh more), for ranking. */
  readonly scores: Readonly<Record<string, number>>;
}
