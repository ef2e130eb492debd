import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { err, ok, type Result } from '../../src/core/result.js';

/**
 * The labelled event streams of tests/fixtures/story-streams/: real feed items of a few days of
 * Sahel coverage with the distractors published beside them, each labelled with its
 * development (one happening), its arc (the developing situation) and its kind.
 */

/** What a piece is, by reading it: only `news` reports a happening as it happens. */
export const ITEM_KINDS = [
  'news',
  'analysis',
  'opinion',
  'explainer',
  'live-blog',
  'roundup',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** How the publication time is known: from the feed, from the page, or only its day. */
export const TIME_SOURCES = ['feed', 'page', 'page-day', 'text-day'] as const;

/** The label of an item outside the stream's situation (a distractor). */
export const NONE = 'none';

const itemSchema = z.strictObject({
  id: z.string().regex(/^[a-z]+-[a-z0-9]+$/),
  outlet: z.string().regex(/^[a-z0-9-]+$/),
  lang: z.enum(['en', 'fr']),
  at: z.iso.datetime(),
  time: z.enum(TIME_SOURCES),
  title: z.string().min(1),
  summary: z.string().min(1).max(300),
  link: z.url(),
  development: z.string().min(1),
  arc: z.string().min(1),
  kind: z.enum(ITEM_KINDS),
  src: z.string().min(1),
  note: z.string().optional(),
});

export type StreamItem = z.infer<typeof itemSchema>;

const streamSchema = z.strictObject({
  id: z.string().min(1),
  file: z.string().endsWith('.jsonl'),
  title: z.string().min(1),
  heldOut: z.boolean(),
  alertQuery: z.string().min(1),
  arcs: z.record(z.string(), z.string()),
  developments: z.record(z.string(), z.strictObject({ arc: z.string(), text: z.string() })),
});

const manifestSchema = z.strictObject({
  note: z.string(),
  streams: z.array(streamSchema).min(1),
  sources: z.record(z.string(), z.string()),
});

export type StreamManifest = z.infer<typeof manifestSchema>;
export type StreamHeader = z.infer<typeof streamSchema>;

/** One stream with its items, in publication order. */
export interface StoryStream extends StreamHeader {
  readonly items: readonly StreamItem[];
}

const issueText = (issues: readonly z.core.$ZodIssue[]): string =>
  issues.map((i) => `${i.path.join('.') || '(item)'}: ${i.message}`).join('; ');

/** Reads and validates one stream file; every problem is a `file:line reason` string. */
function readItems(
  dir: string,
  header: StreamHeader,
  sources: Record<string, string>,
): { items: StreamItem[]; problems: string[] } {
  const items: StreamItem[] = [];
  const problems: string[] = [];
  const lines = readFileSync(join(dir, header.file), 'utf8').split('\n');
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `${header.file}:${index + 1}`;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      problems.push(`${where} not a JSON object`);
      return;
    }
    const parsed = itemSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(`${where} ${issueText(parsed.error.issues)}`);
      return;
    }
    problems.push(...labelProblems(parsed.data, header, sources).map((p) => `${where} ${p}`));
    items.push(parsed.data);
  });
  return { items, problems };
}

/** The labels must name the stream's own developments and arcs, consistently. */
function labelProblems(
  item: StreamItem,
  header: StreamHeader,
  sources: Record<string, string>,
): string[] {
  const problems: string[] = [];
  if (sources[item.src] === undefined)
    problems.push(`src: '${item.src}' is not in streams.json sources`);
  if (item.development === NONE) {
    if (item.arc !== NONE)
      problems.push(`arc: '${item.arc}' given to an item without a development`);
    return problems;
  }
  const development = header.developments[item.development];
  if (development === undefined) {
    problems.push(`development: '${item.development}' is not a development of ${header.id}`);
  } else if (development.arc !== item.arc) {
    problems.push(
      `arc: '${item.arc}' but development ${item.development} belongs to arc '${development.arc}'`,
    );
  }
  return problems;
}

/** Problems that span files: ids unique across streams, at least one held-out stream. */
function crossProblems(streams: readonly StoryStream[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const stream of streams) {
    for (const item of stream.items) {
      const earlier = seen.get(item.id);
      if (earlier !== undefined)
        problems.push(`${stream.file}: id ${item.id} already used in ${earlier}`);
      seen.set(item.id, stream.file);
    }
    for (const [id, development] of Object.entries(stream.developments)) {
      if (stream.arcs[development.arc] === undefined)
        problems.push(
          `streams.json ${stream.id}.developments.${id}: arc '${development.arc}' is not declared`,
        );
    }
  }
  if (!streams.some((s) => s.heldOut))
    problems.push('streams.json: no stream is held out; at least one must be');
  return problems;
}

/**
 * Loads streams.json and every stream it lists from `dir`. An expected failure (a bad line, a
 * label that names no declared development) comes back as one line per problem, naming the
 * file and line.
 */
export function loadStoryStreams(dir: string): Result<StoryStream[], string[]> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(join(dir, 'streams.json'), 'utf8'));
  } catch (error) {
    return err([
      `${join(dir, 'streams.json')}: ${error instanceof Error ? error.message : String(error)}`,
    ]);
  }
  const manifest = manifestSchema.safeParse(raw);
  if (!manifest.success) return err([`streams.json ${issueText(manifest.error.issues)}`]);
  const streams: StoryStream[] = [];
  const problems: string[] = [];
  for (const header of manifest.data.streams) {
    const { items, problems: found } = readItems(dir, header, manifest.data.sources);
    problems.push(...found);
    streams.push({
      ...header,
      items: [...items].sort((a, b) => Date.parse(a.at) - Date.parse(b.at)),
    });
  }
  problems.push(...crossProblems(streams));
  return problems.length === 0 ? ok(streams) : err(problems);
}
