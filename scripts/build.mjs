// @ts-check
/**
 * Builds the program: `src/cli.ts` and the parse workers' entry `src/parse-worker.ts`, each
 * bundled by esbuild into one ES module in `dist/` (packages stay in node_modules). Plain
 * JavaScript, so the launcher can run it before anything else is loaded.
 *
 * `ensureBuilt()` rebuilds only when a source file is newer than the last build. Several
 * processes may build at once (parallel tests): each writes to its own folder and renames the
 * finished files into place, so a reader never sees half a file.
 */
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const DIST = join(ROOT, 'dist');
/** Written last by a build; its time is the build's time. */
const STAMP = join(DIST, '.built');
/** What the built program is made of: a change to any of these calls for a new build. */
const SOURCES = ['src', 'commands', 'demo', 'package.json', 'scripts/build.mjs'];

/** The program's entry points, by output name. */
export const ENTRIES = {
  cli: 'src/cli.ts',
  'parse-worker': 'src/parse-worker.ts',
};

/** Newest modification time under `path`, ms. */
function newestTime(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestTime(join(path, name)));
  return newest;
}

/** True when `dist/` is missing or older than a source file. */
export function isStale() {
  const built = statSync(STAMP, { throwIfNoEntry: false });
  if (!built) return true;
  return SOURCES.some((source) => newestTime(join(ROOT, source)) > built.mtimeMs);
}

/**
 * Bundles `entries` ({ outputName: sourcePath }) into `dist/<outputName>.js`.
 * @param {Record<string, string>} entries
 */
export async function bundle(entries) {
  const esbuild = await import('esbuild');
  mkdirSync(DIST, { recursive: true });
  const scratch = mkdtempSync(join(DIST, '.build-'));
  try {
    await esbuild.build({
      entryPoints: Object.fromEntries(Object.entries(entries).map(([name, path]) => [name, join(ROOT, path)])),
      outdir: scratch,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      sourcemap: 'linked',
      logLevel: 'silent',
    });
    for (const name of readdirSync(scratch)) renameSync(join(scratch, name), join(DIST, name));
  } catch (error) {
    throw new Error(describeBuildFailure(error), { cause: error });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * One line for a failed build: the first error's place and text (`src/cli.ts:37:15: Unexpected
 * ";"`), and how many more there are.
 * @param {unknown} error
 */
function describeBuildFailure(error) {
  const errors = /** @type {{ errors?: { text: string, location?: { file: string, line: number, column: number } | null }[] }} */ (error).errors;
  const first = errors?.[0];
  if (!first) return error instanceof Error ? error.message : String(error);
  const where = first.location ? `${first.location.file}:${first.location.line}:${first.location.column + 1}: ` : '';
  const more = (errors?.length ?? 1) > 1 ? ` (and ${(errors?.length ?? 1) - 1} more)` : '';
  return `${where}${first.text}${more}`;
}

/** Builds the program; the stamp carries the time the build started, so an edit made meanwhile still counts as newer. */
export async function build() {
  const started = new Date();
  await bundle(ENTRIES);
  writeFileSync(STAMP, `${started.toISOString()}\n`);
  utimesSync(STAMP, started, started);
}

/** Builds the program when it is stale; resolves to the path of the built command line. */
export async function ensureBuilt() {
  if (isStale()) await build();
  return join(DIST, 'cli.js');
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  await build();
  process.stdout.write(`built ${Object.keys(ENTRIES).map((name) => `dist/${name}.js`).join(', ')}\n`);
}
