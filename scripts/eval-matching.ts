import { loadDefaultWatchlist, defaultCompiled } from '../tests/unit/match/default-watchlist.js';
import type { ItemError, SetScores } from '../tests/unit/match/score-labelled-set.js';
import {
  LABELLED_SETS,
  evaluateMatching,
  formatError,
  loadLabelledSet,
  loadVocabulary,
  scoreLabelledSet,
} from '../tests/unit/match/score-labelled-set.js';

/**
 * `npm run eval:matching`: the matcher's figures on the labelled sets, then every error of the
 * real headlines' tuning sets (the tuning half and the later batches, tune-2.jsonl to
 * tune-7.jsonl) and the ids most often wrong there. The test half and the second test batch
 * (test-2.jsonl) are printed as figures only: their items must never be used to change rules
 * (tests/fixtures/real-headlines).
 */

const COLUMNS = ['items', 'Sahel', 'item P', 'item R', 'entity P', 'entity R', 'entity F1'];

function row(name: string, s: SetScores): string {
  const figures = [s.itemPrecision, s.itemRecall, s.entityPrecision, s.entityRecall, s.entityF1];
  const cells = [String(s.items), String(s.relevantItems), ...figures.map((n) => n.toFixed(3))];
  return name.padEnd(24) + cells.map((c, i) => c.padStart((COLUMNS[i] ?? '').length + 2)).join('');
}

/** `+ecowas ×4, -fama ×2`: how often each id was wrongly added (+) or missed (-). */
function tally(errors: readonly ItemError[], limit: number): string {
  const counts = new Map<string, number>();
  const add = (key: string): void => void counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const error of errors) {
    error.extra.forEach((id) => add(`+${id}`));
    error.missing.forEach((id) => add(`-${id}`));
  }
  const top = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit);
  return top.length === 0 ? 'none' : top.map(([key, n]) => `${key} ×${n}`).join(', ');
}

/** The later tuning batches, scored like the other real headlines (by their vocabulary). */
const LATER_BATCHES = [
  { name: 'batch 3', file: 'tune-3.jsonl' },
  { name: 'batch 4', file: 'tune-4.jsonl' },
  { name: 'batch 5', file: 'tune-5.jsonl' },
  { name: 'batch 6', file: 'tune-6.jsonl' },
  { name: 'batch 7', file: 'tune-7.jsonl' },
] as const;

const scores = evaluateMatching();
const real = {
  watchlist: loadDefaultWatchlist(),
  compiled: defaultCompiled(),
  vocabulary: loadVocabulary(LABELLED_SETS.vocabulary),
};
const later = LATER_BATCHES.map(({ name, file }) => ({
  name,
  scores: scoreLabelledSet(
    loadLabelledSet(new URL(`../tests/fixtures/real-headlines/${file}`, import.meta.url)),
    real,
  ),
}));
console.log('set'.padEnd(24) + COLUMNS.map((c) => c.padStart(c.length + 2)).join(''));
console.log(row('labelled (hand-written)', scores.old));
console.log(row('real: tuning half', scores.tune));
console.log(row('real: tuning batch 2', scores.tune2));
for (const batch of later) console.log(row(`real: tuning ${batch.name}`, batch.scores));
console.log(row('real: test half', scores.test));
console.log(row('real: test batch 2', scores.test2));
console.log(row('real: both test sets', scores.tests));
console.log(
  `\nErrors on the tuning half (${scores.tune.errors.length} items; ?[…] = outside the labelling vocabulary, not scored):`,
);
for (const error of scores.tune.errors) console.log(`  ${formatError(error)}`);
console.log(`\nMost frequent on the tuning half: ${tally(scores.tune.errors, 15)}`);
console.log(`\nErrors on the tuning batch 2 (${scores.tune2.errors.length} items):`);
for (const error of scores.tune2.errors) console.log(`  ${formatError(error)}`);
console.log(`\nMost frequent on the tuning batch 2: ${tally(scores.tune2.errors, 15)}`);
for (const { name, scores: batch } of later) {
  console.log(`\nErrors on the tuning ${name} (${batch.errors.length} items):`);
  for (const error of batch.errors) console.log(`  ${formatError(error)}`);
  console.log(`\nMost frequent on the tuning ${name}: ${tally(batch.errors, 15)}`);
}
console.log(
  `\nTest sets: ${scores.test.errors.length} items of the test half and ${scores.test2.errors.length} of test batch 2 with errors (figures only).`,
);
