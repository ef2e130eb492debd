import type { Language } from '../src/core/config-types.js';
import type { ActionButton, Block } from '../src/core/message.js';

export interface PageRequest {
  /** The command line without its page, e.g. `/mali news since:7d`. */
  readonly line: string;
  readonly page: number;
  readonly pages: number;
  readonly locale: Language;
}

/**
 * Previous/next buttons whose ids are the command lines of those pages (`… page:2`), and the
 * same as text lines for the fallback; nothing when everything fits on one page.
 */
export function pageControls(request: PageRequest): { blocks: Block[]; lines: string[] } {
  const { line, page, pages, locale } = request;
  if (pages <= 1) return { blocks: [], lines: [] };
  const words = WORDS[locale];
  const actions: ActionButton[] = [];
  if (page > 1) actions.push({ id: `${line} page:${page - 1}`, label: words.previous });
  if (page < pages) actions.push({ id: `${line} page:${page + 1}`, label: words.next });
  const status = words.status(page, pages);
  return {
    blocks: [
      { type: 'text', text: status, tone: 'muted' },
      ...(actions.length === 0 ? [] : [{ type: 'actions', actions } as const]),
    ],
    lines: [status, ...actions.map((a) => `${a.label}: ${a.id}`)],
  };
}

const WORDS = {
  en: {
    previous: '‹ Previous',
    next: 'Next ›',
    status: (page: number, pages: number) => `Page ${page} of ${pages}`,
  },
  fr: {
    previous: '‹ Précédent',
    next: 'Suivant ›',
    status: (page: number, pages: number) => `Page ${page} sur ${pages}`,
  },
} as const;
