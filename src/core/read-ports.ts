import type { StoryArc } from './arc-read-ports.js';
import type { Completion } from './command.js';
import type { Language } from './config-types.js';
import type { StoryStore } from './delivery-ports.js';
import type { EntityMatch, VetoedMatch } from './match-types.js';
import type { StoryCard } from './message.js';
import type { Result } from './result.js';
import type { ItemStore } from './store-ports.js';

/**
 * What read-only commands (`news`, `fact`, `search`, `story`, `explain`) may use. Narrow on
 * purpose: queries shaped for answers, not the stores themselves. The implementation
 * (`src/command-ports-read.ts`) builds the story cards, runs the query language and the matcher,
 * so handlers in `commands/` only choose words and layout.
 */
export interface ReadPorts {
  readonly stories: Pick<StoryStore, 'get'>;
  readonly items: Pick<ItemStore, 'get'>;
  /** The latest stories about a country, ranked as digests rank, one page of cards. */
  news(request: NewsRequest): NewsPage;
  /** One story with every source, or null when no story has that id. */
  story(storyId: string, locale: Language): StoryDetail | null;
  /** The `limit` most recently seen stories naming any of `entities`, newest first. */
  storiesNaming(entities: readonly string[], limit: number): readonly StoryHeadline[];
  /**
   * Searches stored items with the alert query language, grouped by story, best first. A query
   * that cannot be read is an error naming its column: `unbalanced parenthesis at column 14`.
   */
  search(request: SearchRequest): Result<SearchPage, string>;
  /** What the watchlist sees in a text, and why. */
  explain(text: string): Explanation;
  /**
   * Story ids starting with `prefix` for autocomplete and tab completion, at most 25, labelled
   * with the story's title; the latest stories when the prefix does not narrow (`st-`).
   */
  completeStories(prefix: string): readonly Completion[];
}

export interface NewsRequest {
  /** A state entity id (`mali`): stories naming it, or any entity that belongs to it. */
  readonly country: string;
  /** Epoch ms: stories last seen at or after it, their latest report published then or later. */
  readonly since: number;
  /** An event tag (topic entity id) the stories must carry. */
  readonly tag?: string;
  readonly offset: number;
  readonly limit: number;
  readonly locale: Language;
}

export interface NewsPage {
  /** How many stories match in all, before paging. */
  readonly total: number;
  readonly cards: readonly StoryCard[];
  /**
   * The developing situation of each card's story that is one of two developments or more, by
   * story id: the arc's title in the reader's language, where the story stands in it (1-based)
   * and how many developments it has.
   */
  readonly situations?: Readonly<Record<string, NewsSituation>>;
}

/** Where a story of `/mali news` stands in its developing situation. */
export interface NewsSituation {
  readonly title: string;
  readonly position: number;
  readonly developments: number;
}

/** A story in one line: enough to list it and to open it with `/sahel story <id>`. */
export interface StoryHeadline {
  readonly storyId: string;
  readonly title: string;
  readonly url: string | null;
  /** Outlets, one each, the lead first. */
  readonly outlets: readonly string[];
  /**
   * Epoch ms: when its latest report was published (not when the bot first saw it: a feed's
   * first poll or a slow feed brings reports days old).
   */
  readonly lastPublishedAt: number;
}

/** One report of a story, as `/sahel story` lists it. */
export interface StoryReport {
  readonly outlet: string;
  readonly title: string;
  readonly url: string | null;
  readonly publishedAt: number;
  readonly lang: Language | 'und';
}

export interface StoryDetail {
  /** The story's card (summary, tags, background facts; one source per outlet). */
  readonly card: StoryCard;
  /** Every report, oldest first, several per outlet when an outlet told it more than once. */
  readonly reports: readonly StoryReport[];
  readonly firstSeenAt: number;
  readonly lastSeenAt: number;
  /** The story's arc when it has other developments; absent otherwise. */
  readonly arc?: StoryArc;
}

export interface SearchRequest {
  /** The query as typed, in the alert query language. */
  readonly query: string;
  /** Epoch ms: items first seen at or after it; absent means the whole store. */
  readonly since?: number;
  /** Order of the groups (stories before loose items in each): `relevance` when absent. */
  readonly sort?: SearchSort;
  readonly offset: number;
  readonly limit: number;
}

/**
 * How search results are ordered: `relevance` (the best-ranked matching report first),
 * `newest` (the story last seen latest first), `sources` (the story told by the most outlets
 * first, then the most independent ones).
 */
export const SEARCH_SORTS = ['relevance', 'newest', 'sources'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** Items of one story that matched a search, or a lone item in no story. */
export interface SearchGroup extends StoryHeadline {
  readonly storyId: string;
  /** True when the group is a lone item in no story (then `storyId` is the item's id). */
  readonly loose: boolean;
  /** How many of its items matched. */
  readonly matched: number;
  /**
   * How many independent sources tell the story, as posts count them: an outlet's several feeds
   * once, word-for-word reprints of one report once (`independentOutlets` in core/story.ts);
   * 1 for a loose item.
   */
  readonly independent: number;
  /** How many outlets carry it, an outlet's feeds once: more than `independent` for reprints. */
  readonly outletCount: number;
}

export interface SearchPage {
  /** Groups found among the candidates examined. */
  readonly total: number;
  /** True when more candidates existed than were examined, so `total` is a lower bound. */
  readonly capped: boolean;
  /** How many of the best-ranked candidate reports were examined. */
  readonly examined: number;
  readonly groups: readonly SearchGroup[];
}

export interface ExplainedEntity {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
}

export interface Explanation {
  /** The pipeline's decision (`isSahelNews`): would an item with this text make a story? */
  readonly relevant: boolean;
  /** Matched entities, strongest first. */
  readonly entities: readonly ExplainedEntity[];
  /** Matched event topics, which alone make nothing relevant. */
  readonly topics: readonly string[];
  /** Matched context-only states (Russia, France), which alone make nothing relevant. */
  readonly context: readonly string[];
  /** Each accepted hit with the text found there (offsets into the text). */
  readonly matches: readonly (EntityMatch & { readonly found: string })[];
  /** Near misses the rules turned down, with the reason. */
  readonly vetoed: readonly VetoedMatch[];
}
