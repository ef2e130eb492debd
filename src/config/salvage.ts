import type * as z from 'zod';
import type { NodePath } from './config-issue.js';
import type { ValidFile } from './cross-checks.js';
import type { YamlSource } from './yaml-positions.js';

/** What survives of a list file that failed its schema. */
export interface Salvaged<T> {
  /** The entries that pass on their own, positioned at their original indexes. */
  readonly file: ValidFile<T>;
  /** Ids of the entries that failed: they exist, so references to them are not "unknown". */
  readonly failedIds: readonly string[];
}

/**
 * Keeps the entries of `listKey` that pass `entrySchema` on their own, so the cross-file checks
 * can still run on them and every error is reported in one pass. Issues raised on the kept
 * entries point at their original position in the file.
 */
export function salvageEntries<S extends z.ZodType, T>(
  source: YamlSource | undefined,
  listKey: string,
  entrySchema: S,
  wrap: (entries: z.output<S>[]) => T,
): Salvaged<T> | undefined {
  const data = source?.data;
  const list = isRecord(data) ? data[listKey] : undefined;
  if (source === undefined || !Array.isArray(list)) return undefined;
  const entries: z.output<S>[] = [];
  const indexes: number[] = [];
  const failedIds: string[] = [];
  list.forEach((raw: unknown, index) => {
    const parsed = entrySchema.safeParse(raw);
    if (parsed.success) {
      entries.push(parsed.data);
      indexes.push(index);
    } else if (isRecord(raw) && typeof raw['id'] === 'string') {
      failedIds.push(raw['id']);
    }
  });
  const remap = (path: NodePath): NodePath => {
    const [key, index, ...rest] = path;
    if (key !== listKey || typeof index !== 'number') return path;
    return [key, indexes[index] ?? index, ...rest];
  };
  const remapped: YamlSource = {
    file: source.file,
    data: source.data,
    issueAt: (path, message) => source.issueAt(remap(path), message),
  };
  return { file: { data: wrap(entries), source: remapped }, failedIds };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
