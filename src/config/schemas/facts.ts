import * as z from 'zod';
import {
  dateSchema,
  idListSchema,
  idSchema,
  sourceSchema,
  textSchema,
  withoutUndefined,
} from './common.js';

/** A dated line of a card, with its French text when given. */
const keyDateSchema = z
  .strictObject({ date: dateSchema, text: textSchema, textFr: textSchema.optional() })
  .transform((keyDate) => withoutUndefined(keyDate));

/**
 * `config/facts.yaml`. French (`titleFr`, `textFr`, each key date's `textFr`) is optional: a card
 * without it shows French readers the English, and check-config warns (see `missingFrench`).
 */
export const factsFileSchema = z.strictObject({
  facts: z.array(
    z.strictObject({
      id: idSchema,
      title: textSchema,
      titleFr: textSchema.optional(),
      text: textSchema,
      textFr: textSchema.optional(),
      date: dateSchema.optional(),
      keyDates: z.array(keyDateSchema).default([]),
      sources: z.array(sourceSchema).min(1, { error: 'expected at least one source' }),
      entities: idListSchema.default([]),
    }),
  ),
});
export type FactsFile = z.output<typeof factsFileSchema>;
