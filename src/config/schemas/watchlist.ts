import * as z from 'zod';
import { idListSchema, idSchema, stringListSchema, textSchema } from './common.js';

const entitySchema = z.strictObject({
  id: idSchema,
  kind: z.enum(['person', 'state', 'alliance', 'organisation', 'armed-group', 'place', 'topic']),
  name: textSchema,
  nameFr: textSchema.optional(),
  aliases: z
    .strictObject({ en: stringListSchema.default([]), fr: stringListSchema.default([]) })
    .prefault({}),
  acronyms: stringListSchema.default([]),
  ambiguous: stringListSchema.default([]),
  requires: stringListSchema.default([]),
  excludes: stringListSchema.default([]),
  contextOnly: z.boolean().default(false),
  countries: idListSchema.default([]),
  facts: idListSchema.default([]),
  weight: z.number().positive().default(1),
});

/** `config/watchlist.yaml`. */
export const watchlistFileSchema = z.strictObject({
  anchors: stringListSchema.default([]),
  entities: z.array(entitySchema),
});
export type WatchlistFile = z.output<typeof watchlistFileSchema>;
