import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { readProcessEnv } from '../config/load-env.js';
import { describeError } from '../core/errors.js';
import type { NormalisedItem } from '../core/item.js';
import type { Result } from '../core/result.js';
import { err, ok } from '../core/result.js';
import { DEFAULT_USER_AGENT, createFetcher } from '../ingest/fetch-feed.js';
import { readFeed } from '../ingest/read-feed.js';

interface ParseOptions {
  readonly json?: boolean;
  readonly base?: string;
}

interface Source {
  readonly body: Buffer;
  readonly contentType: string | null;
  readonly url: string;
}

const SUMMARY_PREVIEW = 200;

/**
 * Adds `parse FILE|URL… [--json]`: prints the normalised items of each feed, or one line on
 * stderr saying why a source is not one (exit code 1 when any source failed). With several
 * sources, text output starts each with a `== SOURCE (N items)` line and `--json` prints one
 * array of all items (each names its source in `feedId`).
 */
export function register(program: Command): void {
  program
    .command('parse')
    .description('print the normalised items of feed files or URLs; exit 1 with a one-line reason for each that is not a feed')
    .argument('<sources...>', 'feed files (gzip is detected) or http(s) URLs')
    .option('--json', 'print the items as a JSON array')
    .option('--base <url>', 'base URL for relative links in a file (default: the file itself)')
    .action(async (sources: string[], options: ParseOptions) => {
      const all: NormalisedItem[] = [];
      for (const source of sources) {
        const items = await parseSource(source, options);
        if (!items.ok) {
          fail(source, items.error);
          continue;
        }
        if (options.json === true) all.push(...items.value);
        else printText(source, items.value, sources.length > 1);
      }
      if (options.json === true) process.stdout.write(`${JSON.stringify(all, null, 2)}\n`);
    });
}

async function parseSource(source: string, options: ParseOptions): Promise<Result<NormalisedItem[], string>> {
  const loaded = isUrl(source) ? await fetchSource(source) : readSource(source, options.base);
  if (!loaded.ok) return loaded;
  const items = await readFeed({ ...loaded.value, feedId: source, now: Date.now() });
  return items.ok ? items : err(items.error.message);
}

function printText(source: string, items: readonly NormalisedItem[], withHeading: boolean): void {
  if (withHeading) process.stdout.write(`== ${source} (${items.length} ${items.length === 1 ? 'item' : 'items'})\n`);
  if (items.length === 0 && !withHeading) process.stderr.write(`${source}: a feed with no items\n`);
  if (items.length > 0) process.stdout.write(`${items.map(formatItem).join('\n\n')}\n${withHeading ? '\n' : ''}`);
}

const isUrl = (source: string): boolean => /^[a-z][a-z0-9+.-]*:\/\//i.test(source);

function readSource(file: string, base: string | undefined): Result<Source, string> {
  let body: Buffer;
  try {
    body = readFileSync(file);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    return err(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : `cannot read: ${describeError(error)}`);
  }
  if (body[0] === 0x1f && body[1] === 0x8b) {
    try {
      body = gunzipSync(body);
    } catch (error) {
      return err(`a gzip file that cannot be decompressed: ${describeError(error)}`);
    }
  }
  return ok({ body, contentType: null, url: base ?? pathToFileURL(resolve(file)).href });
}

async function fetchSource(url: string): Promise<Result<Source, string>> {
  const env = readProcessEnv();
  if (!env.ok) return err(`environment: ${env.error.join('; ')}`);
  const fetcher = createFetcher({
    userAgent: DEFAULT_USER_AGENT,
    timeoutMs: 15_000,
    maxBytes: 5 * 1024 * 1024,
    maxRedirects: 5,
    concurrency: 1,
    perHostConcurrency: 1,
    guardAddresses: !env.value.allowPrivateFeeds,
  });
  try {
    const outcome = await fetcher.fetch(url, null);
    if (outcome.kind === 'failed') return err(outcome.failure.message);
    if (outcome.kind !== 'fetched') return err(`unexpected ${outcome.kind} answer to an unconditional request`);
    return ok({ body: outcome.body, contentType: outcome.contentType, url: outcome.finalUrl });
  } finally {
    fetcher.close();
  }
}

function formatItem(item: NormalisedItem): string {
  const date = new Date(item.publishedAt).toISOString().slice(0, 16).replace('T', ' ');
  const when = item.dateFromFeed ? `${date} UTC` : `${date} UTC (first seen)`;
  const summary = item.summary.length > SUMMARY_PREVIEW ? `${item.summary.slice(0, SUMMARY_PREVIEW - 1)}…` : item.summary;
  return [`${when} · ${item.lang} · ${item.title}`, item.url ?? '(no link)', summary].filter((line) => line !== '').join('\n');
}

function fail(source: string, reason: string): void {
  process.stderr.write(`${source}: ${reason}\n`);
  process.exitCode = 1;
}
