import type { Command } from 'commander';
import { createInterface } from 'node:readline';
import type { Language } from '../core/config-types.js';
import type { ActionButton, Message } from '../core/message.js';
import { completeChatLine } from './chat-complete.js';
import {
  actionsOf,
  localeOption,
  openConsoleSession,
  plainLine,
  renderAnswer,
  type ConsoleSession,
} from './say.js';

const WELCOME = {
  en: 'sahel-digest chat: type a command such as /mali timeline or /sahel help. Tab completes; a number picks a button; exit or Ctrl-D leaves.',
  fr: 'sahel-digest chat : tapez une commande comme /mali chronologie ou /sahel aide. Tab complète ; un numéro choisit un bouton ; quitter, exit ou Ctrl-D pour sortir.',
} as const;

/**
 * Adds `chat`: an interactive prompt over the same store as `run`, as the console admin. Lines
 * go through the command set as on Slack; an answer's buttons are listed as numbered choices
 * (`[1] Next page  [2] Previous page`) and typing the number runs that button's action. History
 * (up/down) lasts the session; Tab completes commands, options and ids.
 */
export function register(program: Command): void {
  program
    .command('chat')
    .description('talk to the bot in the terminal, as on Discord or Slack (console admin)')
    .addOption(localeOption())
    .action(async (options: { locale?: Language }, command: Command) => {
      const session = openConsoleSession(command, options.locale);
      if (session === undefined) {
        process.exitCode = 1;
        return;
      }
      try {
        await converse(session, process.stdin, process.stdout);
      } finally {
        await session.close();
      }
    });
}

/** Words that end the session, in English and in French (a French reader types `quitter`). */
const LEAVE = new Set(['exit', 'quit', 'quitter', 'sortir']);

/** Reads lines until `exit`, `quit` (`quitter`, `sortir`) or end of input, answering each in order. */
export async function converse(
  session: ConsoleSession,
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream & { isTTY?: boolean },
): Promise<void> {
  const { commands, context } = session;
  const rl = createInterface({
    input,
    output,
    terminal: output.isTTY === true,
    historySize: 500,
    removeHistoryDuplicates: true,
    prompt: 'sahel> ',
    // The callback form: completion may wait on the store or the platform.
    completer: (line: string, done: (error: Error | null, result?: [string[], string]) => void) => {
      completeChatLine(commands, line, context).then(
        (result) => done(null, result),
        (error: unknown) => done(error instanceof Error ? error : new Error(String(error))),
      );
    },
  });
  rl.on('SIGINT', () => rl.close());
  output.write(`${WELCOME[context.locale]}\n`);
  let buttons: readonly ActionButton[] = [];
  rl.prompt();
  for await (const raw of rl) {
    const line = raw.trim();
    if (LEAVE.has(line.toLowerCase())) break;
    if (line !== '') buttons = await answer(session, line, buttons, output);
    rl.prompt();
  }
  rl.close();
}

async function answer(
  session: ConsoleSession,
  line: string,
  buttons: readonly ActionButton[],
  output: NodeJS.WritableStream,
): Promise<readonly ActionButton[]> {
  const { commands, context } = session;
  let message: Message;
  if (/^\d+$/.test(line)) {
    const button = buttons[Number(line) - 1];
    if (button === undefined) {
      const words = NO_BUTTON[context.locale];
      output.write(`${buttons.length === 0 ? words.none : words.range(line, buttons.length)}\n`);
      return buttons;
    }
    output.write(`> ${plainLine(button.id)}\n`);
    message = await commands.runAction(button.id, context);
  } else {
    const parsed = commands.parse(line, context.locale);
    if (!parsed.ok) {
      output.write(`${ERROR_LABEL[context.locale]}${parsed.error}\n`);
      return buttons;
    }
    message = await commands.run(parsed.value, context);
  }
  const next = actionsOf(message).filter((a) => a.url === undefined);
  const links = actionsOf(message).filter((a) => a.url !== undefined);
  const choices = next.map((a, i) => `[${i + 1}] ${plainLine(a.label)}`).join('  ');
  const linkLines = links.map((a) => `${plainLine(a.label)}: ${plainLine(a.url ?? '')}`);
  output.write(
    `${[renderAnswer(message, context.locale), ...linkLines, ...(choices === '' ? [] : [choices])].join('\n')}\n`,
  );
  return next;
}

const NO_BUTTON = {
  en: {
    none: 'no button to press: the last answer had none',
    range: (typed: string, count: number) => `no button ${typed}: choose 1 to ${count}`,
  },
  fr: {
    none: 'aucun bouton à choisir : la dernière réponse n’en avait pas',
    range: (typed: string, count: number) => `pas de bouton ${typed} : choisissez de 1 à ${count}`,
  },
} as const;

/** Before a line the parser refuses, as the console renders an error reply in each language. */
const ERROR_LABEL = { en: 'Error: ', fr: 'Erreur : ' } as const;
