import type {
  CommandArgs,
  CommandContext,
  CommandDefinition,
  CommandOption,
} from '../src/core/command.js';
import type { Language } from '../src/core/config-types.js';
import type { ActionButton } from '../src/core/message.js';
import { SAHEL_TOP } from './dispatch-tops.js';
import { formatCommandLine } from './tokenize-command-line.js';

/** Entries per page of a chat answer: short enough to read, long enough to need few pages. */
export const PAGE_SIZE = 10;

/** The `page` option every paged command declares. */
export const pageOption: CommandOption = {
  name: 'page',
  type: 'integer',
  required: false,
  min: 1,
  description: { en: 'Page number (default 1)', fr: 'Numéro de page (1 par défaut)' },
};

/** Where a page sits: its number (clamped to the pages there are), the count, its offset. */
export interface Paging {
  readonly page: number;
  readonly pages: number;
  readonly total: number;
  readonly size: number;
  /** Index of the page's first entry in the whole list. */
  readonly offset: number;
}

/** The page a command asks for: its `page` argument, else 1. */
export function requestedPage(args: CommandArgs): number {
  const page = args['page'];
  return typeof page === 'number' && Number.isInteger(page) && page >= 1 ? page : 1;
}

/** `{ offset, limit }` of a page, for ports that page in the store (`news`, `search`). */
export function pageWindow(page: number, size = PAGE_SIZE): { offset: number; limit: number } {
  return { offset: (Math.max(1, page) - 1) * size, limit: size };
}

/**
 * Pages over `total` entries. A page past the end becomes the last page (a button pressed on an
 * old answer after entries went away still shows something); no entries is one empty page.
 */
export function paginate(total: number, page: number, size = PAGE_SIZE): Paging {
  const pages = Math.max(1, Math.ceil(total / size));
  const current = Math.min(Math.max(1, Math.floor(page)), pages);
  return { page: current, pages, total, size, offset: (current - 1) * size };
}

/** How many entries a port's answer holds in all and on its page; undefined for a failed answer. */
export interface PageCount {
  readonly total: number;
  readonly shown: number;
}

/**
 * Asks a port that pages in the store (`news`, `search`) for the page a command wants, and
 * where that page sits. A page past the end (a button pressed on an old answer after entries
 * went away) is asked again as the last page, as `paginate` clamps it. An answer `countOf` calls
 * failed is returned at once, for the caller to report.
 */
export function askPage<T>(
  requested: number,
  size: number,
  ask: (window: { offset: number; limit: number }) => T,
  countOf: (answer: T) => PageCount | undefined,
): { answer: T; paging: Paging } {
  const first = ask(pageWindow(requested, size));
  const count = countOf(first);
  if (count === undefined) return { answer: first, paging: paginate(0, requested, size) };
  const paging = paginate(count.total, requested, size);
  const pastEnd = count.shown === 0 && count.total > 0;
  return { answer: pastEnd ? ask(pageWindow(paging.page, size)) : first, paging };
}

/** `page 2 of 5` / `page 2 sur 5`. */
export function pageLabel(paging: Paging, locale: Language): string {
  return locale === 'fr'
    ? `page ${paging.page} sur ${paging.pages}`
    : `page ${paging.page} of ${paging.pages}`;
}

/**
 * Next/Previous buttons whose ids are the command line of that page
 * (`/mali timeline from:2023 page:2`), so pressing one runs the command again through the
 * dispatcher and no platform keeps paging state. `args` are the command's converted arguments;
 * the top-level command is the context's country command, or `/sahel`. No buttons on one page.
 */
export function pageActions(
  context: CommandContext,
  command: CommandDefinition,
  args: CommandArgs,
  paging: Paging,
): ActionButton[] {
  const top =
    context.country === undefined
      ? SAHEL_TOP
      : (context.config.settings.countries.find((c) => c.entity === context.country)?.command ??
        context.country);
  const lineFor = (page: number): string =>
    formatCommandLine({
      top,
      ...(command.group === undefined ? {} : { group: command.group }),
      name: command.name,
      args: { ...args, page: page === 1 ? undefined : page },
    });
  const fr = context.locale === 'fr';
  const actions: ActionButton[] = [];
  if (paging.page < paging.pages) {
    actions.push({ id: lineFor(paging.page + 1), label: fr ? 'Page suivante' : 'Next page' });
  }
  if (paging.page > 1) {
    actions.push({ id: lineFor(paging.page - 1), label: fr ? 'Page précédente' : 'Previous page' });
  }
  return actions;
}
