/**
 * The platform-neutral message model. Handlers and digest builders produce a `Message`;
 * renderers in `src/platforms/*` turn it into console text, Discord embeds or Slack blocks,
 * splitting to each platform's limits and escaping text for it.
 *
 * Every string here is plain text, never markup: renderers escape it, so feed text can never
 * ping anyone or spoof a link. Links travel only in `url` fields.
 */
import type { Language } from './config-types.js';

export interface LinkRef {
  readonly title: string;
  readonly url: string;
}

/**
 * A background fact card one step away from a story: the card's id, its title and a one-line
 * gist. Platforms with buttons open the card (`command`) ephemerally; text platforms print the
 * gist and the command that opens it (`/mali fact kidal`).
 */
export interface FactRef {
  readonly id: string;
  readonly title: string;
  /** The card's first sentence, at most about 160 characters, never cut mid-word. */
  readonly gist: string;
  /** The command line that opens the card, e.g. `/mali fact kidal`. */
  readonly command: string;
}

export interface StoryCard {
  /** Story id, so an alert can be edited when later sources arrive. */
  readonly storyId: string;
  readonly title: string;
  /** Link to the best source. */
  readonly url: string | null;
  readonly summary: string;
  /** Sources as outlet names with links; the first is the lead. */
  readonly sources: readonly { readonly name: string; readonly url: string | null }[];
  readonly tags: readonly string[];
  /** Background fact cards, most specific first, at most three. */
  readonly facts: readonly FactRef[];
  /** Publication time of the lead, epoch ms. */
  readonly publishedAt?: number;
  /** e.g. "Also reported by RFI, Le Monde". */
  readonly note?: string;
  /**
   * Whether the story rests on one outlet or independent ones: `Single source`,
   * `Corroborated · 3 outlets`. Shown muted beside the note.
   */
  readonly provenance?: string;
  /**
   * The language the card was written in. Renderers label it ("Sources", "Background") in this
   * language rather than the platform's default, so a French channel of an English deployment
   * reads "Contexte".
   */
  readonly locale?: Language;
}

/** An entry of a list block: text with an optional link and a secondary line. */
export interface ListEntry {
  readonly text: string;
  readonly url?: string;
  /** Shown before the text, e.g. a date. */
  readonly label?: string;
  readonly detail?: string;
}

export interface ActionButton {
  /**
   * Stable id the platform echoes back, or a link button when `url` is set. A command action's
   * id is the command line it runs (`/mali timeline from:2023 page:2`), so no platform keeps
   * paging state: pressing the button runs that line through the command dispatcher.
   */
  readonly id: string;
  readonly label: string;
  readonly url?: string;
}

export type Block =
  | { readonly type: 'heading'; readonly text: string; readonly subtitle?: string }
  | { readonly type: 'story'; readonly card: StoryCard }
  | { readonly type: 'text'; readonly text: string; readonly tone?: 'normal' | 'muted' | 'error' }
  | { readonly type: 'list'; readonly entries: readonly ListEntry[] }
  | { readonly type: 'divider' }
  | { readonly type: 'actions'; readonly actions: readonly ActionButton[] };

/**
 * The developing situation an alert belongs to, so platforms can thread it (a Discord forum
 * post or reply, a Slack thread) without knowing how stories are made.
 */
export interface ArcMark {
  readonly id: string;
  /** e.g. "Niger coup"; a forum post's or thread's title. */
  readonly title: string;
  /** 1-based number of this development in the arc. */
  readonly position: number;
  /** When the arc's first development was published, epoch ms. */
  readonly since: number;
  /** The development before this one, or null for the first. */
  readonly previous: {
    readonly storyId: string;
    readonly title: string;
    readonly url: string | null;
  } | null;
}

export interface Message {
  readonly blocks: readonly Block[];
  /** Plain-text rendering for notifications and platforms without rich layout. */
  readonly fallback: string;
  /** Only the requesting user sees it (ephemeral replies). */
  readonly ephemeral?: boolean;
  /** Set on alerts and their updates when the story belongs to an arc. */
  readonly arc?: ArcMark;
  /**
   * An opt-in ping set by an admin on an alert subscription (a Discord role id): the only
   * mention a platform may allow. Never derived from feed text.
   */
  readonly ping?: { readonly role: string };
}
