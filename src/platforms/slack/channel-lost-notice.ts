import type { Language } from '../../core/config-types.js';
import type { Subscription } from '../../core/delivery-ports.js';
import type { Message } from '../../core/message.js';
import {
  buildChannelLostNotice,
  type ChannelLost,
  type ChannelLostWords,
} from '../../core/channel-lost.js';

const WORDS: Readonly<Record<Language, ChannelLostWords>> = {
  en: {
    title: 'Delivery stopped',
    body: (channel: string, reason: string) =>
      `The bot can no longer post in Slack channel ${channel}: ${reason}. Its alerts and digests there stop until the bot's access is restored and they are resumed, or they are removed.`,
    paused: (ids: string) =>
      `Paused until an admin resumes them: ${ids}. /sahel alert list shows them with the reason; once the bot can post there again, /sahel alert resume <id> or /sahel digest resume <id>, typed in that channel, resumes each.`,
  },
  fr: {
    title: 'Envoi interrompu',
    body: (channel: string, reason: string) =>
      `Le bot ne peut plus publier dans le canal Slack ${channel} : ${reason}. Ses alertes et résumés s'y arrêtent jusqu'au rétablissement de son accès et à leur reprise, ou à leur retrait.`,
    paused: (ids: string) =>
      `En pause jusqu'à leur reprise par un admin : ${ids}. /sahel alert list les montre avec la raison ; quand le bot pourra de nouveau y publier, /sahel alert resume <id> ou /sahel digest resume <id>, tapé dans ce canal, reprend chacun.`,
  },
};

/**
 * The notice for a workspace's admin channel when the bot loses a channel (not found, not a
 * member, archived), saying which channel and why, and which subscriptions were paused and how
 * to resume them.
 */
export function channelLostNotice(
  lost: ChannelLost,
  locale: Language = 'en',
  paused: readonly Subscription[] = [],
): Message {
  return buildChannelLostNotice(WORDS[locale], lost, paused);
}
