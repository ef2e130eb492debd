import * as z from 'zod';
import { cronSchema, languageSchema, textSchema, timezoneSchema } from './common.js';

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
  })
  // Runs even when other keys are invalid, so every problem is reported at once.
  .superRefine(
    (sub, ctx) => {
      if (sub.kind === 'alert') {
        if (sub.query === undefined)
          ctx.addIssue({ code: 'custom', path: ['query'], message: 'required for an alert' });
        for (const key of ['cron', 'timezone', 'size', 'empty'] as const) {
          if (sub[key] !== undefined)
            ctx.addIssue({
              code: 'custom',
              path: [key],
              message: 'only digest subscriptions take this key',
            });
        }
      } else if (sub.kind === 'digest' && sub.query !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['query'],
          message: 'only alert subscriptions take a query',
        });
      }
    },
    { when: () => true },
  );

/** `config/subscriptions.yaml` (optional file). */
export const subscriptionsFileSchema = z.strictObject({
  subscriptions: z.array(subscriptionSchema),
});
export type SubscriptionsFile = z.output<typeof subscriptionsFileSchema>;
