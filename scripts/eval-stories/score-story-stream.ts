import { NONE, type StoryStream, type StreamItem } from './load-story-streams.js';

/** What a replay left in the store, in the stream's own item ids. */
export interface ReplayOutcome {
  /** Every story, its items in the order they joined (the first one started it). */
  readonly stories: readonly { readonly id: string; readonly items: readonly string[] }[];
  /** The arc of each story; a story without one is its own arc. */
  readonly arcOfStory: ReadonlyMap<string, string>;
  /**
   * One entry per alert post (not updates), by the story it announced and, when known, the item
   * the post led with (the story's lead when it was queued: a news report that joined a story an
   * explainer began leads its alert).
   */
  readonly alerts: readonly { readonly storyId: string; readonly leadItem?: string }[];
  /** The title of each stored arc, by arc id, as its alerts and digests show it. */
  readonly arcTitles?: ReadonlyMap<string, string>;
}

export interface PairFigures {
  readonly gold: number;
  readonly predicted: number;
  readonly correct: number;
  /** null when there is nothing to divide by. */
  readonly precision: number | null;
  readonly recall: number | null;
}

export interface StreamErrors {
  /** Developments spread over several stories: the item ids of each story. */
  readonly split: readonly {
    readonly development: string;
    readonly stories: readonly (readonly string[])[];
  }[];
  /** Stories holding more than one development, or a development and distractors. */
  readonly merged: readonly {
    readonly story: readonly string[];
    readonly labels: readonly string[];
  }[];
  /** Labelled items that were never filed in a story (not taken for Sahel news). */
  readonly unfiled: readonly string[];
  /** Developments posted more than once, with the number of posts. */
  readonly repeated: readonly { readonly development: string; readonly posts: number }[];
  /** Alert posts that led with a distractor, by that item id. */
  readonly distractorAlerts: readonly string[];
  /** Alert posts that led with an analysis, opinion, explainer, live blog or roundup. */
  readonly analysisAlerts: readonly string[];
  /** Distractors linked into an arc with labelled items, outside those items' stories. */
  readonly arcDistractors: readonly string[];
}

export interface StreamScore {
  readonly stream: string;
  readonly heldOut: boolean;
  readonly items: number;
  readonly labelled: number;
  readonly outlets: number;
  readonly developments: number;
  readonly developmentPairs: PairFigures;
  /**
   * Arc pairs: pairs of the same labelled arc against pairs linked into one arc, counting pairs
   * with a distractor as wrong (pairs of two distractors are left out).
   */
  readonly arcPairs: PairFigures;
  /** Distractors linked into an arc with labelled items of other stories. */
  readonly arcDistractorsLinked: number;
  readonly alertPosts: number;
  /** Alert posts on the stream's developments divided by its developments. */
  readonly alertPostsPerDevelopment: number;
  readonly alertsByDevelopment: Readonly<Record<string, number>>;
  readonly developmentsWithoutAlert: readonly string[];
  readonly analysisAlerted: number;
  readonly errors: StreamErrors;
}

const key = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** Pairs inside each group, optionally keeping only pairs that pass `keep`. */
function pairsOf(
  groups: Iterable<readonly string[]>,
  keep: (a: string, b: string) => boolean,
): Set<string> {
  const out = new Set<string>();
  for (const members of groups) {
    for (let i = 0; i < members.length; i += 1) {
      for (let j = i + 1; j < members.length; j += 1) {
        const a = members[i] as string;
        const b = members[j] as string;
        if (keep(a, b)) out.add(key(a, b));
      }
    }
  }
  return out;
}

function figures(gold: Set<string>, predicted: Set<string>): PairFigures {
  let correct = 0;
  for (const pair of predicted) if (gold.has(pair)) correct += 1;
  return {
    gold: gold.size,
    predicted: predicted.size,
    correct,
    precision: predicted.size === 0 ? null : correct / predicted.size,
    recall: gold.size === 0 ? null : correct / gold.size,
  };
}

function groupBy(
  items: readonly StreamItem[],
  label: (item: StreamItem) => string,
): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const item of items) {
    const value = label(item);
    if (value === NONE) continue;
    groups.set(value, [...(groups.get(value) ?? []), item.id]);
  }
  return groups;
}

function findErrors(
  stream: StoryStream,
  outcome: ReplayOutcome,
  byId: Map<string, StreamItem>,
): Omit<StreamErrors, 'repeated' | 'distractorAlerts' | 'analysisAlerts' | 'arcDistractors'> {
  const storyOf = new Map<string, string>();
  for (const story of outcome.stories) for (const id of story.items) storyOf.set(id, story.id);
  const split = [...groupBy(stream.items, (i) => i.development)].flatMap(([development, ids]) => {
    const stories = new Map<string, string[]>();
    for (const id of ids) {
      const story = storyOf.get(id);
      if (story !== undefined) stories.set(story, [...(stories.get(story) ?? []), id]);
    }
    return stories.size > 1 ? [{ development, stories: [...stories.values()] }] : [];
  });
  const merged = outcome.stories.flatMap((story) => {
    const labels = [...new Set(story.items.map((id) => byId.get(id)?.development ?? NONE))];
    const labelled = labels.filter((l) => l !== NONE);
    return labelled.length > 1 || (labelled.length === 1 && labels.length > 1)
      ? [{ story: story.items, labels }]
      : [];
  });
  const unfiled = stream.items
    .filter((i) => i.development !== NONE && !storyOf.has(i.id))
    .map((i) => i.id);
  return { split, merged, unfiled };
}

