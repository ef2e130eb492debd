import type { Language } from '../../core/config-types.js';
import type { Message } from '../../core/message.js';
import type { ChannelLost } from './discord-platform.js';

const WORDS = {
  en: {
    title: 'Delivery paused',
    body: (channel: string, reason: string) =>
      `The bot can no longer post in channel ${channel}: ${reason}. Its subscriptions there are paused until the bot's access is restored.`,
  },
  fr: {
    title: 'Envoi suspendu',
    body: (channel: string, reason: string) =>
      `Le bot ne peut plus publier dans le salon ${channel} : ${reason}. Ses abonnements y sont suspendus jusqu'au rétablissement de son accès.`,
  },
} as const;

/**
 * The notice for a server's admin channel when the bot loses a channel (403 or 404), saying
 * which channel, why, and that its subscriptions are paused.
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
