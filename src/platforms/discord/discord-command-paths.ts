import type { TopCommand } from '../../core/command.js';
import type { Block, Message } from '../../core/message.js';
import { ADMIN_SUFFIX } from './build-discord-commands.js';

/**
 * Rewrites the command paths a message shows to what Discord users type: the neutral
 * `/sahel alert add` is `/sahel-admin alert add` on Discord (see `buildDiscordCommands`). Only
 * display text changes; button ids stay neutral command lines, since `runAction` runs them.
 */
export function withDiscordPaths(message: Message, tops: readonly TopCommand[]): Message {
  const rewrite = pathRewriter(tops);
  if (rewrite === null) return message;
  return {
    ...message,
    blocks: message.blocks.map((block) => rewriteBlock(block, rewrite)),
    fallback: rewrite(message.fallback),
  };
}

/**
 * `/top word` → `/top-admin word` for every first word (group or name, English or French) whose
 * commands are all admin.
 */
function pathRewriter(tops: readonly TopCommand[]): ((text: string) => string) | null {
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const rules: { pattern: RegExp; replacement: string }[] = [];
  for (const top of tops) {
    const words = new Map<string, boolean>();
    for (const command of top.commands) {
      // A French reply names the French path (`/sahel flux etat`), typed under the same suffix.
      const names =
        command.group === undefined
          ? [command.name, command.nameFr]
          : [command.group, command.groupFr];
      for (const word of names) {
        if (word !== undefined) words.set(word, (words.get(word) ?? true) && command.admin);
      }
    }
    const admin = [...words].filter(([, only]) => only).map(([word]) => escape(word));
    if (admin.length === 0) continue;
    rules.push({
      pattern: new RegExp(
        `(^|[^\\w/-])/${escape(top.name)} (?=(?:${admin.join('|')})(?![\\w-]))`,
        'g',
      ),
      replacement: `$1/${top.name}${ADMIN_SUFFIX} `,
    });
  }
  if (rules.length === 0) return null;
  return (text) => rules.reduce((t, rule) => t.replace(rule.pattern, rule.replacement), text);
}

function rewriteBlock(block: Block, rewrite: (text: string) => string): Block {
  switch (block.type) {
    case 'heading':
      return {
        ...block,
        text: rewrite(block.text),
        ...(block.subtitle === undefined ? {} : { subtitle: rewrite(block.subtitle) }),
      };
    case 'text':
      return { ...block, text: rewrite(block.text) };
    case 'list':
      return {
        ...block,
        entries: block.entries.map((e) => ({
          ...e,
          text: rewrite(e.text),
          ...(e.label === undefined ? {} : { label: rewrite(e.label) }),
          ...(e.detail === undefined ? {} : { detail: rewrite(e.detail) }),
        })),
      };
    case 'actions':
      return { ...block, actions: block.actions.map((a) => ({ ...a, label: rewrite(a.label) })) };
    default:
      return block;
  }
}
