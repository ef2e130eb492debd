import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { converse } from '../../../src/cli/chat.js';
import type { ConsoleSession } from '../../../src/cli/say.js';

/** A session whose every line is refused with "refused", so each line it reads shows. */
function refusingSession(): ConsoleSession {
  return {
    commands: { parse: () => ({ ok: false, error: 'refused' }) },
    context: { locale: 'fr' },
  } as unknown as ConsoleSession;
}

async function chatOutput(lines: string): Promise<string> {
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on('data', (c: Buffer) => chunks.push(c.toString()));
  await converse(refusingSession(), Readable.from([lines]), output);
  return chunks.join('');
}

describe('chat, leaving', () => {
  it('ends at quitter or sortir as at exit, whatever the case', async () => {
    for (const word of ['quitter', 'Sortir', 'exit', 'quit']) {
      const said = await chatOutput(`/mali nope\n${word}\n/mali after\n`);
      expect(said.match(/Erreur : refused/g), word).toHaveLength(1);
    }
  });

  it('still reads the line after a word that only starts like one', async () => {
    const said = await chatOutput('quitter maintenant\n/mali after\n');
    expect(said.match(/Erreur : refused/g)).toHaveLength(2);
  });
});

describe('chat, welcome', () => {
  it('tells a French reader the French word that leaves', async () => {
    expect(await chatOutput('')).toContain('quitter, exit ou Ctrl-D pour sortir');
  });
});
