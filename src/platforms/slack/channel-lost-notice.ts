import type { Language } from '../../core/config-types.js';
import type { Message } from '../../core/message.js';
import type { ChannelLost } from './slack-platform.js';

const WORDS = {
  en: {
    title: 'Delivery stopped',
    body: (channel: string, reason: string) =>
      `The bot can no longer post in Slack channel ${channel}: ${reason}. Its alerts and digests there fail until the bot's access is restored or the subscriptions are removed.`,
  },
  fr: {
    title: 'Envoi interrompu',
    body: (channel: string, reason: string) =>
      `Le bot ne peut plus publier dans le canal Slack ${channel} : ${reason}. Ses alertes et résumés y échouent jusqu'au rétablissement de son accès ou au retrait des abonnements.`,
  },
} as const;

/**
 * The notice for a workspace's admin channel when the bot loses a channel (not found, not a
 * member, archived), saying which channel and why.
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
