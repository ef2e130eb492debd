import * as z from 'zod';
import { durationSchema, idSchema, textSchema, urlSchema } from './common.js';

/** `config/feeds.yaml`. `interval` stays undefined here; the loader fills in the settings default. */
export const feedsFileSchema = z.strictObject({
  feeds: z.array(
    z.strictObject({
      id: idSchema,
      url: urlSchema,
      name: textSchema,
      language: z.enum(['en', 'fr', 'mixed']),
      tier: z
        .union([z.literal(1), z.literal(2), z.literal(3)], {
          error: (iss) => `expected 1, 2 or 3 (got ${JSON.stringify(iss.input)})`,
        })
        .default(2),
      interval: durationSchema.optional(),
    }),
  ),
});
export type FeedsFile = z.output<typeof feedsFileSchema>;
