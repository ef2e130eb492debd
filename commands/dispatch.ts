import type {
  CommandContext,
  CommandDefinition,
  CommandSet,
  Invocation,
  InvocationContext,
  TopCommand,
} from '../src/core/command.js';
import type { Config, Language, Platform } from '../src/core/config-types.js';
import { AppError } from '../src/core/errors.js';
import type { Message } from '../src/core/message.js';
import { silentLogger, type Logger } from '../src/core/ports.js';
import { err } from '../src/core/result.js';
import { commandErrorIn } from './command-error-fr.js';
import { convertArgs, usageOf, withUsage } from './dispatch-args.js';
import { completeValues } from './dispatch-complete.js';
import { errorReply } from './dispatch-reply.js';
import { buildTopCommands, commandPath } from './dispatch-tops.js';
import { commandPathIn } from './local-names.js';
import { parseCommandLine } from './parse-command-line.js';

/** What the dispatcher needs besides the commands: where a failing handler is logged. */
export interface DispatcherDeps {
  readonly logger?: Logger;
}

/**
 * The `CommandSet` over a list of definitions: top-level commands from the config, the text
 * parser, the dispatcher (conversion, admin check, catch-all) and completion. A handler never
 * throws past `run`: whatever happens, the platform gets a `Message`.
 */
export function createDispatcher(
  config: Config,
  commands: readonly CommandDefinition[],
  deps: DispatcherDeps = {},
): CommandSet {
  const tops = buildTopCommands(config, commands);
  const logger = deps.logger ?? silentLogger;
  const run = (invocation: Invocation, context: InvocationContext): Promise<Message> =>
    runInvocation(tops, invocation, context, logger);
  return {
    tops,
    parse: (line, locale = 'en') => {
      const parsed = parseCommandLine(line, tops, locale);
      return parsed.ok ? parsed : err(commandErrorIn(parsed.error, locale));
    },
    run,
    async runAction(actionId, context) {
      const parsed = parseCommandLine(actionId, tops, context.locale);
      return parsed.ok
        ? run(parsed.value, context)
        : errorReply(commandErrorIn(parsed.error, context.locale));
    },
    complete: (source, prefix, context, filled, command) =>
      completeValues(source, prefix, context, filled, command),
  };
}

async function runInvocation(
  tops: readonly TopCommand[],
  invocation: Invocation,
  context: InvocationContext,
  logger: Logger,
): Promise<Message> {
  const top = tops.find((t) => t.name === invocation.top);
  const definition = top?.commands.find(
    (c) => c.name === invocation.name && c.group === invocation.group,
  );
  const path = [invocation.top, invocation.group, invocation.name].filter((p) => p !== undefined);
  if (top === undefined || definition === undefined) {
    return errorReply(
      commandErrorIn(`unknown command "/${path.join(' ')}" — try /sahel help`, context.locale),
    );
  }
  const line = `/${top.name} ${commandPath(definition)}`;
  // The reader sees the command as typed in their language; the log keeps the English path.
  const shown = `/${top.name} ${commandPathIn(definition, context.locale)}`;
  const args = convertArgs(definition, invocation.args, context.locale);
  if (!args.ok) {
    const reason = withUsage(args.error, usageOf(top.name, definition, context.locale));
    return errorReply(commandErrorIn(reason, context.locale));
  }
  if (definition.admin && !context.requester.admin) {
    return errorReply(refusal(definition, shown, context.locale, context.platform));
  }
  const full: CommandContext = {
    ...context,
    ...(top.country === undefined ? {} : { country: top.country }),
  };
  try {
    return await definition.handle(args.value, full);
  } catch (error) {
    const code = error instanceof AppError ? error.code : undefined;
    logger.error('command failed', {
      command: line,
      platform: context.platform,
      error: error instanceof Error ? error.name : typeof error,
      ...(code === undefined ? {} : { code }),
      message: error instanceof Error ? redactUrls(error.message) : undefined,
    });
    return errorReply(failure(shown, code, context.locale));
  }
}

const TOPICS: Readonly<Record<string, { readonly en: string; readonly fr: string }>> = {
  alert: { en: 'alerts', fr: 'les alertes' },
  feeds: { en: 'feeds', fr: 'les flux' },
  digest: { en: 'digests', fr: 'les résumés' },
  settings: { en: 'settings', fr: 'les réglages' },
};

/** `only server admins can change alerts (/sahel alert add)`, in the user's language. */
function refusal(
  definition: CommandDefinition,
  line: string,
  locale: Language,
  platform: Platform,
): string {
  const topic = TOPICS[definition.group ?? definition.name];
  const who =
    platform === 'slack'
      ? { en: 'workspace admins', fr: "les administrateurs de l'espace de travail" }
      : { en: 'server admins', fr: 'les administrateurs du serveur' };
  if (locale === 'fr') {
    const what = topic === undefined ? 'utiliser cette commande' : `modifier ${topic.fr}`;
    return `seuls ${who.fr} peuvent ${what} (${line})`;
  }
  return `only ${who.en} can ${topic === undefined ? 'use this command' : `change ${topic.en}`} (${line})`;
}

function failure(line: string, code: string | undefined, locale: Language): string {
  const detail = code === undefined ? '' : ` [${code}]`;
  return locale === 'fr'
    ? `${line} a échoué : erreur interne${detail} — le détail est dans le journal`
    : `${line} failed: internal error${detail} — the details are in the log`;
}

/**
 * Keeps URLs' scheme and host only (no user info, path or query), so a token inside a URL never
 * reaches the log; at most 300 characters.
 */
export function redactUrls(message: string): string {
  return message.replace(/\b(https?:\/\/)(?:[^@/\s?#]*@)?([^/\s?#]+)\S*/g, '$1$2/…').slice(0, 300);
}
