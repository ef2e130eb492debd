import type { FeedSummary } from '../src/core/admin-ports.js';
import type { CommandArgs, CommandContext, CommandDefinition } from '../src/core/command.js';
import type { Block, ListEntry, Message } from '../src/core/message.js';
import { pageActions, pageLabel, paginate, requestedPage } from './paging.js';

/** `config/feeds.yaml` or `added from chat`. */
export function feedOrigin(feed: FeedSummary, context: CommandContext): string {
  return feed.origin === 'config'
    ? context.ports.admin.configFile('feeds')
    : context.locale === 'fr'
      ? 'ajouté depuis le chat'
      : 'added from chat';
}

/** A page of a feed listing: heading with the page, the list, Next/Previous actions. */
export function feedPage(
  context: CommandContext,
  command: CommandDefinition,
  args: CommandArgs,
  heading: string,
  entries: readonly ListEntry[],
): Message {
  const paging = paginate(entries.length, requestedPage(args));
  const shown = entries.slice(paging.offset, paging.offset + paging.size);
  const subtitle = paging.pages > 1 ? pageLabel(paging, context.locale) : undefined;
  const actions = pageActions(context, command, args, paging);
  const blocks: Block[] = [
    { type: 'heading', text: heading, ...(subtitle === undefined ? {} : { subtitle }) },
    { type: 'list', entries: shown },
    ...(actions.length === 0 ? [] : [{ type: 'actions' as const, actions }]),
  ];
  const lines = shown.map((e) =>
    [e.label, e.text, e.detail === undefined ? undefined : `(${e.detail})`]
      .filter((part) => part !== undefined)
      .join(' '),
  );
  const title = subtitle === undefined ? heading : `${heading} (${subtitle})`;
  return { blocks, fallback: [title, ...lines].join('\n'), ephemeral: true };
}
