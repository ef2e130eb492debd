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
    title: 'Posts failing in a channel',
    body: (channel: string, reason: string) =>
      `${reason}. Give the bot back View Channel, Send Messages and Embed Links in channel ${channel}, or remove that channel's alerts and digests with /sahel-admin.`,
    paused: (ids: string) =>
      `Paused until an admin resumes them: ${ids}. /sahel alert list shows them with the reason; once the bot can post there again, /sahel alert resume <id> or /sahel digest resume <id>, typed in that channel, resumes each.`,
  },
  fr: {
    title: 'Publications en échec dans un salon',
    body: (channel: string, reason: string) =>
      `${reason}. Rendez au bot Voir le salon, Envoyer des messages et Intégrer des liens dans le salon ${channel}, ou retirez-en les alertes et résumés avec /sahel-admin.`,
    paused: (ids: string) =>
      `En pause jusqu'à leur reprise par un admin : ${ids}. /sahel alert list les montre avec la raison ; quand le bot pourra de nouveau y publier, /sahel alert resume <id> ou /sahel digest resume <id>, tapé dans ce salon, reprend chacun.`,
  },
};

/**
 * The notice for a server's admin channel when the bot loses a channel (403 or 404): which
 * channel, why, what an admin can do about it, and which subscriptions were paused and how to
 * resume them.
 */
export function channelLostNotice(
  lost: ChannelLost,
  locale: Language = 'en',
  paused: readonly Subscription[] = [],
): Message {
  return buildChannelLostNotice(WORDS[locale], lost, paused);
}
