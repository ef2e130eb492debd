import type { AdminFailure, ChannelRef } from '../src/core/admin-ports.js';
import type { CommandContext } from '../src/core/command.js';
import type { Language } from '../src/core/config-types.js';
import type { Message } from '../src/core/message.js';
import { describeAdminFailure } from './admin-failure.js';
import { errorReply } from './dispatch-reply.js';

/** The channel a command was typed in, as the admin ports take it. */
export const here = (context: CommandContext): ChannelRef => ({
  platform: context.platform,
  channel: context.channel,
});

/** An ephemeral answer: a heading (optional) and lines of text; the fallback is the same text. */
export function adminReply(lines: readonly string[], heading?: string): Message {
  const text = lines.join('\n');
  return {
    blocks: [
      ...(heading === undefined ? [] : [{ type: 'heading' as const, text: heading }]),
      { type: 'text', text },
    ],
    fallback: heading === undefined ? text : `${heading}\n${text}`,
    ephemeral: true,
  };
}

/** `Mon 7 Dec 2026, 07:00 (Africa/Niamey)` in that zone, in the reader's language. */
export function formatInZone(epochMs: number, timeZone: string, locale: Language): string {
  const text = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(epochMs);
  return `${text} (${timeZone})`;
}

/** A refused admin request: an ephemeral one-line error in the user's language. */
export function adminFailureReply(failure: AdminFailure, locale: Language): Message {
  return errorReply(describeAdminFailure(failure, locale));
}
