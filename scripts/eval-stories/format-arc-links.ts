import { NONE, type StoryStream } from './load-story-streams.js';
import type { ReplayOutcome } from './score-story-stream.js';

/**
 * The stored arcs that hold labelled items, when they do not match the labelled arcs: a
 * labelled arc spread over several stored arcs, or a stored arc holding several labelled arcs.
 * Each story is shown by the item that started it, its labelled development, and why the
 * pipeline linked it into an arc or started one (`arcReasons`, by story id). Only for the
 * tuning streams: a held-out stream's arc errors are tuning material.
 */
export function formatArcLinks(
  stream: StoryStream,
  outcome: ReplayOutcome,
  arcReasons: ReadonlyMap<string, string> = new Map(),
): string {
  const items = new Map(stream.items.map((i) => [i.id, i]));
  const arcLabel = (id: string): string => items.get(id)?.arc ?? NONE;
  const stored = new Map<string, (typeof outcome.stories)[number][]>();
  for (const story of outcome.stories) {
    const arc = outcome.arcOfStory.get(story.id) ?? story.id;
    stored.set(arc, [...(stored.get(arc) ?? []), story]);
  }
  const labelsOf = (stories: readonly { items: readonly string[] }[]): Set<string> =>
    new Set(stories.flatMap((s) => s.items.map(arcLabel)).filter((l) => l !== NONE));
  const arcsOfLabel = new Map<string, number>();
  for (const stories of stored.values())
    for (const label of labelsOf(stories)) arcsOfLabel.set(label, (arcsOfLabel.get(label) ?? 0) + 1);
  const out: string[] = [];
  for (const [arcId, stories] of stored) {
    const labels = [...labelsOf(stories)];
    const wrong = labels.length > 1 || labels.some((l) => (arcsOfLabel.get(l) ?? 0) > 1);
    if (labels.length === 0 || !wrong) continue;
    out.push(`  arc ${arcId} (labelled ${labels.join(' + ')}):`);
    for (const story of stories) {
      const first = story.items[0] ?? '';
      const item = items.get(first);
      const title = (item?.title ?? '').slice(0, 60);
      const dev = item?.development ?? NONE;
      const more = story.items.length > 1 ? ` +${story.items.length - 1}` : '';
      const reason = arcReasons.get(story.id) ?? '(moved when a report joined, or no reason kept)';
      out.push(`    ${first}${more} [${dev}] ${title}`, `        ${reason}`);
    }
  }
  return out.length === 0 ? 'arcs: as labelled' : `arcs not as labelled:\n${out.join('\n')}`;
}

/**
 * The title of each stored arc of two stories or more, as its "Developing —" alerts and digest
 * groups show it, with the labelled arcs of its items: `"Mali fuel blockade" (6 stories: fbk ×18)`.
 * Only for the tuning streams, like the arc errors.
 */
export function formatArcTitles(stream: StoryStream, outcome: ReplayOutcome): string {
  const arcOf = new Map(stream.items.map((i) => [i.id, i.arc]));
  const stored = new Map<string, string[][]>();
  for (const story of outcome.stories) {
    const arc = outcome.arcOfStory.get(story.id);
    if (arc !== undefined) stored.set(arc, [...(stored.get(arc) ?? []), [...story.items]]);
  }
  const lines = [...stored].flatMap(([arcId, stories]) => {
    if (stories.length < 2) return [];
    const labels = new Map<string, number>();
    for (const id of stories.flat()) {
      const label = arcOf.get(id) ?? NONE;
      labels.set(label, (labels.get(label) ?? 0) + 1);
    }
    const tally = [...labels]
      .sort((a, b) => b[1] - a[1])
      .map(([label, n]) => `${label} ×${n}`)
      .join(', ');
    const title = outcome.arcTitles?.get(arcId) ?? '(untitled)';
    return [`  "${title}" (${stories.length} stories: ${tally})`];
  });
  return lines.length === 0
    ? 'arc titles: no arc of two stories'
    : `arc titles:\n${lines.join('\n')}`;
}
