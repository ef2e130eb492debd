import { describe, expect, it } from 'vitest';
import type { Logger } from '../../../src/core/ports.js';
import { processNewItems } from '../../../src/pipeline/process-new-items.js';
import { createSqliteArcStore } from '../../../src/store/sqlite-arc-store.js';
import { T0, createHarness, item } from '../../integration/delivery/pipeline-harness.js';

const DAY = 86_400_000;

/** A logger that keeps its debug lines. */
function recordingLogger(lines: { msg: string; meta: Record<string, unknown> }[]): Logger {
  const logger: Logger = {
    debug: (msg, meta = {}) => void lines.push({ msg, meta }),
    info: () => undefined,
    warn: () => undefined,
    error: () => undefined,
    child: () => logger,
  };
  return logger;
}

describe('processNewItems with arcs', () => {
  it('links a new development into its arc in the processing transaction, and logs why', async () => {
    const h = createHarness();
    const lines: { msg: string; meta: Record<string, unknown> }[] = [];
    const arcs = createSqliteArcStore(h.db);
    const deps = { ...h.processDeps, arcs, logger: recordingLogger(lines) };
    await processNewItems(deps, [
      item({ id: 'a', at: T0, title: 'Mali closes schools as fuel blockade chokes Bamako' }),
    ]);
    h.set(T0 + DAY);
    await processNewItems(deps, [
      item({
        id: 'b',
        feedId: 'desk-en',
        at: T0 + DAY,
        title: 'US urges citizens to leave Mali as fuel blockade tightens',
      }),
    ]);
    expect(arcs.getArc('arc-st-a')?.storyIds).toEqual(['st-a', 'st-b']);
    expect(lines.filter((l) => l.msg === 'story started').map((l) => l.meta)).toMatchObject([
      {
        story: 'st-a',
        arc: 'arc-st-a',
        arcReason: 'new arc: no recent arc shares a principal actor or place',
      },
      {
        story: 'st-b',
        arc: 'arc-st-a',
        arcReason: expect.stringMatching(/^continues "Mali fuel blockade"/),
      },
    ]);
  });
});
