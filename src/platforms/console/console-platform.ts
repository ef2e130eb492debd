import type { TopCommand } from '../../core/command.js';
import type { Language } from '../../core/config-types.js';
import type { Message } from '../../core/message.js';
import type { ChatPlatform } from '../../core/ports.js';
import { ok } from '../../core/result.js';
import { withPostLines } from '../command-line-in.js';
import { renderText } from './render-text.js';

export interface ConsolePlatformDeps {
  /** Where messages are printed (stdout in `run` and `once`). */
  readonly out: { write(chunk: string): unknown };
  /** Turns a message into terminal text; default `renderText` in `locale`. */
  readonly render?: (message: Message) => string;
  /** Language of the labels the default renderer adds ("Sources", "Tags"); default English. */
  readonly locale?: Language;
  /** The command set's top-level commands, to show a French post's command lines in French. */
  readonly tops?: readonly TopCommand[];
}

/** The header of an edited message: `#alerts (update of console-3)`. */
const UPDATE_OF = { en: 'update of', fr: 'mise à jour de' } as const;

/**
 * The console `ChatPlatform`: prints each message under a one-line header naming its channel.
 * Sends are idempotent within the process (a repeated key prints nothing and returns the first
 * message's id); across restarts they are not, so the outbox treats it as non-idempotent.
 * Edits print the new version, marked as an update of the earlier message.
 */
export function createConsolePlatform(deps: ConsolePlatformDeps): ChatPlatform {
  const locale = deps.locale ?? 'en';
  const render = deps.render ?? ((message: Message) => renderText(message, { locale }));
  const sent = new Map<string, string>();
  let counter = 0;
  const print = (header: string, message: Message): void => {
    const text = render(withPostLines(message, deps.tops ?? [])).trimEnd();
    deps.out.write(`── ${header} ${'─'.repeat(Math.max(3, 60 - header.length))}\n${text}\n\n`);
  };
  return {
    name: 'console',
    idempotentSends: false,
    canEdit: true,
    async send(request) {
      const known = sent.get(request.idempotencyKey);
      if (known !== undefined) return ok({ remoteId: known });
      counter += 1;
      const remoteId = `console-${counter}`;
      sent.set(request.idempotencyKey, remoteId);
      print(`#${request.channel} (${remoteId})`, request.message);
      return ok({ remoteId });
    },
    async edit(channel, remoteId, message) {
      print(`#${channel} (${UPDATE_OF[locale]} ${remoteId})`, message);
      return ok({ remoteId });
    },
  };
}
