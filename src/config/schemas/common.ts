import * as z from 'zod';
import { checkCronExpression } from '../../scheduler.js';
import { parseDuration, parseSize } from '../parse-duration.js';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** A lowercase kebab-case id (`burkina-faso`). */
export const idSchema = z
  .string({ error: 'expected an id (lowercase kebab-case, like burkina-faso)' })
  .refine((s) => ID.test(s), {
    error: (iss) => `expected a lowercase kebab-case id (got "${String(iss.input)}")`,
  });

export const idListSchema = z.array(idSchema, { error: 'expected a list of ids' });

/** A non-empty string. */
export const textSchema = z.string().trim().min(1);

export const stringListSchema = z.array(textSchema, { error: 'expected an array of strings' });

/** True when `text` is `YYYY-MM-DD` or `YYYY-MM` naming a day or month on the calendar. */
export function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return false;
  if (match[3] === undefined) return true;
  const day = Number(match[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

/** `'YYYY-MM-DD'` or `'YYYY-MM'`, on the calendar. */
export const dateSchema = z
  .string({ error: "expected a date as a quoted string, 'YYYY-MM-DD' or 'YYYY-MM'" })
  .check((ctx) => {
    if (!DATE.test(ctx.value)) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `expected a date 'YYYY-MM-DD' or 'YYYY-MM' (got "${ctx.value}")`,
      });
    } else if (!isCalendarDate(ctx.value)) {
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `date "${ctx.value}" does not exist`,
      });
    }
  });

/** True for an absolute http: or https: URL. */
export function isHttpUrl(text: string): boolean {
  if (!URL.canParse(text)) return false;
  const { protocol } = new URL(text);
  return protocol === 'http:' || protocol === 'https:';
}

export const urlSchema = z
  .string({ error: 'expected a URL' })
  .refine(isHttpUrl, { error: (iss) => `expected an http(s) URL (got "${String(iss.input)}")` });

export const sourceSchema = z.strictObject({ name: textSchema, url: urlSchema });

export const languageSchema = z.enum(['en', 'fr']);

/** A node-cron expression (5 fields, or 6 with seconds). */
export const cronSchema = z
  .string({ error: "expected a cron expression like '0 8 * * *'" })
  .check((ctx) => {
    const result = checkCronExpression(ctx.value);
    if (!result.valid) {
      const reason = result.reason;
      const detail = reason === undefined ? '' : `: ${reason}`;
      ctx.issues.push({
        code: 'custom',
        input: ctx.value,
        message: `invalid cron expression "${ctx.value}"${detail}`,
      });
    }
  });

/** True when the runtime knows `zone` as an IANA time zone. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const timezoneSchema = z
  .string({ error: 'expected an IANA time zone like Africa/Bamako' })
  .refine(isTimeZone, { error: (iss) => `unknown IANA time zone "${String(iss.input)}"` });

/** `10m` → 600000 (milliseconds). */
export const durationSchema = z
  .string({ error: 'expected a duration like 90s, 10m, 2h or 1d' })
  .transform((text, ctx) => {
    const parsed = parseDuration(text);
    if (parsed.ok) return parsed.value;
    ctx.issues.push({ code: 'custom', input: text, message: parsed.error });
    return z.NEVER;
  });

/** `5MB` → bytes. */
export const sizeSchema = z
  .string({ error: 'expected a size like 512KB or 5MB' })
  .transform((text, ctx) => {
    const parsed = parseSize(text);
    if (parsed.ok) return parsed.value;
    ctx.issues.push({ code: 'custom', input: text, message: parsed.error });
    return z.NEVER;
  });

/** Copies `source` without its `undefined` values, for `exactOptionalPropertyTypes` targets. */
export function withoutUndefined<T extends Record<string, unknown>>(
  source: T,
): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}
