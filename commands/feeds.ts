import type { FeedAdded, FeedSummary } from '../src/core/admin-ports.js';
import type { CommandDefinition } from '../src/core/command.js';
import type { Language } from '../src/core/config-types.js';
import { adminFailureReply, adminReply } from './admin-reply.js';
import { feedOrigin, feedPage } from './feeds-page.js';
import { pageOption } from './paging.js';

const WORDS = {
  en: {
    heading: 'Feeds',
    none: 'No feed is polled.',
    added: (r: FeedAdded) =>
      `Feed ${r.feed.id} added: ${r.title ?? r.feed.name} (${r.items} ${r.items === 1 ? 'item' : 'items'} now).`,
    polled:
      'It is polled from the next cycle on; its first poll only records what is already there, so nothing old is alerted.',
    removed: (f: FeedSummary) => `Feed ${f.id} (${f.name}) is no longer polled; its stories stay.`,
    reenabled: (r: FeedAdded) =>
      `Feed ${r.feed.id} reads again (${r.items} ${r.items === 1 ? 'item' : 'items'} now): it is enabled and polled from the next cycle on.`,
  },
  fr: {
    heading: 'Flux',
    none: "Aucun flux n'est suivi.",
    added: (r: FeedAdded) =>
      `Flux ${r.feed.id} ajouté : ${r.title ?? r.feed.name} (${r.items} ${r.items === 1 ? 'article' : 'articles'} en ce moment).`,
    polled:
      "Il est relevé dès le prochain cycle ; le premier relevé note seulement ce qui s'y trouve déjà, sans alerte pour l'ancien.",
    removed: (f: FeedSummary) =>
      `Le flux ${f.id} (${f.name}) n'est plus relevé ; ses récits restent.`,
    reenabled: (r: FeedAdded) =>
      `Le flux ${r.feed.id} se lit de nouveau (${r.items} ${r.items === 1 ? 'article' : 'articles'} en ce moment) : il est réactivé et relevé dès le prochain cycle.`,
  },
} as const satisfies Record<Language, unknown>;

/** `/sahel feeds list`: every polled feed with id, name, language and origin. */
export const feedsListCommand: CommandDefinition = {
  name: 'list',
  nameFr: 'liste',
  group: 'feeds',
  groupFr: 'flux',
  scope: 'sahel',
  admin: true,
  description: { en: 'The feeds the bot polls', fr: 'Les flux que le bot relève' },
  options: [pageOption],
  examples: ['feeds list'],
  handle(args, context) {
    const feeds = context.ports.admin.listFeeds();
    if (feeds.length === 0) return adminReply([WORDS[context.locale].none]);
    const entries = feeds.map((f) => ({
      text: `${f.id} — ${f.name}`,
      detail: `${f.language} · ${feedOrigin(f, context)}`,
    }));
    return feedPage(context, feedsListCommand, args, WORDS[context.locale].heading, entries);
  },
};

/** `/sahel feeds add <url> [name] [language]`: checked, fetched once, then polled by `run`. */
export const feedsAddCommand: CommandDefinition = {
  name: 'add',
  nameFr: 'ajouter',
  group: 'feeds',
  groupFr: 'flux',
  scope: 'sahel',
  admin: true,
  slow: true,
  description: {
    en: 'Poll a new RSS, Atom or JSON feed',
    fr: 'Relever un nouveau flux RSS, Atom ou JSON',
  },
  mainOption: 'url',
  options: [
    {
      name: 'url',
      type: 'string',
      required: true,
      description: { en: 'The feed URL (http or https)', fr: 'URL du flux (http ou https)' },
    },
    {
      name: 'name',
      nameFr: 'nom',
      type: 'string',
      required: false,
      description: {
        en: "Display name (default: the feed's title)",
        fr: 'Nom affiché (par défaut : le titre du flux)',
      },
    },
    {
      name: 'language',
      nameFr: 'langue',
      type: 'string',
      required: false,
      choices: ['en', 'fr', 'mixed'],
      description: {
        en: 'Language of its items (default: guessed from them)',
        fr: 'Langue de ses articles (par défaut : devinée)',
      },
    },
  ],
  examples: ['feeds add https://www.studiotamani.org/feed/ name:"Studio Tamani" language:fr'],
  async handle(args, context) {
    const text = (name: string): string | undefined => {
      const value = args[name];
      return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
    };
    const language = text('language');
    const name = text('name');
    const result = await context.ports.admin.addFeed({
      url: text('url') ?? '',
      ...(name === undefined ? {} : { name }),
      ...(language === 'en' || language === 'fr' || language === 'mixed' ? { language } : {}),
    });
    if (!result.ok) return adminFailureReply(result.error, context.locale);
    const words = WORDS[context.locale];
    if (result.value.reenabled) return adminReply([words.reenabled(result.value)]);
    return adminReply([words.added(result.value), words.polled]);
  },
};

/** `/sahel feeds remove <id>`: stops polling a feed added from chat. */
export const feedsRemoveCommand: CommandDefinition = {
  name: 'remove',
  nameFr: 'retirer',
  group: 'feeds',
  groupFr: 'flux',
  scope: 'sahel',
  admin: true,
  description: {
    en: 'Stop polling a feed added from chat',
    fr: 'Arrêter de relever un flux ajouté depuis le chat',
  },
  mainOption: 'id',
  options: [
    {
      name: 'id',
      type: 'string',
      required: true,
      complete: 'feed',
      description: {
        en: 'Feed id (see /sahel feeds list)',
        fr: 'Identifiant du flux (voir /sahel flux liste)',
      },
    },
  ],
  examples: ['feeds remove studio-tamani'],
  handle(args, context) {
    const id = typeof args['id'] === 'string' ? args['id'] : '';
    const result = context.ports.admin.removeFeed(id);
    return result.ok
      ? adminReply([WORDS[context.locale].removed(result.value)])
      : adminFailureReply(result.error, context.locale);
  },
};
