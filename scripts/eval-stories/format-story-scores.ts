import type { StoryStream } from './load-story-streams.js';
import type { PairFigures, StreamScore } from './score-story-stream.js';

const COLUMNS = [
  ['stream', 26],
  ['items', 6],
  ['labelled', 9],
  ['outlets', 8],
  ['devs', 5],
  ['dev P', 7],
  ['dev R', 7],
  ['arc P', 7],
  ['arc R', 7],
  ['alerts', 7],
  ['alerts/dev', 11],
  ['devs unalerted', 15],
  ['analysis alerted', 17],
] as const;

const ratio = (value: number | null): string => (value === null ? '—' : value.toFixed(2));

function cells(score: StreamScore): string[] {
  return [
    score.stream + (score.heldOut ? ' *' : ''),
    String(score.items),
    String(score.labelled),
    String(score.outlets),
    String(score.developments),
    ratio(score.developmentPairs.precision),
    ratio(score.developmentPairs.recall),
    ratio(score.arcPairs.precision),
    ratio(score.arcPairs.recall),
    String(score.alertPosts),
    score.alertPostsPerDevelopment.toFixed(2),
    `${score.developmentsWithoutAlert.length} of ${score.developments}`,
    String(score.analysisAlerted),
  ];
}

/** The figures of every stream as a fixed-width table; the held-out stream is marked `*`. */
export function formatScoreTable(scores: readonly StreamScore[]): string {
  const line = (values: readonly string[]): string =>
    values
      .map((v, i) => (i === 0 ? v.padEnd(COLUMNS[i]?.[1] ?? 0) : v.padStart(COLUMNS[i]?.[1] ?? 0)))
      .join(' ');
  return [line(COLUMNS.map(([name]) => name)), ...scores.map((s) => line(cells(s)))].join('\n');
}

function pairLine(name: string, figures: PairFigures): string {
  return `${name}: ${figures.correct} of ${figures.gold} labelled pairs joined, ${figures.predicted} pairs joined in all`;
}

/**
 * Every error of one stream, with short titles, for the streams rules may be tuned on. Never
 * call it for the held-out stream: reading its errors is tuning on it.
 */
export function formatStreamErrors(
  stream: StoryStream,
  score: StreamScore,
  reasons: ReadonlyMap<string, string> = new Map(),
): string {
  const titles = new Map(
    stream.items.map((i) => [i.id, i.title.length > 70 ? `${i.title.slice(0, 69)}…` : i.title]),
  );
  const describe = (id: string): string => `${id} ${titles.get(id) ?? ''}`;
  const why = (ids: readonly string[]): string[] =>
    ids.flatMap((id) => (reasons.has(id) ? [`      ${id}: ${reasons.get(id) ?? ''}`] : []));
  const { errors } = score;
  const out = [
    `── ${stream.id} ──`,
    pairLine('development pairs', score.developmentPairs),
    pairLine('arc pairs', score.arcPairs),
    `alert posts by development: ${Object.entries(score.alertsByDevelopment)
      .map(([d, n]) => `${d} ${n}`)
      .join(', ')}`,
  ];
  for (const split of errors.split) {
    out.push(`split ${split.development} over ${split.stories.length} stories:`);
    for (const story of split.stories) {
      out.push(`    [${story.map(describe).join(' | ')}]`, ...why(story));
    }
  }
  for (const merged of errors.merged) {
    out.push(`merged ${merged.labels.join(' + ')}:`);
    out.push(`    [${merged.story.map(describe).join(' | ')}]`, ...why(merged.story));
  }
  if (errors.unfiled.length > 0)
    out.push(`never filed in a story: ${errors.unfiled.map(describe).join(' | ')}`);
  for (const r of errors.repeated) out.push(`posted ${r.posts} times: ${r.development}`);
  if (score.developmentsWithoutAlert.length > 0)
    out.push(`no alert: ${score.developmentsWithoutAlert.join(', ')}`);
  if (errors.arcDistractors.length > 0)
    out.push(`distractors linked into an arc: ${errors.arcDistractors.map(describe).join(' | ')}`);
  if (errors.distractorAlerts.length > 0)
    out.push(`alerts led by distractors: ${errors.distractorAlerts.map(describe).join(' | ')}`);
  if (errors.analysisAlerts.length > 0)
    out.push(
      `alerts led by analysis pieces: ${errors.analysisAlerts.map(describe).join(' | ')}`,
    );
  return out.join('\n');
}

/** How often each kind of error occurs over the given streams, most frequent first. */
export function tallyErrorKinds(scores: readonly StreamScore[]): string {
  const counts: Record<string, number> = {
    'labelled pairs left apart (split developments)': 0,
    'wrong pairs joined (merged developments or distractors)': 0,
    'repeat alert posts for one development': 0,
    'developments without an alert': 0,
    'labelled items never filed': 0,
    'alerts led by analysis pieces': 0,
    'alerts led by distractors': 0,
    'distractors linked into an arc': 0,
  };
  const add = (name: string, n: number): void => void (counts[name] = (counts[name] ?? 0) + n);
  for (const s of scores) {
    add(
      'labelled pairs left apart (split developments)',
      s.developmentPairs.gold - s.developmentPairs.correct,
    );
    add(
      'wrong pairs joined (merged developments or distractors)',
      s.developmentPairs.predicted - s.developmentPairs.correct,
    );
    add(
      'repeat alert posts for one development',
      s.errors.repeated.reduce((sum, r) => sum + r.posts - 1, 0),
    );
    add('developments without an alert', s.developmentsWithoutAlert.length);
    add('labelled items never filed', s.errors.unfiled.length);
    add('alerts led by analysis pieces', s.analysisAlerted);
    add('alerts led by distractors', s.errors.distractorAlerts.length);
    add('distractors linked into an arc', s.arcDistractorsLinked);
  }
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([name, n]) => `  ${String(n).padStart(4)}  ${name}`)
    .join('\n');
}
