import * as z from 'zod';
import { DEFAULT_COUNTRY_COMMANDS } from '../../core/config-types.js';
import {
  cronSchema,
  durationSchema,
  idSchema,
  languageSchema,
  sizeSchema,
  timezoneSchema,
} from './common.js';

const count = (min: number) => z.int().min(min);

/** `config/settings.yaml`: every key optional, defaults as in docs/configuration.md. */
export const settingsFileSchema = z.strictObject({
  locale: languageSchema.default('en'),
  timezone: timezoneSchema.default('Africa/Bamako'),
  countries: z
    .array(
      z.strictObject({
        entity: idSchema,
        command: z.string().regex(/^[a-z0-9-]{1,32}$/, {
          error: 'expected a command name: 1 to 32 lowercase letters, digits or dashes',
        }),
      }),
    )
    .default(DEFAULT_COUNTRY_COMMANDS.map((country) => ({ ...country }))),
  digest: z
    .strictObject({
      cron: cronSchema.default('0 8 * * *'),
      size: count(1).max(50).default(10),
      // A scheduled digest with nothing new posts nothing by default: a daily "no news" line in a
      // busy channel is noise, and a window empty across every feed more likely means the feeds
      // failed (admins are warned of that) than a quiet day. `/sahel digest now` always answers.
      empty: z.enum(['notice', 'skip']).default('skip'),
    })
    .prefault({}),
  polling: z
    .strictObject({
      tick: cronSchema.default('* * * * *'),
      interval: durationSchema.prefault('15m'),
      timeout: durationSchema.prefault('15s'),
      maxBytes: sizeSchema.prefault('5MB'),
      maxRedirects: count(0).max(20).default(5),
      concurrency: count(1).default(16),
      perHost: count(1).default(2),
      disableAfterFailures: count(1).default(10),
      maxBackoff: durationSchema.prefault('24h'),
      backfill: count(0).default(0),
    })
    .prefault({}),
  stories: z
    .strictObject({
      windowHours: z.number().positive().default(72),
      arcDays: z.number().positive().default(7),
      arcLateDays: z.number().positive().default(60),
    })
    .prefault({}),
  admins: z
    .strictObject({
      slack: z
        .array(
          z.string().regex(/^[UW][A-Z0-9]{2,}$/, {
            error: 'expected a Slack user id such as U0123ABCD',
          }),
        )
        .default([]),
    })
    .prefault({}),
  retentionDays: count(1).default(90),
});
export type SettingsFile = z.output<typeof settingsFileSchema>;
