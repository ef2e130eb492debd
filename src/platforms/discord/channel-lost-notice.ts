import type { Language } from '../../core/config-types.js';
import type { Subscription } from '../../core/delivery-ports.js';
import type { Message } from '../../core/message.js';
import type { DeliveryFailure } from '../../core/ports.js';
import {
  buildChannelLostNotice,
  failureDetail,
  type ChannelLost,
  type ChannelLostWords,
} from '../../core/channel-lost.js';

/** Why, by the failure code `describeDiscordError` gives a lost channel (403, 404). */
const REASONS: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  en: {
    FORBIDDEN: 'Discord denies it the permissions it needs',
    NOT_FOUND: 'the channel was deleted or the bot can no longer see it',
    other: 'Discord refuses its messages there',
  },
  fr: {
    FORBIDDEN: 'Discord lui refuse les permissions nécessaires',
    NOT_FOUND: 'le salon a été supprimé ou le bot ne le voit plus',
    other: 'Discord y refuse ses messages',
  },
};

const WORDS: Readonly<Record<Language, ChannelLostWords>> = {
  en: {
    title: 'Posts failing in a channel',
    body: (channel: string, reason: string) =>
      `The bot may not post in channel ${channel}: ${reason}. Give the bot back View Channel, Send Messages and Embed Links there, or remove that channel's alerts and digests with /sahel-admin.`,
    reason: (failure) => reasonIn('en', failure),
    paused: (ids: string) =>
      `Paused until an admin resumes them: ${ids}. /sahel alert list shows them with the reason; once the bot can post there again, /sahel alert resume <id> or /sahel digest resume <id>, typed in that channel, resumes each.`,
  },
  fr: {
    title: 'Publications en échec dans un salon',
    body: (channel: string, reason: string) =>
      `Le bot ne peut plus publier dans le salon ${channel} : ${reason}. Rendez-lui Voir le salon, Envoyer des messages et Intégrer des liens dans ce salon, ou retirez-en les alertes et résumés avec /sahel-admin.`,
    reason: (failure) => reasonIn('fr', failure),
    paused: (ids: string) =>
      `En pause jusqu'à leur reprise par un admin : ${ids}. /sahel alerte liste les montre avec la raison ; quand le bot pourra de nouveau y publier, /sahel alerte reprendre <id> ou /sahel resume reprendre <id>, tapé dans ce salon, reprend chacun.`,
  },
};

/**
 * The permission Discord's 403 says is missing: Missing Access (50001) is View Channel (the bot
 * does not see the channel at all); Missing Permissions (50013) one it needs to post there.
 */
const MISSING: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  en: {
    '50001': 'it lacks View Channel there, so it cannot even see the channel',
    '50013': 'it sees the channel but lacks Send Messages or Embed Links there',
  },
  fr: {
    '50001': 'il lui manque Voir le salon, il ne voit donc même pas le salon',
    '50013': 'il voit le salon mais il lui manque Envoyer des messages ou Intégrer des liens',
  },
};

/** The reason in `locale`, with Discord's own error name and code as Discord wrote them. */
function reasonIn(locale: Language, failure: DeliveryFailure): string {
  const words = REASONS[locale];
  const code = /\b(500(?:01|13))\b/.exec(failure.message)?.[1];
  const missing =
    failure.code === 'FORBIDDEN' && code !== undefined ? MISSING[locale][code] : undefined;
  const reason = missing ?? words[failure.code] ?? words.other ?? '';
  const detail = failureDetail(failure);
  return detail === undefined ? reason : `${reason} (${detail})`;
}

/**
 * The notice for a server's admin channel when the bot loses a channel (403 or 404): which
 * channel (#name when Discord told the bot its name before), why, what an admin can do about it,
 * and which subscriptions were paused and how to resume them.
 */
export function channelLostNotice(
  lost: ChannelLost,
  locale: Language = 'en',
  paused: readonly Subscription[] = [],
): Message {
  return buildChannelLostNotice(WORDS[locale], lost, paused);
}
