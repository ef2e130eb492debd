import type { DigestSubscribed } from '../src/core/admin-ports.js';
import type { CommandContext, CommandDefinition } from '../src/core/command.js';
import type { Language } from '../src/core/config-types.js';
import type { DigestSubscription } from '../src/core/delivery-ports.js';
import type { Message } from '../src/core/message.js';
import { adminFailureReply, adminReply, formatInZone, here } from './admin-reply.js';
import { CHANNEL_OPTION, targetChannel, type TargetChannel } from './alert-channel.js';
import { errorReply } from './dispatch-reply.js';
import { localeArg, textArg } from './text-arg.js';
import { pausedNote } from './resume.js';

const WORDS = {
  en: {
    subscribed: 'Digest subscribed',
    existing: 'Digest already there',
    describe: (s: DigestSubscription, size: string, language: string, channel?: string) =>
      `Digest #${s.id} for ${channel ?? 'this channel'}: "${s.cron}" in ${s.timezone}, ${size}, ${language}.`,
    already: (id: number, from: string, channel?: string) =>
      `${channel ?? 'This channel'} already has this digest (#${id}, ${from}).`,
    stories: (n: number) => `${n} ${n === 1 ? 'story' : 'stories'}`,
    defaultSize: "the channel's usual size",
    defaultLanguage: "the channel's language",
    language: (l: Language) => (l === 'fr' ? 'in French' : 'in English'),
    next: (when: string) => `Next digest: ${when}.`,
    never: 'No digest falls due within a month with this schedule.',
    chat: 'added from chat',
    removed: (s: DigestSubscription) =>
      `Digest #${s.id} removed from this channel ("${s.cron}" in ${s.timezone}).`,
  },
  fr: {
    subscribed: 'Digest programmé',
    existing: 'Digest déjà programmé',
    describe: (s: DigestSubscription, size: string, language: string, channel?: string) =>
      `Digest n° ${s.id} pour ${channel ?? 'ce canal'} : « ${s.cron} » à l'heure de ${s.timezone}, ${size}, ${language}.`,
    already: (id: number, from: string, channel?: string) =>
      `${channel ?? 'Ce canal'} a déjà ce digest (n° ${id}, ${from}).`,
    stories: (n: number) => `${n} ${n === 1 ? 'récit' : 'récits'}`,
    defaultSize: 'la taille habituelle du canal',
    defaultLanguage: 'dans la langue du canal',
    language: (l: Language) => (l === 'fr' ? 'en français' : 'en anglais'),
    next: (when: string) => `Prochain digest : ${when}.`,
    never: "Aucun digest n'arrive dans le mois avec cet horaire.",
    chat: 'ajouté depuis le chat',
    removed: (s: DigestSubscription) =>
      `Digest n° ${s.id} retiré de ce canal (« ${s.cron} » à l'heure de ${s.timezone}).`,
  },
} as const;

function subscribedReply(
  result: DigestSubscribed,
  target: TargetChannel,
  context: CommandContext,
): Message {
  const channel = target.chosen ? target.label : undefined;
  const words = WORDS[context.locale];
  const s = result.subscription;
  const size = s.size === null ? words.defaultSize : words.stories(s.size);
  const language = s.locale === null ? words.defaultLanguage : words.language(s.locale);
  const from = s.origin === 'config' ? context.ports.admin.configFile('subscriptions') : words.chat;
  const next =
    result.nextRun === null
      ? words.never
      : words.next(formatInZone(result.nextRun, s.timezone, context.locale));
  const paused = pausedNote(s, context.locale);
  return result.created
    ? adminReply([words.describe(s, size, language, channel), next], words.subscribed)
    : adminReply(
        [words.already(s.id, from, channel), ...(paused === null ? [next] : [paused])],
        words.existing,
      );
}

/**
 * `/sahel digest subscribe [cron] [timezone] [size] [locale] [channel]`: a scheduled digest for
 * this channel, or for the one `channel:` names.
 */
export const digestSubscribeCommand: CommandDefinition = {
  name: 'subscribe',
  nameFr: 'abonner',
  group: 'digest',
  groupFr: 'resume',
  scope: 'sahel',
  admin: true,
  description: {
    en: 'Post a digest of top stories here (or in channel:) on a schedule',
    fr: 'Publier un digest des principaux récits ici (ou dans channel:), selon un horaire',
  },
  mainOption: 'cron',
  options: [
    {
      name: 'cron',
      type: 'string',
      required: false,
      description: {
        en: 'When, as cron: "0 8 * * *" is 08:00 daily (default from settings)',
        fr: 'Quand, en cron : "0 8 * * *" = 8 h chaque jour (par défaut : réglages)',
      },
    },
    {
      name: 'timezone',
      nameFr: 'fuseau',
      type: 'string',
      required: false,
      description: {
        en: 'IANA time zone, e.g. Africa/Bamako (default from settings)',
        fr: 'Fuseau IANA, par exemple Africa/Bamako (par défaut : réglages)',
      },
    },
    {
      name: 'size',
      nameFr: 'taille',
      type: 'integer',
      required: false,
      min: 1,
      max: 50,
      description: { en: 'Stories per digest', fr: 'Récits par digest' },
    },
    {
      name: 'locale',
      nameFr: 'langue',
      type: 'string',
      required: false,
      choices: ['en', 'fr'],
      description: { en: 'Language of the digest', fr: 'Langue du digest' },
    },
    CHANNEL_OPTION,
  ],
  examples: [
    'digest subscribe "0 7 * * 1-5" timezone:Africa/Niamey size:5 locale:fr',
    'digest subscribe "0 7 * * *" channel:<#123456789012345678>',
  ],
  handle(args, context) {
    const size = args['size'];
    const channel = targetChannel(args, context);
    if ('refusal' in channel) return errorReply(channel.refusal);
    const { target } = channel;
    const result = context.ports.admin.subscribeDigest(target.where, {
      ...textArg(args, 'cron'),
      ...textArg(args, 'timezone'),
      ...(typeof size === 'number' ? { size } : {}),
      ...localeArg(args),
    });
    return result.ok
      ? subscribedReply(result.value, target, context)
      : adminFailureReply(result.error, context.locale);
  },
};

/** `/sahel digest unsubscribe [id]`: removes a chat digest of this channel. */
export const digestUnsubscribeCommand: CommandDefinition = {
  name: 'unsubscribe',
  nameFr: 'desabonner',
  group: 'digest',
  groupFr: 'resume',
  scope: 'sahel',
  admin: true,
  description: {
    en: "Stop one of this channel's digests (its id, when there are several)",
    fr: "Arrêter un digest de ce canal (son numéro, s'il y en a plusieurs)",
  },
  mainOption: 'id',
  options: [
    {
      name: 'id',
      type: 'integer',
      required: false,
      min: 1,
      complete: 'subscription',
      description: { en: 'Digest id', fr: 'Numéro du digest' },
    },
  ],
  examples: ['digest unsubscribe 4'],
  handle(args, context) {
    const id = typeof args['id'] === 'number' ? args['id'] : undefined;
    const result = context.ports.admin.unsubscribeDigest(here(context), id);
    return result.ok
      ? adminReply([WORDS[context.locale].removed(result.value)])
      : adminFailureReply(result.error, context.locale);
  },
};
