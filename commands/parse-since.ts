import type { Language } from '../src/core/config-types.js';
import { err, ok, type Result } from '../src/core/result.js';

/** `j` (jour) and `sem` (semaine) are the French reader's `d` and `w`. */
const UNITS = {
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  j: 86_400_000,
  w: 7 * 86_400_000,
  sem: 7 * 86_400_000,
} as const;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The start of a `since` option as epoch ms: a duration back from `now` (`90m`, `24h`, `3d` or
 * `3j`, `2w` or `2sem`) or a day (`2026-11-20`, from its start, UTC). A bad value is one line in the
 * reader's language, naming the option (`since` in chat, `depuis` in French, `--since` on the command line) and the
 * forms it takes.
 */
export function parseSince(
  text: string,
  now: number,
  locale: Language,
  name = locale === 'fr' ? 'depuis' : 'since',
): Result<number, string> {
  const value = text.trim().toLowerCase();
  const duration = /^(\d+)\s*(m|h|d|j|w|sem)$/.exec(value);
  if (duration !== null) {
    const amount = Number(duration[1]);
    const unit = duration[2] as keyof typeof UNITS;
    if (amount > 0) return ok(now - amount * UNITS[unit]);
  }
  const date = DATE.exec(value);
  if (date !== null) {
    const at = Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]));
    const day = new Date(at);
    if (day.getUTCMonth() === Number(date[2]) - 1 && day.getUTCDate() === Number(date[3])) {
      return at > now ? err(FUTURE[locale](name, text.trim())) : ok(at);
    }
  }
  return err(INVALID[locale](name, text.trim()));
}

const INVALID = {
  en: (name: string, text: string) =>
    `invalid ${name} "${text}": expected a duration like 24h, 3d or 2w, or a date like 2026-11-20`,
  fr: (name: string, text: string) =>
    `${name} « ${text} » invalide : une durée comme 24h, 3j ou 2sem, ou une date comme 2026-11-20`,
} as const;

const FUTURE = {
  en: (name: string, text: string) => `invalid ${name} "${text}": the date is in the future`,
  fr: (name: string, text: string) => `${name} « ${text} » invalide : la date est dans le futur`,
} as const;
