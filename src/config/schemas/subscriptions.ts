import * as z from 'zod';
import { parseAlertCap, parseQuietHours } from '../../core/alert-limits.js';
import { cronSchema, languageSchema, textSchema, timezoneSchema } from './common.js';

/** `quiet: "22:00-07:00"`: an alert's quiet hours, in its `timezone:` or settings.yaml's. */
const quietSchema = z
  .string({ error: 'expected quiet hours like "22:00-07:00"' })
  .transform((text, ctx) => {
    const quiet = parseQuietHours(text);
    if (quiet) return quiet;
    ctx.issues.push({
      code: 'custom',
      input: text,
      message: `"${text}" is not a time range — e.g. quiet: "22:00-07:00"`,
    });
    return z.NEVER;
  });

/** `max: 6/h` or `20/d`: at most that many alert posts per hour or day. */
const capSchema = z
  .union([z.int(), z.string()], { error: 'expected a cap like 6/h or 20/d' })
  .transform((value, ctx) => {
    const cap = parseAlertCap(String(value));
    if (cap) return cap;
    ctx.issues.push({
      code: 'custom',
      input: value,
      message: `"${String(value)}" is not a cap — e.g. max: 6/h or max: 20/d`,
    });
    return z.NEVER;
  });

const subscriptionSchema = z
  .strictObject({
    platform: z.enum(['discord', 'slack', 'console']),
    // Discord ids overflow a YAML number, so a channel must be written as a string.
    channel: z
      .string({ error: 'expected a string (quote channel ids: "123456789012345678")' })
      .trim()
      .min(1),
    kind: z.enum(['alert', 'digest']),
    query: textSchema.optional(),
    cron: cronSchema.optional(),
    timezone: timezoneSchema.optional(),
    locale: languageSchema.optional(),
    size: z.int().min(1).max(50).optional(),
    empty: z.enum(['notice', 'skip']).optional(),
    quiet: quietSchema.optional(),
    max: capSchema.optional(),
  })
  // Runs even when other keys are invalid, so every problem is reported at once.
  .superRefine(
    (sub, ctx) => {
      if (sub.kind === 'alert') {
        if (sub.query === undefined)
          ctx.addIssue({ code: 'custom', path: ['query'], message: 'required for an alert' });
        for (const key of ['cron', 'size', 'empty'] as const) {
          if (sub[key] !== undefined)
            ctx.addIssue({
              code: 'custom',
              path: [key],
              message: 'only digest subscriptions take this key',
            });
        }
      } else if (sub.kind === 'digest') {
        for (const key of ['query', 'quiet', 'max'] as const) {
          if (sub[key] !== undefined)
            ctx.addIssue({
              code: 'custom',
              path: [key],
              message: `only alert subscriptions take ${key === 'query' ? 'a query' : 'this key'}`,
            });
        }
      }
    },
    { when: () => true },
  );

/** `config/subscriptions.yaml` (optional file). */
export const subscriptionsFileSchema = z.strictObject({
  subscriptions: z.array(subscriptionSchema),
});
export type SubscriptionsFile = z.output<typeof subscriptionsFileSchema>;
