#!/usr/bin/env -S node --max-semi-space-size=4 --heap-growing-percent=100 --no-parallel-scavenge --no-concurrent-recompilation
// Launcher: builds the program into dist/ when a source file changed (a fraction of a second
// with esbuild), then runs it. The node flags above keep the heap small (see the README's
// Decisions); `npm start` passes the same flags. When a rebuild fails, the last build runs.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, ensureBuilt } from '../scripts/build.mjs';

const built = join(DIST, 'cli.js');
let entry = built;
try {
  entry = await ensureBuilt();
} catch (error) {
  const reason = String(error instanceof Error ? error.message : error).split('\n')[0];
  if (!existsSync(built)) {
    process.stderr.write(`sahel-digest: cannot build the program into ${DIST}: ${reason}\n`);
    process.exit(1);
  }
  process.stderr.write(`sahel-digest: the sources changed but do not build (${reason}); running the last build\n`);
}
await import(entry);
