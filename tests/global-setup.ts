import { ensureBuilt } from '../scripts/build.mjs';

/**
 * Builds the program once before the tests: the command-line tests start `bin/sahel-digest.js`,
 * which runs the bundle in dist/ and would otherwise build it in several processes at once.
 */
export default async function setup(): Promise<void> {
  await ensureBuilt();
}
