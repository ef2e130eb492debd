import { err, ok, type Result } from '../core/result.js';

const DURATION_UNITS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
/** Binary multiples: `5MB` is 5 × 1024 × 1024 bytes. */
const SIZE_UNITS = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 } as const;

/** Parses `90s`, `10m`, `2h`, `1d` (a positive whole number and one unit) into milliseconds. */
export function parseDuration(text: string): Result<number, string> {
  const match = /^(\d+)\s*(s|m|h|d)$/.exec(text.trim());
  const amount = match?.[1];
  const unit = match?.[2] as keyof typeof DURATION_UNITS | undefined;
  if (amount === undefined || unit === undefined || Number(amount) === 0) {
    return err(`expected a duration like 90s, 10m, 2h or 1d (got "${text}")`);
  }
  return ok(Number(amount) * DURATION_UNITS[unit]);
}

/** Parses `5MB`, `512KB`, `1GB` or `800B` into bytes. */
export function parseSize(text: string): Result<number, string> {
  const match = /^(\d+)\s*(B|KB|MB|GB)$/i.exec(text.trim());
  const amount = match?.[1];
  const unit = match?.[2]?.toUpperCase() as keyof typeof SIZE_UNITS | undefined;
  if (amount === undefined || unit === undefined || Number(amount) === 0) {
    return err(`expected a size like 512KB or 5MB (got "${text}")`);
  }
  return ok(Number(amount) * SIZE_UNITS[unit]);
}
