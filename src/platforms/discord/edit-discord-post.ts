import type { Language } from '../../core/config-types.js';
import { asReply } from './arc-payload.js';
import type { DiscordApi } from './discord-forum.js';
import { MESSAGE_FLAGS, type DiscordMessagePayload } from './discord-payload.js';
import type { PostAddress } from './remote-id.js';

/**
 * Editing a posted message that may be split into parts. Every part it posted is edited in
 * order; parts the new rendering no longer needs become a one-line "(continued above)" stub
 * (never deleted, so the parts keep their places and a later, longer rendering fills them
 * again); parts it needs beyond the post's are posted after the last one, each a silent reply
 * to the part before it in the same channel or forum post. The edit's answer names every part,
 * and the outbox keeps it for the next edit, which then lists no messages (`complete`). When
 * those ids may miss a part (an edit interrupted or failed since, ids kept before, a deleted
 * part), the silent replies are how the edit finds the added parts: Discord keeps no nonce on a
 * message it returns, while a message's reference, author and flags it does keep.
 * @see https://discord.com/developers/docs/resources/message#edit-message
 * @see https://discord.com/developers/docs/resources/message#get-channel-messages
 */

/** What an edit did: every part's id in order, and the parts (0-based) found deleted. */
export interface EditedPost {
  readonly parts: readonly string[];
  readonly lost: readonly number[];
}

/** Derives the nonce of part `part` from a seed (`nonceFor` of the Discord platform). */
export type NonceFor = (seed: string, part: number) => string;

/** How many pages of 100 messages after the last known part are searched for added parts. */
const MAX_PAGES = 5;
const PAGE = 100;

/** Discord error code 10008: Unknown Message (the part was deleted). */
const UNKNOWN_MESSAGE = 10008;

/**
 * Edits post `at` to show `payloads`, posting the parts it lacks and stubbing the ones it no
 * longer needs. A deleted part is skipped and reported in `lost`; a deleted first part stops
 * the edit there (the post is gone). Anything else Discord answers is thrown. Safe to repeat
 * without `complete`: a repeated edit writes the same text again and finds the parts an
 * earlier attempt posted (their nonces also make Discord return a part whose answer was lost).
 */
export async function editDiscordPost(
  api: DiscordApi,
  at: PostAddress,
  payloads: readonly DiscordMessagePayload[],
  options: {
    readonly locale: Language;
    readonly nonceFor: NonceFor;
    /** `at` names every part the post has: no listing unless a part turns out deleted. */
    readonly complete?: boolean;
  },
): Promise<EditedPost> {
  const parts: string[] = [...at.parts];
  const lost: number[] = [];
  let author: string | null = null;
  const write = async (index: number, id: string): Promise<void> => {
    const payload = payloads[index];
    // A part that was a stub loses the stub's line (PATCH keeps fields it is not given). The
    // first part is never a stub, and keeps the role mention its alert was posted with.
    const body =
      payload === undefined
        ? continuedStub(options.locale)
        : index === 0
          ? payload
          : { ...payload, content: payload.content ?? '' };
    try {
      const edited = (await api.rest.patch(api.routes.channelMessage(at.channel, id), {
        body,
      })) as ListedMessage;
      author ??= edited.author?.id ?? null;
    } catch (error) {
      if (codeOf(error) !== UNKNOWN_MESSAGE) throw error;
      lost.push(index);
    }
  };
  for (const [index, id] of parts.entries()) {
    await write(index, id);
    if (lost[0] === 0) return { parts, lost };
  }
  if (author !== null && (options.complete !== true || lost.length > 0)) {
    for (const id of await findAddedParts(api, at.channel, parts.at(-1) ?? at.message, author)) {
      parts.push(id);
      await write(parts.length - 1, id);
    }
  }
  for (let index = parts.length; index < payloads.length; index += 1) {
    const payload = payloads[index];
    const previous = parts[index - 1];
    if (payload === undefined || previous === undefined) break;
    const body = {
      ...asReply(payload, at.channel, previous),
      flags: MESSAGE_FLAGS.SuppressNotifications,
      nonce: options.nonceFor(`edit:${at.message}`, index),
      enforce_nonce: true,
    };
    const created = (await api.rest.post(api.routes.channelMessages(at.channel), {
      body,
    })) as { id: string };
    parts.push(created.id);
  }
  return { parts, lost };
}

/** The one line a part the new rendering does not need is edited to. */
export function continuedStub(locale: Language): DiscordMessagePayload {
  return {
    content: locale === 'fr' ? '-# (suite plus haut)' : '-# (continued above)',
    embeds: [],
    components: [],
    allowed_mentions: { parse: [] },
  };
}

interface ListedMessage {
  readonly id: string;
  readonly author?: { readonly id?: string };
  readonly flags?: number;
  readonly message_reference?: { readonly message_id?: string };
}

/**
 * The parts earlier edits added after `last`, in order: each a silent reply by the bot to the
 * part before it. Discord lists a channel newest first, also with `after`, so each page is
 * sorted by id (snowflakes grow with time).
 */
async function findAddedParts(
  api: DiscordApi,
  channel: string,
  last: string,
  author: string,
): Promise<string[]> {
  const found: string[] = [];
  let previous = last;
  let after = last;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const query = new URLSearchParams({ after, limit: String(PAGE) });
    const listed = (await api.rest.get(api.routes.channelMessages(channel), {
      query,
    })) as ListedMessage[];
    const ordered = [...listed].sort((a, b) => compareSnowflakes(a.id, b.id));
    for (const message of ordered) {
      if (!isAddedPart(message, previous, author)) continue;
      found.push(message.id);
      previous = message.id;
    }
    const newest = ordered.at(-1);
    if (listed.length < PAGE || newest === undefined) break;
    after = newest.id;
  }
  return found;
}

function isAddedPart(message: ListedMessage, previous: string, author: string): boolean {
  const silent = ((message.flags ?? 0) & MESSAGE_FLAGS.SuppressNotifications) !== 0;
  return (
    silent && message.author?.id === author && message.message_reference?.message_id === previous
  );
}

function compareSnowflakes(a: string, b: string): number {
  const [x, y] = [BigInt(a), BigInt(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

function codeOf(error: unknown): unknown {
  return typeof error === 'object' && error !== null
    ? (error as { code?: unknown }).code
    : undefined;
}
