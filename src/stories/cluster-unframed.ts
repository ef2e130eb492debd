/**
 * The clustering rules for a report or a story that names no action (see cluster-stories.ts):
 * the event rule (tag, place and entities within the event window), the same-actor rule, the
 * names rule (see name-evidence.ts), the shared-name rule and the same-subject rule.
 */
import type { Verdict } from './cluster-verdict.js';
import { isCityName } from './city-names.js';
import { verbsDiffer } from './headline-verbs.js';
import { kindredViolence } from './kindred-violence.js';
import { MAX_NAME_STORIES, nameEvidence, namesJoin, type NameCounts } from './name-evidence.js';
import type { ClusterInput, StorySignature } from './story-signature.js';
import { anchorsMeet, sharedNames } from './text-anchors.js';
import { sharedCount } from './text-features.js';

export const MIN_ENTITY_JACCARD = 0.4;
/** Entity overlap that joins two reports with no place and no shared name, when close in time. */
const STRONG_ENTITY_JACCARD = 0.75;
const STRONG_WINDOW_MS = 12 * 60 * 60 * 1000;
/** Entity overlap and text similarity that join a report naming no action to its subject's story. */
const SUBJECT_ENTITY_JACCARD = 0.6;
const SUBJECT_TEXT = 0.35;

/** One item as every candidate is judged against it. */
export interface Judged {
  readonly item: ClusterInput;
  readonly signature: StorySignature;
  readonly itemTitle: ReadonlySet<string>;
  /** How many open stories carry each name; computed once per item, when first needed. */
  readonly nameCounts: () => NameCounts;
}

export type Facts = Pick<Verdict, 'frames' | 'text' | 'tag' | 'entities' | 'sameDay' | 'placed'>;

/**
 * The rules for a report or a story that names no action: the event rule (tag, place and
 * entities within the event window), the names rule, and the same-subject rule (a report that
 * leads with the story's actors, shares most of its entities and enough of its wording).
 */
export function unframed(
  judged: Judged,
  story: StorySignature,
  span: { readonly from: number; readonly to: number },
  eventWindowMs: number,
  facts: Facts,
  same: { readonly sameSubject: boolean; readonly sameActor: boolean },
): Verdict {
  const { item, signature } = judged;
  const placeless = signature.places.length === 0 && story.places.length === 0;
  const storyFrom = span.from;
  const storyTo = span.to;
  const close = Math.abs(item.publishedAt - storyTo) <= STRONG_WINDOW_MS;
  const placed =
    sharedCount(signature.places, story.places) > 0 ||
    (placeless &&
      (anchorsMeet(signature.anchors ?? [], story.anchors ?? []) ||
        (close && facts.entities >= STRONG_ENTITY_JACCARD)));
  // Gunfire heard at a place and an attack there are one happening (see kindred-violence.ts).
  // Reports that neither an event tag nor an action describes (schools reopening, a fuel
  // shortage) say what they are about by their situation words, in either language.
  const tag =
    facts.tag ||
    (sharedCount(signature.places, story.places) > 0 &&
      kindredViolence({ ...signature, titles: [item.title] }, story)) ||
    sameSituation(signature, story);
  const score = 0.5 * facts.entities + (tag ? 0.25 : 0) + (placed ? 0.25 : 0);
  const inTime =
    item.publishedAt >= storyFrom - eventWindowMs && item.publishedAt <= storyTo + eventWindowMs;
  if (!inTime) return { ...facts, joins: false, score: score / 2, rule: 'outside-window', placed };
  const joins = tag && placed && facts.entities >= MIN_ENTITY_JACCARD;
  const verdict: Verdict = { ...facts, tag, joins, score, rule: 'event', placed };
  if (joins) return verdict;
  // A report by the story's actor within its hours, naming no other action, is its development.
  if (same.sameActor && (facts.tag || facts.entities >= MIN_ENTITY_JACCARD))
    return { ...verdict, joins: true, score: 0.5 + 0.25 * facts.entities, rule: 'same-actor' };
  if (facts.entities < MIN_ENTITY_JACCARD) return verdict;
  const named = byName(verdict, judged, story);
  if (named.joins) return named;
  const shared = sharedName(judged, story, facts);
  if (shared.length > 0)
    return {
      ...verdict,
      joins: true,
      score: 0.25 + 0.5 * facts.entities,
      rule: 'shared-name',
      names: shared,
    };
  if (!same.sameSubject) return named;
  const sameLanguage = story.lang.split(',').includes(item.lang);
  return sameLanguage && facts.text >= SUBJECT_TEXT && facts.entities >= SUBJECT_ENTITY_JACCARD
    ? { ...verdict, joins: true, score: (facts.entities + facts.text) / 2, rule: 'same-subject' }
    : verdict;
}

/**
 * Neither side has an event tag or names an action, and both speak of one situation (a
 * situation word of a headline or lead, see situation-words.ts): the topic the tag would have
 * given. A story that names its happening ("Mali closes schools over fuel blockade") is not
 * joined by a report that only shares its situation ("queues grow as the blockade bites").
 */
function sameSituation(item: StorySignature, story: StorySignature): boolean {
  const untold = (s: StorySignature): boolean =>
    s.tags.length === 0 && (s.frames ?? []).length === 0;
  return untold(item) && untold(story) && sharedCount(item.keys ?? [], story.keys ?? []) > 0;
}

/** The names rule, tried when the event rule did not join but the entities overlap enough. */
function byName(verdict: Verdict, judged: Judged, story: StorySignature): Verdict {
  const names = nameEvidence(judged.signature, story, verdict.text, judged.nameCounts());
  if (!namesJoin(names)) return verdict;
  return {
    ...verdict,
    joins: true,
    score: 0.5 * verdict.entities + 0.25 + (verdict.tag ? 0.25 : 0),
    rule: 'names',
    placed: true,
    names: names.distinctive,
  };
}

/**
 * The shared-name rule, tried after the names rule: on political and economic news most
 * headlines name no action the lexicon knows and carry no event tag, so reports of one
 * development split. Two reports that name no conflicting action (their frames agree, or neither
 * names one), one of them without an event tag, that share a name of a company, person or site
 * (an anchor, neither a number nor a city, see city-names.ts) few open stories carry, are one
 * development: the name stands in for the tag and the place. Different developments of one crisis share its names a day apart
 * ("Benin blocks Niger oil", "Talon asks Niger to reopen the border"), so two headlines that
 * lead with different verbs are not joined by it (see headline-verbs.ts). The names that join.
 */
function sharedName(judged: Judged, story: StorySignature, facts: Facts): string[] {
  const item = judged.signature;
  const untold = (item.frames ?? []).length === 0 && (story.frames ?? []).length === 0;
  if (facts.frames !== 'agree' && !untold) return [];
  if (item.tags.length > 0 && story.tags.length > 0) return [];
  if (verbsDiffer(judged.item.title, story.titles)) return [];
  const counts = judged.nameCounts();
  return sharedNames(item.anchors ?? [], story.anchors ?? []).filter(
    (name) =>
      !/^\d+$/u.test(name) &&
      !isCityName(name) &&
      (counts.carrying.get(name) ?? 0) <= MAX_NAME_STORIES,
  );
}
