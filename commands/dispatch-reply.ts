import type { Message } from '../src/core/message.js';

/**
 * A one-line answer to bad input or a refused or failed command: ephemeral, a single
 * error-toned text. Handlers use it for their own expected failures too, so every platform
 * (and `sahel-digest say`, which exits 1 on it) can tell a refusal from an answer.
 */
export function errorReply(text: string): Message {
  return { blocks: [{ type: 'text', text, tone: 'error' }], fallback: text, ephemeral: true };
}

/** Whether a message is an `errorReply`: ephemeral with one error-toned text. */
export function isErrorReply(message: Message): boolean {
  const [only, ...rest] = message.blocks;
  return (
    message.ephemeral === true &&
    rest.length === 0 &&
    only?.type === 'text' &&
    only.tone === 'error'
  );
}
