import type { Command } from 'commander';
import { createInterface } from 'node:readline';
import type { MatchInput, MatchResult } from '../core/match-types.js';
import { compileWatchlist } from '../match/compile-watchlist.js';
import type { CompiledWatchlist } from '../match/compile-watchlist.js';
import { explainMatch } from '../match/explain-match.js';
import { classifyEntities, describeRelevance } from '../match/is-sahel-news.js';
import type { Relevance } from '../match/is-sahel-news.js';
import { matchItem } from '../match/match-item.js';
import { loadConfigOrReport } from './shared-options.js';

interface MatchOptions {
  readonly json?: boolean;
  readonly explain?: boolean;
}

interface MatchRequest extends MatchInput {
  readonly id: string;
}

/**
 * Adds `match [--json] [--explain] [TEXT…]`: matches TEXT (one item, id `text`), or JSON Lines
 * `{"id","title","summary"}` read from stdin, against the configured watchlist. Prints one JSON
 * line per item, `{"id","relevant","entities","topics","matches":[{"entity","alias","field",
 * "start","end"}]}`: `relevant` is the pipeline's own decision (`isSahelNews`), `entities` the
 * actors, places and states that make the item Sahel news, `topics` its event topics, `matches`
 * every accepted hit (context-only states appear only there). `--explain` prints readable lines
 * instead, the first saying relevant or not and why (with `--json`, adds them as `"explain"`).
 * A bad input line is reported on stderr as `stdin:LINE: reason` and the rest is still matched;
 * the exit code is then 1.
 */
export function register(program: Command): void {
  program
    .command('match')
    .description('match text, or JSON Lines {"id","title","summary"} from stdin, against the watchlist')
    .argument('[text...]', 'text to match as one item (title)')
    .option('--json', 'print one JSON line per item (the default output)')
    .option('--explain', 'print why each entity matched, and near misses')
    .action(async (text: string[], options: MatchOptions, command: Command) => {
      process.exitCode = await runMatch(text, options, command);
    });
}

async function runMatch(text: string[], options: MatchOptions, command: Command): Promise<number> {
  const config = loadConfigOrReport(command);
  if (config === undefined) return 1;
  const compiled = compileWatchlist(config.watchlist);
  if (text.length > 0) {
    printResult(compiled, { id: 'text', title: text.join(' ') }, options);
    return 0;
  }
  if (process.stdin.isTTY) {
    process.stderr.write('match: give TEXT, or pipe JSON Lines {"id","title","summary"} on stdin\n');
    return 1;
  }
  let failures = 0;
  let lineNumber = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    const request = parseRequest(line, lineNumber);
    if (typeof request === 'string') {
      process.stderr.write(`stdin:${lineNumber}: ${request}\n`);
      failures += 1;
      continue;
    }
    printResult(compiled, request, options);
  }
  return failures > 0 ? 1 : 0;
}

/** One input line as a request, or the reason it is not one. */
export function parseRequest(line: string, lineNumber: number): MatchRequest | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return `not valid JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'expected a JSON object {"id","title","summary"}';
  const record = value as Record<string, unknown>;
  for (const key of ['title', 'summary', 'content'] as const) {
    if (record[key] !== undefined && typeof record[key] !== 'string') return `"${key}" must be a string`;
  }
  if (typeof record['title'] !== 'string' && typeof record['summary'] !== 'string') return 'missing "title" (or "summary")';
  const id = record['id'];
  if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') return '"id" must be a string or a number';
  const request: MatchRequest = {
    id: id === undefined ? String(lineNumber) : String(id),
    title: typeof record['title'] === 'string' ? record['title'] : '',
  };
  const summary = record['summary'];
  const content = record['content'];
  return {
    ...request,
    ...(typeof summary === 'string' ? { summary } : {}),
    ...(typeof content === 'string' ? { content } : {}),
  };
}

function printResult(compiled: CompiledWatchlist, request: MatchRequest, options: MatchOptions): void {
  const result = matchItem(compiled, request);
  const relevance = classifyEntities(result.entities, compiled);
  if (options.explain !== true) {
    process.stdout.write(`${JSON.stringify(toJson(request.id, result, relevance, undefined))}\n`);
    return;
  }
  const explain = explainMatch(request, result);
  if (options.json === true) {
    const lines = [describeRelevance(relevance), ...explain];
    process.stdout.write(`${JSON.stringify(toJson(request.id, result, relevance, lines))}\n`);
    return;
  }
  process.stdout.write(`${request.id}: ${describeRelevance(relevance)}\n`);
  for (const line of explain) process.stdout.write(`  ${line}\n`);
}

function toJson(
  id: string,
  result: MatchResult,
  relevance: Relevance,
  explain: string[] | undefined,
): Record<string, unknown> {
  return {
    id,
    relevant: relevance.relevant,
    entities: relevance.entities,
    topics: relevance.topics,
    matches: result.matches.map((m) => ({ entity: m.entity, alias: m.alias, field: m.field, start: m.start, end: m.end })),
    ...(explain === undefined ? {} : { explain }),
  };
}
