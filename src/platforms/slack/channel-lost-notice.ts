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

/** Why, by the Slack error `describeSlackError` puts in parentheses for a lost channel. */
const REASONS: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  en: {
    channel_not_found: 'the channel does not exist or the bot cannot see it',
    not_in_channel: 'the bot is not in it, invite it with /invite @sahel-digest',
    is_archived: 'the channel is archived',
    other: 'Slack refuses its messages there',
  },
  fr: {
    channel_not_found: "le canal n'existe pas ou le bot ne le voit pas",
    not_in_channel: "le bot n'en est pas membre, invitez-le avec /invite @sahel-digest",
    is_archived: 'le canal est archivé',
    other: 'Slack y refuse ses messages',
  },
};

const WORDS: Readonly<Record<Language, ChannelLostWords>> = {
  en: {
    title: 'Delivery stopped',
    body: (channel: string, reason: string) =>
      `The bot can no longer post in Slack channel ${channel}: ${reason}. Its alerts and digests there stop until the bot's access is restored and they are resumed, or they are removed.`,
    reason: (failure) => reasonIn('en', failure),
    paused: (ids: string) =>
      `Paused until an admin resumes them: ${ids}. /sahel alert list shows them with the reason; once the bot can post there again, /sahel alert resume <id> or /sahel digest resume <id>, typed in that channel, resumes each.`,
  },
  fr: {
    title: 'Envoi interrompu',
    body: (channel: string, reason: string) =>
      `Le bot ne peut plus publier dans le canal Slack ${channel} : ${reason}. Ses alertes et résumés s'y arrêtent jusqu'au rétablissement de son accès et à leur reprise, ou à leur retrait.`,
    reason: (failure) => reasonIn('fr', failure),
    paused: (ids: string) =>
      `En pause jusqu'à leur reprise par un admin : ${ids}. /sahel alerte liste les montre avec la raison ; quand le bot pourra de nouveau y publier, /sahel alerte reprendre <id> ou /sahel resume reprendre <id>, tapé dans ce canal, reprend chacun.`,
  },
};

/** The reason in `locale`, with Slack's error code as Slack wrote it. */
function reasonIn(locale: Language, failure: DeliveryFailure): string {
  const words = REASONS[locale];
  const detail = failureDetail(failure);
  const reason = (detail === undefined ? undefined : words[detail]) ?? words.other ?? '';
  return detail === undefined ? reason : `${reason} (${detail})`;
}

/**
 * The notice for a workspace's admin channel when the bot loses a channel (not found, not a
 * member, archived), saying which channel (#name when known) and why, and which subscriptions
 * were paused and how to resume them.
 */
export function channelLostNotice(
  lost: ChannelLost,
  locale: Language = 'en',
  paused: readonly Subscription[] = [],
): Message {
  return buildChannelLostNotice(WORDS[locale], lost, paused);
}
