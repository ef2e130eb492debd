import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PieceKind } from '../../../src/core/story.js';
import { PIECE_KINDS } from '../../../src/core/story.js';
import { pieceKind } from '../../../src/stories/piece-kind.js';

/**
 * Piece kinds on real text: the real headlines of tests/fixtures/piece-kinds (`items.jsonl`,
 * labelled before any cue existed; `fresh.jsonl`, later feeds labelled before they were ever
 * scored) and the two story streams that are not held out. Cues may come from the tune halves and
 * the tuned streams; the test halves are only measured, so this file prints their figures and
 * never their items.
 */

/**
 * Floors on the test halves, at what they measure, floor-rounded: items 0.947 non-news precision
 * and 0.991 news kept; fresh 0.900 and 0.968 (one news report in 31 held back).
 */
const FLOORS = {
  items: { precision: 0.94, newsKept: 0.99 },
  fresh: { precision: 0.9, newsKept: 0.96 },
} as const;

interface LabelledPiece {
  readonly id: string;
  readonly lang: string;
  readonly title: string;
  readonly summary: string;
  readonly url: string | null;
  readonly kind: PieceKind;
}

const fixture = (path: string): URL => new URL(`../../fixtures/${path}`, import.meta.url);

function readLines(url: URL): Record<string, unknown>[] {
  return readFileSync(url, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Story streams label live blogs `live-blog`; the core kind is `live`. */
function toKind(label: unknown): PieceKind {
  const kind = label === 'live-blog' ? 'live' : label;
  if (!(PIECE_KINDS as readonly unknown[]).includes(kind))
    throw new Error(`unknown kind label ${String(label)}`);
  return kind as PieceKind;
}

const readPieces = (name: string): LabelledPiece[] =>
  readLines(fixture(`piece-kinds/${name}`)).map((row): LabelledPiece => ({
    id: String(row.id),
    lang: String(row.lang),
    title: String(row.title),
    summary: String(row.summary),
    url: typeof row.url === 'string' ? row.url : null,
    kind: toKind(row.kind),
  }));
/** The fixed split of the README: first byte of SHA-1(id) even → tune, odd → test. */
const isTest = (piece: LabelledPiece): boolean =>
  (createHash('sha1').update(piece.id).digest()[0] ?? 0) % 2 === 1;

const pieces = readPieces('items.jsonl');
const fresh = readPieces('fresh.jsonl');
const testHalf = pieces.filter(isTest);
const freshTest = fresh.filter(isTest);

const streams = ['aes-ecowas-exit-2024', 'mali-fuel-blockade-2025'].flatMap((name) =>
  readLines(fixture(`story-streams/${name}.jsonl`)).map((row): LabelledPiece => ({
    id: String(row.id),
    lang: String(row.lang),
    title: String(row.title),
    summary: String(row.summary),
    url: typeof row.link === 'string' ? row.link : null,
    kind: toKind(row.kind),
  })),
);

interface KindScores {
  readonly items: number;
  /** Of the pieces called non-news, the share that are non-news. */
  readonly precision: number;
  /** Of the non-news pieces, the share called non-news. */
  readonly recall: number;
  /** Of the news pieces, the share kept as news (they still alert). */
  readonly newsKept: number;
  /** Of all pieces, the share given exactly their labelled kind. */
  readonly exact: number;
}

function score(set: readonly LabelledPiece[]): KindScores {
  let called = 0;
  let right = 0;
  let nonNews = 0;
  let news = 0;
  let kept = 0;
  let exact = 0;
  for (const piece of set) {
    const kind = pieceKind(piece);
    if (kind === piece.kind) exact += 1;
    if (piece.kind === 'news') {
      news += 1;
      if (kind === 'news') kept += 1;
    } else nonNews += 1;
    if (kind !== 'news') {
      called += 1;
      if (piece.kind !== 'news') right += 1;
    }
  }
  const share = (a: number, b: number): number => (b === 0 ? 1 : a / b);
  return {
    items: set.length,
    precision: share(right, called),
    recall: share(right, nonNews),
    newsKept: share(kept, news),
    exact: share(exact, set.length),
  };
}

const format = (name: string, s: KindScores): string =>
  `${name.padEnd(28)} items ${String(s.items).padStart(3)}  non-news precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  news kept ${s.newsKept.toFixed(3)}  exact kind ${s.exact.toFixed(3)}`;

describe('piece kinds on real headlines', () => {
  it('hold at least 200 labelled items with unique ids and both languages', () => {
    expect(pieces.length).toBeGreaterThanOrEqual(200);
    expect(new Set(pieces.map((p) => p.id)).size).toBe(pieces.length);
    expect(pieces.filter((p) => p.lang === 'fr').length).toBeGreaterThan(0);
    expect(testHalf.length).toBeGreaterThan(100);
    expect(new Set([...pieces, ...fresh].map((p) => p.id)).size).toBe(pieces.length + fresh.length);
  });

  it('keep the test halves at their floors, printing the figures of every half and the tuned streams', () => {
    const items = score(testHalf);
    const later = score(freshTest);
    const lines = [
      format('items, tune half', score(pieces.filter((p) => !isTest(p)))),
      format('items, test half', items),
      format('items, test half, English', score(testHalf.filter((p) => p.lang === 'en'))),
      format('items, test half, French', score(testHalf.filter((p) => p.lang === 'fr'))),
      format('fresh, tune half', score(fresh.filter((p) => !isTest(p)))),
      format('fresh, test half', later),
      format('story streams (tuned)', score(streams)),
    ];
    console.log(`piece kinds\n${lines.join('\n')}`);
    expect(items.precision).toBeGreaterThanOrEqual(FLOORS.items.precision);
    expect(items.newsKept).toBeGreaterThanOrEqual(FLOORS.items.newsKept);
    expect(later.precision).toBeGreaterThanOrEqual(FLOORS.fresh.precision);
    expect(later.newsKept).toBeGreaterThanOrEqual(FLOORS.fresh.newsKept);
  });

  it('keeps news of the tuned story streams as news', () => {
    expect(score(streams).newsKept).toBeGreaterThanOrEqual(0.98);
  });
});
