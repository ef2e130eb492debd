import * as z from 'zod';
import { dateSchema, idListSchema, sourceSchema, textSchema, withoutUndefined } from './common.js';

/**
 * `config/timeline.yaml`. French (`titleFr`, `textFr`) is optional: an event without it shows
 * French readers the English, and check-config warns (see `missingTimelineFrench`).
 */
export const timelineFileSchema = z.strictObject({
  events: z.array(
    z
      .strictObject({
        date: dateSchema,
        title: textSchema,
        titleFr: textSchema.optional(),
        text: textSchema,
        textFr: textSchema.optional(),
        countries: idListSchema.default([]),
        entities: idListSchema.default([]),
        tags: idListSchema.default([]),
        sources: z.array(sourceSchema).min(1, { error: 'expected at least one source' }),
      })
      .transform((event) => withoutUndefined(event)),
  ),
});
export type TimelineFile = z.output<typeof timelineFileSchema>;
