import * as z from 'zod';
import { dateSchema, idListSchema, sourceSchema, textSchema } from './common.js';

/** `config/timeline.yaml`. */
export const timelineFileSchema = z.strictObject({
  events: z.array(
    z.strictObject({
      date: dateSchema,
      title: textSchema,
      text: textSchema,
      countries: idListSchema.default([]),
      entities: idListSchema.default([]),
      tags: idListSchema.default([]),
      sources: z.array(sourceSchema).min(1, { error: 'expected at least one source' }),
    }),
  ),
});
export type TimelineFile = z.output<typeof timelineFileSchema>;
