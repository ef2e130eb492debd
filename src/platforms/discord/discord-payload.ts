/**
 * The JSON the Discord platform sends: the subset of Discord's message payload the renderers
 * produce. Field names are Discord's own (snake_case), so a payload goes to REST unchanged.
 * @see https://discord.com/developers/docs/resources/message#create-message
 */

/** Discord's limits for one message and its parts. */
export const DISCORD_LIMITS = {
  embedsPerMessage: 10,
  charactersPerMessage: 6000,
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  buttonsPerRow: 5,
  rowsPerMessage: 5,
  buttonLabel: 80,
  customId: 100,
  buttonUrl: 512,
} as const;

export const ComponentType = { ActionRow: 1, Button: 2 } as const;
export const ButtonStyle = { Secondary: 2, Link: 5 } as const;

export interface DiscordButton {
  readonly type: typeof ComponentType.Button;
  readonly style: (typeof ButtonStyle)[keyof typeof ButtonStyle];
  readonly label: string;
  /** Set on command buttons: the neutral action id (a command line), at most 100 characters. */
  readonly custom_id?: string;
  /** Set on link buttons. */
  readonly url?: string;
}

export interface DiscordActionRow {
  readonly type: typeof ComponentType.ActionRow;
  readonly components: readonly DiscordButton[];
}

export interface DiscordEmbedField {
  readonly name: string;
  readonly value: string;
  readonly inline?: boolean;
}

export interface DiscordEmbed {
  readonly author?: { readonly name: string };
  readonly title?: string;
  readonly url?: string;
  readonly description?: string;
  readonly color?: number;
  readonly fields?: readonly DiscordEmbedField[];
  readonly footer?: { readonly text: string };
  /** ISO 8601. */
  readonly timestamp?: string;
}

/**
 * `parse: []`: no `@everyone`, role or user mention in a payload can ever ping. The only
 * exception is `roles`: the one role an admin attached to an alert subscription. A reply never
 * pings the author of the message it answers (`replied_user: false`).
 */
export interface AllowedMentions {
  readonly parse: readonly [];
  readonly roles?: readonly [string];
  readonly replied_user?: false;
}

/** A reply's target: with `fail_if_not_exists: false` a deleted target does not fail the send. */
export interface MessageReference {
  readonly message_id: string;
  readonly channel_id: string;
  readonly fail_if_not_exists: false;
}

export interface DiscordMessagePayload {
  /** Only ever the admin-chosen role mention (`<@&id>`); feed text goes in embeds, escaped. */
  readonly content?: string;
  readonly embeds: readonly DiscordEmbed[];
  readonly components: readonly DiscordActionRow[];
  readonly allowed_mentions: AllowedMentions;
  readonly message_reference?: MessageReference;
  /** Message flags; only `SUPPRESS_NOTIFICATIONS` is ever set (see `MESSAGE_FLAGS`). */
  readonly flags?: number;
}

/** @see https://discord.com/developers/docs/resources/message#message-object-message-flags */
export const MESSAGE_FLAGS = {
  /** Posted without a push or desktop notification ("@silent"). */
  SuppressNotifications: 1 << 12,
} as const;

/** The characters Discord counts towards a message's 6,000: titles, descriptions, fields, footers, authors. */
export function embedCharacters(embed: DiscordEmbed): number {
  let total = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
  total += (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
  for (const field of embed.fields ?? []) total += field.name.length + field.value.length;
  return total;
}
