import type { CommandDefinition, CommandSet } from '../src/core/command.js';
import type { Config } from '../src/core/config-types.js';
import { createDispatcher, type DispatcherDeps } from './dispatch.js';
import { createHelpCommand } from './help.js';
import { timelineCommand } from './timeline.js';
import { newsCommand } from './news.js';
import { factCommand } from './fact.js';
import { searchCommand } from './search.js';
import { storyCommand } from './story.js';
import { explainCommand } from './explain.js';
import { digestSubscribeCommand, digestUnsubscribeCommand } from './digest-subscribe.js';
import { digestNowCommand } from './digest-now.js';
import { alertAddCommand, alertRemoveCommand } from './alert.js';
import { alertListCommand } from './alert-list.js';
import { alertSetCommand } from './alert-set.js';
import { alertResumeCommand, digestResumeCommand } from './resume.js';
import { feedsAddCommand, feedsListCommand, feedsRemoveCommand } from './feeds.js';
import { feedsStatusCommand } from './feeds-status.js';
import { settingsCommand } from './settings.js';

/** `/sahel help`, generated from `ALL_COMMANDS` at every call so it never goes stale. */
export const helpCommand: CommandDefinition = createHelpCommand(() => ALL_COMMANDS);

/**
 * Every command of the bot, in the order help lists them. A new command is one import and one
 * entry here; its `scope` decides whether it lands under each country command or `/sahel`.
 */
export const ALL_COMMANDS: readonly CommandDefinition[] = [
  timelineCommand,
  newsCommand,
  factCommand,
  searchCommand,
  storyCommand,
  explainCommand,
  digestNowCommand,
  digestSubscribeCommand,
  digestUnsubscribeCommand,
  digestResumeCommand,
  alertAddCommand,
  alertListCommand,
  alertSetCommand,
  alertRemoveCommand,
  alertResumeCommand,
  feedsListCommand,
  feedsAddCommand,
  feedsRemoveCommand,
  feedsStatusCommand,
  settingsCommand,
  helpCommand,
];

/**
 * The command set for a configuration: `/mali`, `/burkina`, `/niger` (from
 * `settings.countries`) and `/sahel`, with the text parser, dispatcher and completion that every
 * platform shares.
 */
export function createCommandSet(config: Config, deps: DispatcherDeps = {}): CommandSet {
  return createDispatcher(config, ALL_COMMANDS, deps);
}