/**
 * Each alert post counts for the development of the item it led with, as a reader sees it; an
 * alert whose lead is unknown counts for the item that started its story.
 */
function attributeAlerts(
  stream: StoryStream,
  outcome: ReplayOutcome,
  byId: Map<string, StreamItem>,
): {
  alertsByDevelopment: Record<string, number>;
  distractorAlerts: string[];
  analysisAlerts: string[];
} {
  const starterOf = new Map(outcome.stories.map((s) => [s.id, s.items[0]]));
  const alertsByDevelopment: Record<string, number> = Object.fromEntries(
    Object.keys(stream.developments).map((d) => [d, 0]),
  );
  const distractorAlerts: string[] = [];
  const analysisAlerts: string[] = [];
  for (const alert of outcome.alerts) {
    const starter = alert.leadItem ?? starterOf.get(alert.storyId);
    const item = starter === undefined ? undefined : byId.get(starter);
    if (item !== undefined && item.kind !== 'news') analysisAlerts.push(item.id);
    if (item === undefined || item.development === NONE)
      distractorAlerts.push(starter ?? alert.storyId);
    else alertsByDevelopment[item.development] = (alertsByDevelopment[item.development] ?? 0) + 1;
  }
  return { alertsByDevelopment, distractorAlerts, analysisAlerts };
}

/**
 * Scores one replay against the labels. Development pairs: pairs of items put in one story
 * against pairs of the same labelled development; pairs of two distractors are left out (two
 * reports of some other event may rightly share a story). Arc pairs: pairs of the same labelled
 * arc whose stories are linked into one arc; a pair with a distractor linked in is a wrong one.
 * Each alert post counts for the development of the item that started its story.
 */
export function scoreStoryStream(stream: StoryStream, outcome: ReplayOutcome): StreamScore {
  const byId = new Map(stream.items.map((i) => [i.id, i]));
  const labelOf = (id: string, field: 'development' | 'arc'): string =>
    byId.get(id)?.[field] ?? NONE;
  const anyLabelled = (a: string, b: string): boolean =>
    labelOf(a, 'development') !== NONE || labelOf(b, 'development') !== NONE;
  const developmentGroups = groupBy(stream.items, (i) => i.development);
  const developmentPairs = figures(
    pairsOf(developmentGroups.values(), () => true),
    pairsOf(
      outcome.stories.map((s) => s.items),
      anyLabelled,
    ),
  );
  const arcMembers = new Map<string, string[]>();
  for (const story of outcome.stories) {
    const arc = outcome.arcOfStory.get(story.id) ?? story.id;
    arcMembers.set(arc, [...(arcMembers.get(arc) ?? []), ...story.items]);
  }
  const arcPairs = figures(
    pairsOf(groupBy(stream.items, (i) => i.arc).values(), () => true),
    pairsOf(
      arcMembers.values(),
      (a, b) => labelOf(a, 'arc') !== NONE || labelOf(b, 'arc') !== NONE,
    ),
  );
  const arcDistractors = linkedDistractors(outcome, (id) => labelOf(id, 'arc'));
  const { alertsByDevelopment, distractorAlerts, analysisAlerts } = attributeAlerts(
    stream,
    outcome,
    byId,
  );
  const developments = Object.keys(stream.developments);
  const onDevelopments = Object.values(alertsByDevelopment).reduce((sum, n) => sum + n, 0);
  return {
    stream: stream.id,
    heldOut: stream.heldOut,
    items: stream.items.length,
    labelled: stream.items.filter((i) => i.development !== NONE).length,
    outlets: new Set(stream.items.map((i) => i.outlet)).size,
    developments: developments.length,
    developmentPairs,
    arcPairs,
    alertPosts: outcome.alerts.length,
    alertPostsPerDevelopment: developments.length === 0 ? 0 : onDevelopments / developments.length,
    alertsByDevelopment,
    developmentsWithoutAlert: developments.filter((d) => alertsByDevelopment[d] === 0),
    analysisAlerted: analysisAlerts.length,
    arcDistractorsLinked: arcDistractors.length,
    errors: {
      ...findErrors(stream, outcome, byId),
      repeated: Object.entries(alertsByDevelopment)
        .filter(([, n]) => n > 1)
        .map(([development, posts]) => ({ development, posts })),
      distractorAlerts,
      analysisAlerts,
      arcDistractors,
    },
  };
}

/**
 * Distractor items in an arc that also holds labelled items, when they are not in the story of
 * a labelled item (a distractor inside a labelled story is a development error, counted there).
 */
function linkedDistractors(outcome: ReplayOutcome, arcLabel: (id: string) => string): string[] {
  const byArc = new Map<string, (readonly string[])[]>();
  for (const story of outcome.stories) {
    const arc = outcome.arcOfStory.get(story.id) ?? story.id;
    byArc.set(arc, [...(byArc.get(arc) ?? []), story.items]);
  }
  return [...byArc.values()].flatMap((stories) => {
    const labelled = (items: readonly string[]): boolean =>
      items.some((id) => arcLabel(id) !== NONE);
    if (!stories.some(labelled)) return [];
    return stories.filter((items) => !labelled(items)).flat();
  });
}
