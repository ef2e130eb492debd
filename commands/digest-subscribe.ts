import type { DigestSubscribed } from '../src/core/admin-ports.js';
import type { CommandContext, CommandDefinition } from '../src/core/command.js';
import type { Language } from '../src/core/config-types.js';
import type { DigestSubscription } from '../src/core/delivery-ports.js';
import type { Message } from '../src/core/message.js';
import type { AdminFailure } from '../src/core/admin-ports.js';
import { adminFailureReply, adminReply, formatInZone } from './admin-reply.js';
import {
  CHANNEL_OPTION,
  OTHER_CHANNEL_OPTION,
  resolveTarget,
  type TargetChannel,
} from './alert-channel.js';
import { describeAdminFailure } from './admin-failure.js';
import { errorReply } from './dispatch-reply.js';
import { localeArg, textArg } from './text-arg.js';
import { pausedNote } from './resume.js';
import { elsewhereLine, locatedLine } from './subscription-elsewhere.js';

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
    quiet: {
      skip: 'With nothing new it posts nothing.',
      notice: 'With nothing new it posts one line saying so.',
    },
    never: 'No digest falls due within a month with this schedule.',
    chat: 'added from chat',
    removed: (s: DigestSubscription, channel?: string) =>
      `Digest #${s.id} removed from ${channel ?? 'this channel'} ("${s.cron}" in ${s.timezone}).`,
    notFoundIn: (id: number, channel: string, option: string) =>
      `no digest ${id} in ${channel} — /sahel digest unsubscribe channel:${option} lists them`,
    noneIn: (channel: string, option: string) =>
      `${channel} has no digest — /sahel digest subscribe channel:${option} adds one`,
    severalIn: (ids: readonly number[], channel: string, option: string) =>
      `${channel} has several digests (${ids.map((id) => `#${id}`).join(', ')}): say which, e.g. /sahel digest unsubscribe ${ids[0] ?? 0} channel:${option}`,
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
    quiet: {
      skip: 'Sans nouveauté, il ne publie rien.',
      notice: 'Sans nouveauté, il le dit en une ligne.',
    },
    never: "Aucun digest n'arrive dans le mois avec cet horaire.",
    chat: 'ajouté depuis le chat',
    removed: (s: DigestSubscription, channel?: string) =>
      `Digest n° ${s.id} retiré de ${channel ?? 'ce canal'} (« ${s.cron} » à l'heure de ${s.timezone}).`,
    notFoundIn: (id: number, channel: string, option: string) =>
      `pas de digest ${id} dans ${channel} — /sahel resume desabonner salon:${option} les liste`,
    noneIn: (channel: string, option: string) =>
      `${channel} n'a pas de digest — /sahel resume abonner salon:${option} en ajoute un`,
    severalIn: (ids: readonly number[], channel: string, option: string) =>
      `${channel} a plusieurs digests (${ids.map((id) => `#${id}`).join(', ')}) : précisez lequel, par exemple /sahel resume desabonner ${ids[0] ?? 0} salon:${option}`,
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
  const paused = pausedNote(s, context.locale, target.chosen ? target.option : undefined);
  const quiet = s.empty === undefined ? [] : [words.quiet[s.empty]];
  return result.created
    ? adminReply([words.describe(s, size, language, channel), ...quiet, next], words.subscribed)
    : adminReply(
        [words.already(s.id, from, channel), ...(paused === null ? [next] : [paused])],
        words.existing,
      );
}

/**
 * `/sahel digest subscribe [cron] [timezone] [size] [locale] [empty] [channel]`: a scheduled
 * digest for this channel, or for the one `channel:` names; `empty:` overrides settings.yaml's
 * `digest.empty` for it (a quiet channel may want the line that says nothing happened).
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
    fr: 'Publier un digest des principaux récits ici (ou dans salon:), selon un horaire',
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
    {
      name: 'empty',
      nameFr: 'vide',
      type: 'string',
      required: false,
      choices: ['skip', 'notice'],
      description: {
        en: 'With nothing new: post nothing (skip) or a line saying so (notice); default: settings',
        fr: 'Sans nouveauté : ne rien publier (skip) ou le dire en une ligne (notice) ; défaut : réglages',
      },
    },
    CHANNEL_OPTION,
  ],
  examples: [
    'digest subscribe "0 7 * * 1-5" timezone:Africa/Niamey size:5 locale:fr',
    'digest subscribe "0 7 * * *" channel:#sahel-morning',
  ],
  async handle(args, context) {
    const size = args['size'];
    const empty = args['empty'];
    const channel = await resolveTarget(args, context);
    if ('refusal' in channel) return errorReply(channel.refusal);
    const { target } = channel;
    const result = context.ports.admin.subscribeDigest(target.where, {
      ...textArg(args, 'cron'),
      ...textArg(args, 'timezone'),
      ...(typeof size === 'number' ? { size } : {}),
      ...localeArg(args),
      ...(empty === 'skip' || empty === 'notice' ? { empty } : {}),
    });
    return result.ok
      ? subscribedReply(result.value, target, context)
      : adminFailureReply(result.error, context.locale);
  },
};

/**
 * `/sahel digest unsubscribe [id] [channel:#channel]`: removes a chat digest of this channel,
 * or of the one `channel:` names; a digest of another channel of this server is refused with
 * the channel and the command that removes it.
 */
export const digestUnsubscribeCommand: CommandDefinition = {
  name: 'unsubscribe',
  nameFr: 'desabonner',
  group: 'digest',
  groupFr: 'resume',
  scope: 'sahel',
  admin: true,
  description: {
    en: "Stop one of this channel's (or channel:'s) digests, by id when there are several",
    fr: "Arrêter un digest de ce canal (ou de salon:), par son numéro s'il y en a plusieurs",
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
    OTHER_CHANNEL_OPTION,
  ],
  examples: ['digest unsubscribe 4', 'digest unsubscribe channel:#sahel-morning'],
  async handle(args, context) {
    const id = typeof args['id'] === 'number' ? args['id'] : undefined;
    const channel = await resolveTarget(args, context);
    if ('refusal' in channel) return errorReply(channel.refusal);
    const { target } = channel;
    const result = context.ports.admin.unsubscribeDigest(target.where, id);
    if (result.ok) {
      const label = target.chosen ? target.label : undefined;
      return adminReply([WORDS[context.locale].removed(result.value, label)]);
    }
    return errorReply(await unsubscribeRefusal(result.error, id, target, context));
  },
};

/**
 * Why `digest unsubscribe` removed nothing, in one line: a digest of another channel of this
 * server names that channel; a channel named with `channel:` is named in the reason.
 */
async function unsubscribeRefusal(
  failure: AdminFailure,
  id: number | undefined,
  target: TargetChannel,
  context: CommandContext,
): Promise<string> {
  const words = WORDS[context.locale];
  if (failure.code === 'not-found' && id !== undefined) {
    const located = await locatedLine(context, 'digest', id, target, 'digest unsubscribe');
    if (located !== null) return located;
    if (target.chosen) return words.notFoundIn(id, target.label, target.option);
  }
  if (failure.code === 'which-digest' && target.chosen) {
    return failure.ids.length === 0
      ? words.noneIn(target.label, target.option)
      : words.severalIn(failure.ids, target.label, target.option);
  }
  if (failure.code === 'which-digest' && failure.ids.length === 0) {
    const line = await elsewhereLine(context, 'digest', 'digest unsubscribe');
    if (line !== null) return line;
  }
  return describeAdminFailure(failure, context.locale);
}
