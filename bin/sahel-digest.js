#!/usr/bin/env -S node --max-semi-space-size=4
// Launcher: builds the program into dist/ when a source file changed (a fraction of a second
// with esbuild), then runs it. The node flag above keeps the young generation small (see the
// README's Decisions); `npm start` passes the same flag.
import { ensureBuilt } from '../scripts/build.mjs';

await import(await ensureBuilt());
