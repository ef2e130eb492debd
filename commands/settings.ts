import type { SettingsChange, SettingsView, SettingValue } from '../src/core/admin-ports.js';
import type {
  CommandArgs,
  CommandContext,
  CommandDefinition,
  CommandOption,
} from '../src/core/command.js';
import type { Language } from '../src/core/config-types.js';
import type { ListEntry, Message } from '../src/core/message.js';
import { adminFailureReply } from './admin-reply.js';
import { describeChannel, resolveTarget, sameServer } from './alert-channel.js';
import { errorReply } from './dispatch-reply.js';
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

/**
 * The admin channel as other answers name channels (`#bot-admin`), with its name when this
 * server or workspace knows it, so no one has to recognise a raw id.
 */
async function adminChannelText(admin: string | null, context: CommandContext): Promise<string> {
  const words = WORDS[context.locale];
  if (admin === null) return words.unset;
  const names = await sameServer(context, [admin]);
  const { label } = describeChannel(context.platform, admin, names.get(admin) ?? null);
  return `${label}${admin === context.channel ? words.here : ''}`;
}

async function settingsReply(
  view: SettingsView,
  context: CommandContext,
  saved: boolean,
): Promise<Message> {
  const words = WORDS[context.locale];
  const entries: ListEntry[] = [
    {
      label: words.adminChannel,
      text: await adminChannelText(view.adminChannel.value, context),
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

/**
 * The admin channel `admin-channel:` names: this one (`here`), none (`none`), or a channel read
 * as `channel:` is read (a mention, an id, `#name` on the console; Slack's adapter turns a
 * typed `#name` into its mention) and refused unless it is of this server or workspace, so
 * warnings never go to another server. Undefined when the option is absent.
 */
const ADMIN_CHANNEL_OPTION: CommandOption = {
  name: 'admin-channel',
  nameFr: 'canal-admin',
  type: 'string',
  required: false,
  description: {
    en: 'Channel for warnings: #name or its id, "here" for this one, "none" to clear',
    fr: 'Canal des avertissements : #nom ou son id, « ici » pour celui-ci, « aucun » pour effacer',
  },
};

async function adminChannelOf(
  args: CommandArgs,
  context: CommandContext,
): Promise<{ readonly channel?: string | null } | { readonly refusal: string }> {
  const admin = args['admin-channel'];
  const value = typeof admin === 'string' ? admin.trim() : '';
  if (value === '') return {};
  if (HERE.has(value.toLowerCase())) return { channel: context.channel };
  if (NONE.has(value.toLowerCase())) return { channel: null };
  const resolved = await resolveTarget(args, context, ADMIN_CHANNEL_OPTION);
  return 'refusal' in resolved ? resolved : { channel: resolved.target.where.channel };
}

async function toChange(
  args: CommandArgs,
  context: CommandContext,
): Promise<{ readonly change: SettingsChange } | { readonly refusal: string }> {
  const admin = await adminChannelOf(args, context);
  if ('refusal' in admin) return admin;
  const size = args['digest-size'];
  return {
    change: {
      ...(admin.channel === undefined ? {} : { adminChannel: admin.channel }),
      ...localeArg(args),
      ...(typeof size === 'number' ? { digestSize: size } : {}),
    },
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
    ADMIN_CHANNEL_OPTION,
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
  examples: [
    'settings',
    'settings locale:fr digest-size:5',
    'settings admin-channel:here',
    'settings admin-channel:#bot-admin',
  ],
  async handle(args, context) {
    const where = { platform: context.platform, channel: context.channel };
    const asked = await toChange(args, context);
    if ('refusal' in asked) return errorReply(asked.refusal);
    const { change } = asked;
    if (Object.keys(change).length === 0) {
      return settingsReply(context.ports.admin.settings(where), context, false);
    }
    const result = context.ports.admin.updateSettings(where, change);
    return result.ok
      ? settingsReply(result.value, context, true)
      : adminFailureReply(result.error, context.locale);
  },
};
