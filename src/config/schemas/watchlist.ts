import * as z from 'zod';
import { dateSchema, idListSchema, idSchema, stringListSchema, textSchema, withoutUndefined } from './common.js';

/** A descriptive reference to an entity and the context it needs (see `DescriptorConfig`). */
const descriptorSchema = z
  .strictObject({
    phrases: z
      .strictObject({ en: stringListSchema.default([]), fr: stringListSchema.default([]) })
      .prefault({}),
    acronyms: stringListSchema.default([]),
    requires: stringListSchema.default([]),
    excludes: stringListSchema.default([]),
    from: dateSchema.optional(),
    until: dateSchema.optional(),
  })
  .transform((descriptor) => withoutUndefined(descriptor));

/** An item-level veto: names of the entity that stop counting in an item proving a namesake (see `VetoConfig`). */
const vetoSchema = z.strictObject({
  aliases: stringListSchema.default([]),
  when: stringListSchema,
  unless: stringListSchema.default([]),
});

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
  descriptors: z.array(descriptorSchema, { error: 'expected a list of descriptors' }).default([]),
  vetoes: z.array(vetoSchema, { error: 'expected a list of vetoes' }).default([]),
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
