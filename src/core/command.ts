import type { Config, Language, Platform } from './config-types.js';
import type { ServerChannels } from './admin-ports.js';
import type { CommandPorts } from './command-ports.js';
import type { Clock } from './ports.js';
import type { Message } from './message.js';
import type { Result } from './result.js';

/**
 * The platform-neutral slash commands. Every top-level command (`/mali`, `/burkina`, `/niger`,
 * `/sahel`) holds sub-commands, some inside a group (`/sahel alert add`). Adapters register
 * them with Discord or Slack, parse the user's input into `CommandArgs` and hand them to the
 * dispatcher in `commands/`, which checks permissions and calls `handle`; the handler returns a
 * `Message`. Console, Slack and Discord share the definitions, so no behaviour is written twice.
 */

/** A text in both languages the bot speaks. */
export interface LocalText {
  readonly en: string;
  readonly fr: string;
}

/** Where an option's values come from, for autocomplete and tab completion. */
export type CompletionSource = 'entity' | 'country' | 'fact' | 'subscription' | 'feed' | 'story';

export interface CommandOption {
  /** The option's name in the text syntax and on Discord (`from`, `entity`). */
  readonly name: string;
  /** French name, registered as Discord's `name_localizations.fr`; also accepted in text. */
  readonly nameFr?: string;
  readonly description: LocalText;
  readonly type: 'string' | 'integer' | 'boolean';
  readonly required: boolean;
  /** Fixed choices, when the option has them. */
  readonly choices?: readonly string[];
  /**
   * Other words typed in chat for a choice, such as its French name (`recents` → `newest`),
   * accents and case ignored; the command receives the choice.
   */
  readonly choiceAliases?: Readonly<Record<string, string>>;
  /** Ids offered while typing (Discord autocomplete, console tab completion). */
  readonly complete?: CompletionSource;
  /** Bounds of an integer option. */
  readonly min?: number;
  readonly max?: number;
}

export type CommandArgs = Readonly<Record<string, string | number | boolean | undefined>>;

/** Who asks. `admin` is decided by the platform at every use, never cached. */
export interface Requester {
  readonly userId: string;
  /** Manage Server on Discord; workspace admin/owner or a configured admin on Slack; the console user. */
  readonly admin: boolean;
  readonly name?: string;
}

export interface CommandContext {
  readonly config: Config;
  readonly clock: Clock;
  /** The language of the answer: the user's when it is French, else the channel's or settings'. */
  readonly locale: Language;
  readonly platform: Platform;
  readonly channel: string;
  readonly requester: Requester;
  /** The state entity id of a country command (`mali` under `/mali`); absent under `/sahel`. */
  readonly country?: string;
  /** Narrow store and service ports; a handler sees nothing else of the application. */
  readonly ports: CommandPorts;
  /**
   * The channels of the server or workspace the command is typed in. Absent: every channel of
   * the platform is one workspace (a Slack token's, the console), except on Discord, where a
   * bot serves many servers and then no other channel counts as this server's.
   */
  readonly server?: ServerChannels;
}

export interface CommandDefinition {
  /** Sub-command name, e.g. `timeline` under a country command, or `add` in `/sahel alert add`. */
  readonly name: string;
  readonly nameFr?: string;
  /** Sub-command group under `/sahel`, e.g. `alert` for `/sahel alert add`. */
  readonly group?: string;
  /**
   * French name of the group (`alerte`), also accepted in text; give it on every command of the
   * group. Platforms may register it as the group's localized name.
   */
  readonly groupFr?: string;
  /** Which top-level command holds it: every country command, or `/sahel`. */
  readonly scope: 'country' | 'sahel';
  readonly description: LocalText;
  readonly options: readonly CommandOption[];
  /** The option a bare trailing text fills (`/sahel search wagner` → `query`). */
  readonly mainOption?: string;
  /** Changes subscriptions, feeds or settings: Manage Server (Discord) or an admin (Slack). */
  readonly admin: boolean;
  /** Examples for `/sahel help`, written as typed (without the top-level command for country scope). */
  readonly examples?: readonly string[];
  /** Answers that take longer than a platform's first deadline (Discord 3 s) are deferred. */
  readonly slow?: boolean;
  handle(args: CommandArgs, context: CommandContext): Message | Promise<Message>;
}

/** A top-level command: one per configured country (`/mali`), and `/sahel`. */
export interface TopCommand {
  readonly name: string;
  readonly description: LocalText;
  /** The state entity id behind a country command. */
  readonly country?: string;
  readonly commands: readonly CommandDefinition[];
}

/** A parsed command: which sub-command of which top-level command, with its arguments. */
export interface Invocation {
  readonly top: string;
  readonly group?: string;
  readonly name: string;
  readonly args: CommandArgs;
}

/** What the platform knows when a command arrives; the dispatcher adds `country`. */
export type InvocationContext = Omit<CommandContext, 'country'>;

/** A value offered while typing an option. */
export interface Completion {
  readonly value: string;
  readonly label: string;
}

/**
 * The whole command set, built from the configuration (`commands/`), and the one entry point
 * every platform calls: Slack and the console parse text with `parse`; Discord builds the
 * `Invocation` from its interaction options; buttons come back through `runAction`.
 */
export interface CommandSet {
  readonly tops: readonly TopCommand[];
  /**
   * Parses a line as typed on Slack or the console (`/mali timeline from:2023 entity:jnim`).
   * Errors are one line with a usage hint and a suggestion (`unknown option "form" — did you
   * mean "from"?`), in French for `locale` fr (English when absent).
   */
  parse(line: string, locale?: Language): Result<Invocation, string>;
  /**
   * Runs an invocation: validates and converts its arguments, refuses a non-admin an admin
   * command with one line, calls the handler inside a catch-all, and always resolves to a
   * `Message` (errors are ephemeral one-line messages).
   */
  run(invocation: Invocation, context: InvocationContext): Promise<Message>;
  /** Runs a button's action id (a command line, see `ActionButton.id`). */
  runAction(actionId: string, context: InvocationContext): Promise<Message>;
  /**
   * Values for an option being typed, best first, at most 25. `filled` holds the command's
   * other options as typed so far: subscription ids are the channel's that `channel:` names
   * (when it is of this server or workspace), else the asking channel's. `command` is the
   * command being typed: under `alert` only alert ids are offered, under `digest` only digests.
   */
  complete(
    source: CompletionSource,
    prefix: string,
    context: InvocationContext,
    filled?: CommandArgs,
    command?: Pick<CommandDefinition, 'group'>,
  ): Promise<readonly Completion[]>;
}
