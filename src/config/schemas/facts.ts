import * as z from 'zod';
import { dateSchema, idListSchema, idSchema, sourceSchema, textSchema } from './common.js';

/** `config/facts.yaml`. */
export const factsFileSchema = z.strictObject({
  facts: z.array(
    z.strictObject({
      id: idSchema,
      title: textSchema,
      titleFr: textSchema.optional(),
      text: textSchema,
      date: dateSchema.optional(),
      keyDates: z.array(z.strictObject({ date: dateSchema, text: textSchema })).default([]),
      sources: z.array(sourceSchema).min(1, { error: 'expected at least one source' }),
      entities: idListSchema.default([]),
    }),
  ),
});
export type FactsFile = z.output<typeof factsFileSchema>;
