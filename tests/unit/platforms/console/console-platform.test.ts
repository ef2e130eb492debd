import { describe, expect, it } from 'vitest';
import type { Message } from '../../../../src/core/message.js';
import { createConsolePlatform } from '../../../../src/platforms/console/console-platform.js';

const message = (text: string): Message => ({ blocks: [{ type: 'text', text }], fallback: text });

function capture() {
  const chunks: string[] = [];
  return { out: { write: (chunk: string) => chunks.push(chunk) }, text: () => chunks.join('') };
}

describe('console platform', () => {
  it('prints each message under a header naming the channel', async () => {
    const sink = capture();
    const platform = createConsolePlatform({ out: sink.out });
    const result = await platform.send({
      channel: 'news',
      message: message('JNIM claims attack near Kidal'),
      idempotencyKey: 'k1',
    });
    expect(result).toEqual({ ok: true, value: { remoteId: 'console-1' } });
    expect(sink.text()).toMatchInlineSnapshot(`
      "── #news (console-1) ───────────────────────────────────────────
      JNIM claims attack near Kidal

      "
    `);
  });

  it('writes the labels it adds in its locale', async () => {
    const sink = capture();
    const platform = createConsolePlatform({ out: sink.out, locale: 'fr' });
    const failed: Message = {
      blocks: [{ type: 'text', text: 'flux injoignable', tone: 'error' }],
      fallback: 'flux injoignable',
    };
    await platform.send({ channel: 'news', message: failed, idempotencyKey: 'k1' });
    expect(sink.text()).toContain('\nErreur : flux injoignable\n');
  });

  it('prints a repeated idempotency key only once within the process', async () => {
    const sink = capture();
    const platform = createConsolePlatform({ out: sink.out });
    await platform.send({ channel: 'news', message: message('once'), idempotencyKey: 'k1' });
    const again = await platform.send({
      channel: 'news',
      message: message('once'),
      idempotencyKey: 'k1',
    });
    expect(again).toEqual({ ok: true, value: { remoteId: 'console-1' } });
    expect(sink.text().match(/once/g)).toHaveLength(1);
  });

  it('prints an edit as an update of the earlier message', async () => {
    const sink = capture();
    const platform = createConsolePlatform({ out: sink.out });
    await platform.edit('news', 'console-1', message('Also reported by RFI'));
    expect(sink.text()).toContain('#news (update of console-1)');
    expect(sink.text()).toContain('Also reported by RFI');
  });
});
