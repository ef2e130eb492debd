import {
  assignStory,
  mergeSignatures,
  signItem,
  type Assignment,
  type ClusterCandidate,
  type ClusterInput,
} from '../../../src/stories/cluster-stories.js';

export const HOUR = 3_600_000;
const WINDOW = 72 * HOUR;

/** A story made of `inputs`, in order, as the pipeline would have built it. */
export function story(id: string, ...inputs: ClusterInput[]): ClusterCandidate {
  const [first, ...rest] = inputs;
  if (first === undefined) throw new Error('a story needs a report');
  const signature = rest.reduce((s, input) => mergeSignatures(s, signItem(input)), signItem(first));
  const times = inputs.map((input) => input.publishedAt);
  return {
    storyId: id,
    firstSeenAt: Math.min(...times),
    lastSeenAt: Math.max(...times),
    firstPublishedAt: Math.min(...times),
    lastPublishedAt: Math.max(...times),
    signature,
  };
}

/** Where an item goes among `candidates`, an hour after it was published, with a 72 h window. */
export function assign(item: ClusterInput, ...candidates: ClusterCandidate[]): Assignment {
  return assignStory(item, signItem(item), candidates, {
    windowMs: WINDOW,
    now: item.publishedAt + HOUR,
  });
}

/**
 * A maker of reports published `hours` after `t0`, with the fields every report of a test file
 * shares (language, entities, tags…); `extra` overrides them for one report.
 */
export function reporter(
  t0: number,
  shared: Omit<ClusterInput, 'title' | 'summary' | 'publishedAt'>,
): (title: string, summary: string, hours: number, extra?: Partial<ClusterInput>) => ClusterInput {
  return (title, summary, hours, extra = {}) => ({
    title,
    summary,
    publishedAt: t0 + hours * HOUR,
    ...shared,
    ...extra,
  });
}

/** The fields of an English report about Mali that names no place, tag or other entity. */
export const PLAIN_MALI_REPORT = {
  lang: 'en',
  entities: ['mali'],
  places: [],
  tags: [],
  titleEntities: ['mali'],
} as const satisfies Omit<ClusterInput, 'title' | 'summary' | 'publishedAt'>;
