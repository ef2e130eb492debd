import type { Config, Language } from './config-types.js';
import type { Clock } from './ports.js';
import type { Message } from './message.js';

/**
 * A platform-neutral slash command. Adapters register `name`/`options` with Discord or Slack,
 * parse the user's input into `CommandArgs` and call `handle`; the handler returns a `Message`.
 */
export interface CommandOption {
  readonly name: string;
  readonly description: { readonly en: string; readonly fr: string };
  readonly type: 'string' | 'integer' | 'boolean';
  readonly required: boolean;
  /** Fixed choices, when the option has them. */
  readonly choices?: readonly string[];
}

export type CommandArgs = Readonly<Record<string, string | number | boolean | undefined>>;

export interface CommandContext {
  readonly config: Config;
  readonly clock: Clock;
  readonly locale: Language;
}

export interface CommandDefinition {
  /** Sub-command path, e.g. `timeline` under a country command, or `search` under `/sahel`. */
  readonly name: string;
  readonly description: { readonly en: string; readonly fr: string };
  readonly options: readonly CommandOption[];
  /** Requires Manage Server (Discord) or a configured admin (Slack). */
  readonly admin: boolean;
  handle(args: CommandArgs, context: CommandContext): Message | Promise<Message>;
}
