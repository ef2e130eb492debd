import { fileURLToPath } from 'node:url';
import { describeCorpus } from './corpus-checks.js';

/**
 * The bundled sample of the real-world corpus (tests/fixtures/feeds/real, see its README): the
 * same checks `npm run test:corpus` runs over the whole shared corpus, on files every clone has.
 */
describeCorpus({
  name: 'the bundled sample of real-world feeds',
  dir: fileURLToPath(new URL('../../fixtures/feeds/real/', import.meta.url)),
  files: 21,
  heading: { file: 'rss-parser/craigslist.rss', items: 25 },
});
