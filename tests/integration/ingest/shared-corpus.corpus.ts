import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describeCorpus } from './corpus-checks.js';

/**
 * The whole shared real-world corpus, run by `npm run test:corpus` (never by `npm test`: a clone
 * on its own does not have it). It sits beside the repository at `../shared/corpus/feeds/`;
 * FEED_CORPUS_DIR points elsewhere. A missing corpus fails the run with one line, in CI and
 * everywhere else alike: a check that was asked for and could not run must not pass.
 */
const configured = process.env['FEED_CORPUS_DIR'];
const dir =
  configured === undefined || configured === ''
    ? fileURLToPath(new URL('../../../../shared/corpus/feeds/', import.meta.url))
    : `${configured.replace(/\/+$/, '')}/`;
if (!existsSync(`${dir}MANIFEST.tsv`)) {
  throw new Error(`shared feed corpus absent: ${dir}MANIFEST.tsv not found (set FEED_CORPUS_DIR to the folder holding MANIFEST.tsv)`);
}

describeCorpus({
  name: 'the shared real-world feed corpus',
  dir,
  files: 59,
  heading: { file: 'rss-parser/giantbomb-podcast.rss', items: 730 },
});
