#!/usr/bin/env -S node --max-semi-space-size=4 --heap-growing-percent=100 --no-parallel-scavenge --no-concurrent-recompilation
// Launcher: builds the program into dist/ when a source file changed (a fraction of a second
// with esbuild), then runs it. The node flags above keep the heap small (see the README's
// Decisions); `npm start` passes the same flags.
import { ensureBuilt } from '../scripts/build.mjs';

await import(await ensureBuilt());
