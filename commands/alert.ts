import type { AlertAdded } from '../src/core/admin-ports.js';
import type { CommandContext, CommandDefinition } from '../src/core/command.js';
import type { Language } from '../src/core/config-types.js';
import type { AlertSubscription } from '../src/core/delivery-ports.js';
import type { Block, ListEntry, Message } from '../src/core/message.js';
import { adminFailureReply, adminReply, here } from './admin-reply.js';
import { pausedNote } from './resume.js';

const WORDS = {
  en: {
    added: (id: number, query: string) => `Alert #${id} added: ${query}`,
    existing: (id: number, query: string) => `This channel already has alert #${id}: ${query}`,
    matched: (n: number, days: number) =>
      n === 0
        ? `It would not have matched any story of the last ${days} days.`
        : `In the last ${days} days it would have matched ${n} ${n === 1 ? 'story' : 'stories'}${n > 1 ? ', for example:' : ':'}`,
    listHeading: 'Alerts in this channel',
    none: 'No alert in this channel — /sahel alert add <query> adds one.',
    chat: 'added from chat',
    fromFile: (file: string) => `from ${file}`,
    removed: (s: AlertSubscription) => `Alert #${s.id} removed: ${s.query}`,
  },
  fr: {
    added: (id: number, query: string) => `Alerte n° ${id} ajoutée : ${query}`,
    existing: (id: number, query: string) => `Ce canal a déjà l'alerte n° ${id} : ${query}`,
    matched: (n: number, days: number) =>
      n === 0
        ? `Elle n'aurait trouvé aucun récit des ${days} derniers jours.`
        : `Ces ${days} derniers jours, elle aurait trouvé ${n} ${n === 1 ? 'récit' : 'récits'}${n > 1 ? ', par exemple :' : ' :'}`,
    listHeading: 'Alertes de ce canal',
    none: 'Aucune alerte dans ce canal — /sahel alert add <requête> en ajoute une.',
    chat: 'ajoutée depuis le chat',
    fromFile: (file: string) => `vient de ${file}`,
    removed: (s: AlertSubscription) => `Alerte n° ${s.id} retirée : ${s.query}`,
  },
} as const satisfies Record<Language, unknown>;

function addedReply(result: AlertAdded, locale: Language): Message {
  const words = WORDS[locale];
  const { subscription: s, preview } = result;
  const heading = result.created ? words.added(s.id, s.query) : words.existing(s.id, s.query);
  const summary = words.matched(preview.matched, preview.days);
  const entries: ListEntry[] = preview.examples.map((e) => ({
    text: e.title,
    ...(e.url === null ? {} : { url: e.url }),
    ...(e.outlet === '' ? {} : { detail: e.outlet }),
  }));
  const blocks: Block[] = [
    { type: 'heading', text: heading },
    { type: 'text', text: summary },
    ...(entries.length === 0 ? [] : [{ type: 'list' as const, entries }]),
  ];
  const lines = entries.map((e) => `- ${e.text}${e.detail === undefined ? '' : ` (${e.detail})`}`);
  return { blocks, fallback: [heading, summary, ...lines].join('\n'), ephemeral: true };
}

/** `/sahel alert add <query>`: a keyword alert for this channel, with a preview of what it catches. */
export const alertAddCommand: CommandDefinition = {
  name: 'add',
  nameFr: 'ajouter',
  group: 'alert',
  scope: 'sahel',
  admin: true,
  slow: true,
  description: {
    en: 'Post matching stories in this channel as they appear',
    fr: 'Publier dans ce canal les récits qui correspondent, dès leur parution',
  },
  mainOption: 'query',
  options: [
    {
      name: 'query',
      nameFr: 'requete',
      type: 'string',
      required: true,
      description: {
        en: 'Words, "phrases", AND/OR/NOT, entity:jnim, country:mali, lang:fr',
        fr: 'Mots, « expressions », AND/OR/NOT, entity:jnim, country:mali, lang:fr',
      },
    },
  ],
  examples: ['alert add Kidal AND (attack OR drone)', 'alert add "Africa Corps" -Libya'],
  async handle(args, context) {
    const query = typeof args['query'] === 'string' ? args['query'] : '';
    const result = await context.ports.admin.addAlert(here(context), query);
    return result.ok
      ? addedReply(result.value, context.locale)
      : adminFailureReply(result.error, context.locale);
  },
};

/**
 * `/sahel alert list`: this channel's alerts, with ids and where each comes from; a paused one
 * says why, since when, and how to resume it.
 */
export const alertListCommand: CommandDefinition = {
  name: 'list',
  nameFr: 'liste',
  group: 'alert',
  scope: 'sahel',
  admin: true,
  description: { en: "This channel's alerts", fr: 'Les alertes de ce canal' },
  options: [],
  examples: ['alert list'],
  handle(_args, context) {
    return listAlerts(context);
  },
};

function listAlerts(context: CommandContext): Message {
  const words = WORDS[context.locale];
  const alerts = context.ports.admin.subscriptions
    .list({ kind: 'alert', platform: context.platform, channel: context.channel })
    .filter((s): s is AlertSubscription => s.kind === 'alert');
  if (alerts.length === 0) return adminReply([words.none]);
  const file = context.ports.admin.configFile('subscriptions');
  const entries: ListEntry[] = alerts.map((s) => {
    const origin = s.origin === 'config' ? words.fromFile(file) : words.chat;
    const paused = pausedNote(s, context.locale);
    return {
      label: `#${s.id}`,
      text: s.query,
      detail: paused === null ? origin : `${origin}; ${paused}`,
    };
  });
  const lines = entries.map((e) => `${e.label} ${e.text} (${e.detail})`);
  return {
    blocks: [
      { type: 'heading', text: words.listHeading },
      { type: 'list', entries },
    ],
    fallback: [words.listHeading, ...lines].join('\n'),
    ephemeral: true,
  };
}

/** `/sahel alert remove <id>`: removes a chat alert of this channel. */
export const alertRemoveCommand: CommandDefinition = {
  name: 'remove',
  nameFr: 'retirer',
  group: 'alert',
  scope: 'sahel',
  admin: true,
  description: { en: "Remove one of this channel's alerts", fr: 'Retirer une alerte de ce canal' },
  mainOption: 'id',
  options: [
    {
      name: 'id',
      type: 'integer',
      required: true,
      min: 1,
      complete: 'subscription',
      description: {
        en: 'Alert id (see /sahel alert list)',
        fr: "Numéro de l'alerte (voir /sahel alert list)",
      },
    },
  ],
  examples: ['alert remove 3'],
  handle(args, context) {
    const id = typeof args['id'] === 'number' ? args['id'] : 0;
    const result = context.ports.admin.removeAlert(here(context), id);
    return result.ok
      ? adminReply([WORDS[context.locale].removed(result.value)])
      : adminFailureReply(result.error, context.locale);
  },
};
