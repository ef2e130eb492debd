/**
 * Builds the demo's recorded feeds from demo/stories.yaml:
 *   demo/feeds/<outlet>.{xml,atom,json}          every item (what the demo's second poll sees)
 *   demo/feeds/earlier/<outlet>.{xml,atom,json}  items published before FIRST_POLL_AT
 *   demo/feeds/manifest.json                     the outlets, files, content types and demo times
 *   demo/expected.md                             which items belong together, for checking
 * Run: `npx tsx demo/build-feeds.ts`. Output is deterministic; commit it with stories.yaml.
 * JSON and Markdown go through Prettier with the project's settings, so `npm run format` leaves
 * them as they are (the test compares the committed files with a fresh build byte for byte).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import * as prettier from 'prettier';
import { parse } from 'yaml';
import {
  DEMO_NOW,
  FIRST_POLL_AT,
  SAMPLE_MARK,
  feedFile,
  resolveItems,
  storiesSchema,
  type DemoItem,
  type Outlet,
  type StoriesFile,
} from './demo-data.js';
import { renderFeed } from './render-feeds.js';
import { renderExpected } from './render-expected.js';

const here = dirname(fileURLToPath(import.meta.url));

/** Reads and validates stories.yaml; a bad entry stops the build with its path. */
export function loadStories(path: string): StoriesFile {
  const parsed = storiesSchema.safeParse(parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

/** Formats JSON or Markdown as `npm run format` would, with the project's Prettier settings. */
async function tidy(text: string, parser: 'json' | 'markdown'): Promise<string> {
  const options = (await prettier.resolveConfig(join(here, 'expected.md'))) ?? {};
  return prettier.format(text, { ...options, parser });
}

/** Encodes a feed in the outlet's charset; refuses characters the charset cannot hold. */
function encode(outlet: Outlet, text: string): Buffer {
  if (outlet.encoding === 'utf-8') return Buffer.from(text, 'utf8');
  const bytes = iconv.encode(text, outlet.encoding);
  if (iconv.decode(bytes, outlet.encoding) !== text) {
    throw new Error(`${outlet.id}: text holds characters that ${outlet.encoding} cannot encode`);
  }
  return bytes;
}

async function writeSnapshot(
  dir: string,
  outlets: readonly Outlet[],
  items: readonly DemoItem[],
  builtAt: Date,
): Promise<void> {
  mkdirSync(dir, { recursive: true });
  for (const outlet of outlets) {
    const own = items
      .filter((i) => i.outlet.id === outlet.id && i.publishedAt.getTime() <= builtAt.getTime())
      .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime());
    const lastItem = own[0]?.publishedAt ?? builtAt;
    const text = renderFeed(outlet, own, lastItem);
    const tidied = outlet.format === 'json' ? await tidy(text, 'json') : text;
    writeFileSync(join(dir, feedFile(outlet).file), encode(outlet, tidied));
  }
}

/** Builds every output file from `storiesPath` into `outDir` (feeds/ and expected.md). */
export async function buildFeeds(
  storiesPath: string,
  outDir: string,
): Promise<{ readonly items: number; readonly outlets: number }> {
  const data = loadStories(storiesPath);
  const items = resolveItems(data);
  const feedsDir = join(outDir, 'feeds');
  const lastDay = new Date('2026-11-22T23:59:59Z');
  await writeSnapshot(feedsDir, data.outlets, items, lastDay);
  await writeSnapshot(join(feedsDir, 'earlier'), data.outlets, items, new Date(FIRST_POLL_AT));
  const manifest = {
    note: SAMPLE_MARK,
    firstPollAt: FIRST_POLL_AT,
    now: DEMO_NOW,
    feeds: data.outlets.map((outlet) => ({
      id: outlet.id,
      name: outlet.name,
      language: outlet.language,
      format: outlet.format,
      ...feedFile(outlet),
      items: items.filter((i) => i.outlet.id === outlet.id).length,
    })),
  };
  writeFileSync(join(feedsDir, 'manifest.json'), await tidy(JSON.stringify(manifest), 'json'));
  writeFileSync(join(outDir, 'expected.md'), await tidy(renderExpected(data, items), 'markdown'));
  return { items: items.length, outlets: data.outlets.length };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { items, outlets } = await buildFeeds(join(here, 'stories.yaml'), here);
  console.log(`demo feeds written: ${items} items from ${outlets} outlets`);
}
