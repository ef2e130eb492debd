import type { SettingsChange, SettingsView, SettingValue } from '../src/core/admin-ports.js';
import type { CommandArgs, CommandContext, CommandDefinition } from '../src/core/command.js';
import type { Language } from '../src/core/config-types.js';
import type { ListEntry, Message } from '../src/core/message.js';
import { adminFailureReply } from './admin-reply.js';
import { localeArg } from './text-arg.js';

const WORDS = {
  en: {
    heading: 'Settings',
    saved: 'Settings saved',
    adminChannel: 'Admin channel (warnings about disabled feeds)',
    locale: 'Language of this channel',
    digestSize: 'Stories per digest in this channel',
    unset: 'not set',
    here: ' (this channel)',
    source: (source: SettingValue<unknown>['source'], file: string) =>
      ({
        channel: 'set for this channel',
        platform: 'set for this platform',
        config: `from ${file}`,
        unset: 'set it with admin-channel:here',
      })[source],
  },
  fr: {
    heading: 'Réglages',
    saved: 'Réglages enregistrés',
    adminChannel: 'Canal admin (avertissements sur les flux désactivés)',
    locale: 'Langue de ce canal',
    digestSize: 'Récits par digest dans ce canal',
    unset: 'aucun',
    here: ' (ce canal)',
    source: (source: SettingValue<unknown>['source'], file: string) =>
      ({
        channel: 'réglé pour ce canal',
        platform: 'réglé pour cette plateforme',
        config: `vient de ${file}`,
        unset: 'à régler avec canal-admin:ici',
      })[source],
  },
} as const satisfies Record<Language, unknown>;

/** Channel ids that mean "this channel" or "no admin channel", in both languages. */
const HERE = new Set(['here', 'ici']);
const NONE = new Set(['none', 'aucun', 'off']);

function settingsReply(view: SettingsView, context: CommandContext, saved: boolean): Message {
  const words = WORDS[context.locale];
  const admin = view.adminChannel.value;
  const entries: ListEntry[] = [
    {
      label: words.adminChannel,
      text: admin === null ? words.unset : `${admin}${admin === context.channel ? words.here : ''}`,
      detail: words.source(view.adminChannel.source, view.file),
    },
    {
      label: words.locale,
      text: view.locale.value,
      detail: words.source(view.locale.source, view.file),
    },
    {
      label: words.digestSize,
      text: String(view.digestSize.value),
      detail: words.source(view.digestSize.source, view.file),
    },
  ];
  const heading = saved ? words.saved : words.heading;
  const colon = context.locale === 'fr' ? ' : ' : ': ';
  const lines = entries.map((e) => `${e.label}${colon}${e.text} (${e.detail})`);
  return {
    blocks: [
      { type: 'heading', text: heading },
      { type: 'list', entries },
    ],
    fallback: [heading, ...lines].join('\n'),
    ephemeral: true,
  };
}

function toChange(args: CommandArgs, context: CommandContext): SettingsChange {
  const admin = args['admin-channel'];
  const size = args['digest-size'];
  // A channel mention as platforms send it (`<#123>` on Discord, `<#C123|ops>` on Slack) is its id.
  const channel =
    typeof admin === 'string' ? admin.trim().replace(/^<#([^>|]+)(?:\|[^>]*)?>$/, '$1') : undefined;
  return {
    ...(channel === undefined || channel === ''
      ? {}
      : {
          adminChannel: HERE.has(channel.toLowerCase())
            ? context.channel
            : NONE.has(channel.toLowerCase())
              ? null
              : channel,
        }),
    ...localeArg(args),
    ...(typeof size === 'number' ? { digestSize: size } : {}),
  };
}

/**
 * `/sahel settings [admin-channel] [locale] [digest-size]`: without options, the settings in
 * force here and where each comes from. The admin channel is per platform; the language and the
 * digest size are this channel's, and apply to its digests and alerts that do not set their own.
 */
export const settingsCommand: CommandDefinition = {
  name: 'settings',
  nameFr: 'reglages',
  scope: 'sahel',
  admin: true,
  description: {
    en: 'Admin channel, language and digest size; without options, the current settings',
    fr: 'Canal admin, langue et taille des digests ; sans option, les réglages actuels',
  },
  options: [
    {
      name: 'admin-channel',
      nameFr: 'canal-admin',
      type: 'string',
      required: false,
      description: {
        en: 'Channel id for warnings, "here" for this one, "none" to clear',
        fr: 'Canal des avertissements : son id, « ici » pour celui-ci, « aucun » pour effacer',
      },
    },
    {
      name: 'locale',
      nameFr: 'langue',
      type: 'string',
      required: false,
      choices: ['en', 'fr'],
      description: { en: "This channel's language", fr: 'Langue de ce canal' },
    },
    {
      name: 'digest-size',
      nameFr: 'taille-digest',
      type: 'integer',
      required: false,
      min: 1,
      max: 50,
      description: { en: 'Stories per digest here', fr: 'Récits par digest ici' },
    },
  ],
  examples: ['settings', 'settings locale:fr digest-size:5', 'settings admin-channel:here'],
  handle(args, context) {
    const where = { platform: context.platform, channel: context.channel };
    const change = toChange(args, context);
    if (Object.keys(change).length === 0) {
      return settingsReply(context.ports.admin.settings(where), context, false);
    }
    const result = context.ports.admin.updateSettings(where, change);
    return result.ok
      ? settingsReply(result.value, context, true)
      : adminFailureReply(result.error, context.locale);
  },
};
