import type { Language } from '../../core/config-types.js';
import type { Message } from '../../core/message.js';
import type { ChannelLost } from './discord-platform.js';

const WORDS = {
  en: {
    title: 'Posts failing in a channel',
    body: (channel: string, reason: string) =>
      `${reason}. Give the bot back View Channel, Send Messages and Embed Links in channel ${channel}, or remove that channel's alerts and digests with /sahel-admin.`,
  },
  fr: {
    title: 'Publications en échec dans un salon',
    body: (channel: string, reason: string) =>
      `${reason}. Rendez au bot Voir le salon, Envoyer des messages et Intégrer des liens dans le salon ${channel}, ou retirez-en les alertes et résumés avec /sahel-admin.`,
  },
} as const;

/**
 * The notice for a server's admin channel when the bot loses a channel (403 or 404): which
 * channel, why, and what an admin can do about it.
 */
export function channelLostNotice(lost: ChannelLost, locale: Language = 'en'): Message {
  const words = WORDS[locale];
  const text = words.body(lost.channel, lost.failure.message);
  return {
    blocks: [
      { type: 'heading', text: words.title },
      { type: 'text', text, tone: 'error' },
    ],
    fallback: `${words.title}: ${text}`,
  };
}
