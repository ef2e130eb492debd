/**
 * The names rule of clustering: two reports with no shared event tag are one event when they
 * share a distinctive name (a town, site or party outside the watchlist, or a watchlist place
 * few open stories carry), enough entities, compatible tags and enough wording for their
 * languages. Names survive translation where words do not; a capital every other report
 * mentions identifies nothing, so a name counts only when few open stories carry it.
 */
import { anchorName, sharedNames } from './text-anchors.js';
import { sharedCount } from './text-features.js';

/** The part of a signature the names rule reads. */
export interface NamedSignature {
  /** Watchlist entity ids, places included. */
  readonly entities: readonly string[];
  readonly places: readonly string[];
  readonly tags: readonly string[];
  readonly lang: string;
  readonly anchors?: readonly string[];
}

/** How many open stories carry each name, out of how many: the rarer, the more it identifies. */
export interface NameCounts {
  readonly stories: number;
  readonly carrying: ReadonlyMap<string, number>;
}

/** A name carried by more open stories than this identifies no particular event. */
export const MAX_NAME_STORIES = 2;
/**
 * … or more than this share of them: with few open stories there is no telling a rare name from
 * a common one (one story in one carries its country too), so the rule waits for a base rate.
 */
export const MAX_NAME_SHARE = 0.2;
/** Text similarity the names rule asks of two reports in one language … */
export const SAME_LANGUAGE_TEXT = 0.3;
/**
 * … and of reports in different languages, whose words rarely share stems. A town implies its
 * country, so two reports set in one town share two entities: a solar plant and a flood at
 * Ségou (text 0.1) are not one event by its name.
 */
export const CROSS_LANGUAGE_TEXT = 0.12;

/** Counts, over the open stories, how many carry each anchor name, place or entity. */
export function countNames(stories: readonly NamedSignature[]): NameCounts {
  const counts = new Map<string, number>();
  for (const story of stories) {
    const names = new Set([
      ...(story.anchors ?? []).map(anchorName),
      ...story.places,
      ...story.entities,
    ]);
    for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return { stories: stories.length, carrying: counts };
}

/** What the names rule found for one item and one story. */
export interface NameEvidence {
  /** Shared names few open stories carry. */
  readonly distinctive: readonly string[];
  /** No tag on one side, or a tag shared: the reports do not name different kinds of event. */
  readonly compatible: boolean;
  /** The text similarity the item's language asks for was reached. */
  readonly worded: boolean;
}

/** Gathers the names rule's evidence; `text` is the item's text similarity to the story. */
export function nameEvidence(
  item: NamedSignature,
  story: NamedSignature,
  text: number,
  counts: NameCounts,
): NameEvidence {
  const names = new Set([
    ...sharedNames(item.anchors ?? [], story.anchors ?? []),
    ...item.places.filter((p) => story.places.includes(p)),
    ...item.entities.filter((e) => story.entities.includes(e)),
  ]);
  const distinctive = [...names].filter((n) => {
    const carrying = counts.carrying.get(n) ?? 0;
    return carrying <= MAX_NAME_STORIES && carrying <= counts.stories * MAX_NAME_SHARE;
  });
  const compatible =
    item.tags.length === 0 || story.tags.length === 0 || sharedCount(item.tags, story.tags) > 0;
  const sameLanguage = story.lang.split(',').includes(item.lang);
  const worded = text >= (sameLanguage ? SAME_LANGUAGE_TEXT : CROSS_LANGUAGE_TEXT);
  return { distinctive, compatible, worded };
}

/** True when the evidence joins the item to the story (entities checked by the caller). */
export function namesJoin(evidence: NameEvidence): boolean {
  return evidence.compatible && evidence.worded && evidence.distinctive.length > 0;
}
