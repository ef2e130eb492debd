import { Option, type Command } from 'commander';
import { createCommandSet } from '../../commands/index.js';
import { isErrorReply } from '../../commands/dispatch-reply.js';
import type { App } from '../app.js';
import { createCommandPorts } from '../command-ports.js';
import type { CommandSet, InvocationContext } from '../core/command.js';
import type { Language, LogLevel } from '../core/config-types.js';
import type { ActionButton, Message } from '../core/message.js';
import { createPinoLogger } from '../logger.js';
import { withLocalCommandLines } from '../platforms/command-line-in.js';
import { renderText } from '../platforms/console/render-text.js';
import { openAppOrReport } from './open-app.js';

/** The command set, the console admin's context and the app under them, for `say` and `chat`. */
export interface ConsoleSession {
  readonly app: App;
  readonly commands: CommandSet;
  readonly context: InvocationContext;
  close(): Promise<void>;
}

/**
 * Opens the store named by `--db` (as `run` does) with the config of `--config`, without polling,
 * delivery or worker threads, and builds the context of the console user: an admin on platform
 * `console`, channel `console`, so what they subscribe to is what `run` prints. Problems with
 * the environment or config are printed to stderr; then it returns undefined.
 */
export function openConsoleSession(
  command: Command,
  locale: Language | undefined,
): ConsoleSession | undefined {
  const opened = openAppOrReport(command, (env) => ({
    env,
    workers: false,
    logger: createPinoLogger(quieter(env.logLevel)),
  }));
  if (opened === undefined) return undefined;
  const { app } = opened;
  const { config } = app;
  return {
    app,
    // Answers show their buttons' command lines in the reader's language.
    commands: withLocalCommandLines(
      createCommandSet(config, { logger: app.logger.child({ part: 'commands' }) }),
    ),
    context: {
      config,
      clock: app.clock,
      locale: locale ?? config.settings.locale,
      platform: 'console',
      channel: 'console',
      requester: { userId: 'console', admin: true, name: 'console' },
      ports: createCommandPorts(app),
    },
    close: () => app.close(),
  };
}

const LEVELS: readonly LogLevel[] = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'];

/** A conversation is no place for start-up news (`feeds synced`): warnings and worse only. */
function quieter(level: LogLevel): LogLevel {
  return LEVELS.indexOf(level) < LEVELS.indexOf('warn') ? 'warn' : level;
}

/** The `--locale` option of `say` and `chat`. */
export function localeOption(): Option {
  return new Option(
    '--locale <locale>',
    'language of the answers (default: settings locale)',
  ).choices(['en', 'fr']);
}

/** The actions of a message, in order: the buttons a console user picks by number. */
export function actionsOf(message: Message): readonly ActionButton[] {
  return message.blocks.flatMap((b) => (b.type === 'actions' ? b.actions : []));
}

/** A message as console text without its action buttons, which each caller shows its own way. */
export function renderAnswer(message: Message, locale: Language): string {
  return renderText(
    { ...message, blocks: message.blocks.filter((b) => b.type !== 'actions') },
    { locale },
  );
}

/**
 * Adds `say LINE`: runs one command line (`sahel-digest say '/mali fact jnim'`) as the console
 * admin and prints the answer, then the command line of each button. Exit 0 for an answer; 1
 * with the one-line reason on stderr for bad input, a refusal or a failed command.
 */
export function register(program: Command): void {
  program
    .command('say')
    .description("run one chat command as the console admin, e.g. say '/mali timeline from:2023'")
    .argument('<line>', 'the command line, as typed in chat')
    .addOption(localeOption())
    .action(async (line: string, options: { locale?: Language }, command: Command) => {
      process.exitCode = await say(line, options.locale, command);
    });
}

async function say(line: string, locale: Language | undefined, command: Command): Promise<number> {
  const session = openConsoleSession(command, locale);
  if (session === undefined) return 1;
  try {
    // A line the parser refuses answers with its reason as an error reply, like a refusal.
    const answer = await session.commands.runAction(line, session.context);
    if (isErrorReply(answer)) {
      process.stderr.write(`${answer.fallback}\n`);
      return 1;
    }
    const actions = actionsOf(answer).filter((a) => a.url === undefined);
    const buttons = actions.map((a) => `[${plainLine(a.label)}] ${plainLine(a.id)}`);
    process.stdout.write(
      `${[renderAnswer(answer, session.context.locale), ...buttons].join('\n')}\n`,
    );
    return 0;
  } finally {
    await session.close();
  }
}

/** One line of text that may come from a feed: no control character reaches the terminal. */
export function plainLine(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
