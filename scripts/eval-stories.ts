import { writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  formatScoreTable,
  formatStreamErrors,
  tallyErrorKinds,
} from './eval-stories/format-story-scores.js';
import type { ClusteringExplanation } from './eval-stories/explain-clustering.js';
import { formatArcLinks, formatArcTitles } from './eval-stories/format-arc-links.js';
import { loadStoryStreams, type StoryStream } from './eval-stories/load-story-streams.js';
import { replayStoryStream } from './eval-stories/replay-story-stream.js';
import { scoreStoryStream, type StreamScore } from './eval-stories/score-story-stream.js';

/**
 * `npm run eval:stories`: replays each labelled stream of tests/fixtures/story-streams through
 * the real pipeline (feeds on 127.0.0.1, a fresh database, the app's poll cycle and delivery,
 * the clock at each step) and prints, per stream, pair precision and recall of developments,
 * pair recall of arcs, alert posts per development, developments without an alert and
 * analysis pieces that alerted. The errors of the tuning streams are listed; the held-out
 * streams show figures only, because reading its errors would be tuning on it. The figures are
 * written to scripts/eval-stories/results.json. `--config DIR` uses another configuration
 * folder's watchlist, facts, timeline and settings; `--stream ID` replays one stream only;
 * `--tuning` replays the tuning streams only, so a rule can be changed without the held-out
 * figures in view (neither writes the results file).
 */

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const STREAMS_DIR = join(root, 'tests/fixtures/story-streams');
const RESULTS = join(root, 'scripts/eval-stories/results.json');

const argv = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
};

/** `--config DIR` replays with another knowledge base and settings (default: config/). */
const CONFIG = option('--config');
/** `--stream ID` replays one stream only (quicker while changing a rule); no results file. */
const ONLY = option('--stream');
/** `--tuning` leaves the held-out streams out (no results file). */
const TUNING_ONLY = argv.includes('--tuning');

const OPTIONS = {
  configDir: CONFIG === undefined ? join(root, 'config') : resolve(CONFIG),
  stepHours: 3,
  minSteps: 12,
} as const;

/** A tuning stream's errors with the clustering reason of each item involved. */
function explained(
  stream: StoryStream,
  score: StreamScore,
  explanation: ClusteringExplanation | undefined,
): string {
  const text = formatStreamErrors(stream, score, explanation?.reasons);
  return explanation?.sameStories === false
    ? `${text}\n(re-clustering the stored items gave other stories than the replay: reasons are indicative only)`
    : text;
}

async function main(): Promise<number> {
  const loaded = loadStoryStreams(STREAMS_DIR);
  if (!loaded.ok) {
    for (const problem of loaded.error) console.error(`tests/fixtures/story-streams/${problem}`);
    return 1;
  }
  const streams = loaded.value.filter(
    (s) => (ONLY === undefined || s.id === ONLY) && !(TUNING_ONLY && s.heldOut),
  );
  if (streams.length === 0) {
    console.error(`--stream ${ONLY}: no such stream (${loaded.value.map((s) => s.id).join(', ')})`);
    return 1;
  }
  const scores: StreamScore[] = [];
  const details: string[] = [];
  for (const stream of streams) {
    // A held-out stream is never explained: its reasons are errors to tune on.
    const run = await replayStoryStream(stream, { ...OPTIONS, explain: !stream.heldOut });
    if (run.failures.length > 0) {
      console.error(`${stream.id}: feed polls failed: ${run.failures.join('; ')}`);
      return 1;
    }
    const score = scoreStoryStream(stream, run);
    scores.push(score);
    if (!stream.heldOut)
      details.push(
        [
          explained(stream, score, run.explanation),
          formatArcLinks(stream, run, run.arcReasons),
          formatArcTitles(stream, run),
        ].join('\n'),
      );
    console.error(
      `${stream.id}: ${stream.items.length} items replayed in ${run.steps.length} polls`,
    );
  }
  const tuned = scores.filter((s) => !s.heldOut);
  console.log(formatScoreTable([...tuned, ...scores.filter((s) => s.heldOut)]));
  console.log('* held out: never used to tune rules; its errors are not listed.');
  console.log(
    'dev P/R: pair precision and recall of developments; arc P/R: pair precision (a distractor linked in counts as wrong) and recall of arcs.\n',
  );
  console.log(`Errors on the tuning streams:\n\n${details.join('\n\n')}\n`);
  console.log(`Error kinds on the tuning streams, most frequent first:\n${tallyErrorKinds(tuned)}`);
  if (ONLY !== undefined || TUNING_ONLY) return 0;
  const json = {
    command: 'npm run eval:stories',
    config: relative(root, OPTIONS.configDir) || '.',
    stepHours: OPTIONS.stepHours,
    minSteps: OPTIONS.minSteps,
    streams: scores.map(({ errors, ...figures }) =>
      figures.heldOut ? figures : { ...figures, errors },
    ),
  };
  writeFileSync(RESULTS, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`\nFigures written to ${RESULTS.slice(root.length + 1)}`);
  return 0;
}

process.exitCode = await main();
