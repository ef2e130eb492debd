import { describe, expect, it } from 'vitest';
import { nextSteps } from '../../src/cli/demo.js';
import { readDemoManifest } from '../../demo/serve-feeds.js';

const manifest = readDemoManifest(new URL('../../demo/feeds/', import.meta.url).pathname);

describe('sahel-digest demo, at the end', () => {
  it('with --keep, prints the chat line over the kept store and a since: that reaches its stories', () => {
    expect(nextSteps('/tmp/sahel-digest-demo-x', manifest, true)).toBe(
      [
        '',
        "Kept in /tmp/sahel-digest-demo-x. Talk to the bot over the demo's store:",
        '  npx sahel-digest --config /tmp/sahel-digest-demo-x/config --db /tmp/sahel-digest-demo-x/demo.db chat',
        'The sample stories are dated up to 2026-11-23: add since:2026-11-01 to /mali news and /sahel search.',
        '',
      ].join('\n'),
    );
  });

  it('without --keep, says how to keep the store to explore it', () => {
    expect(nextSteps('/tmp/x', manifest, false)).toContain('npx sahel-digest demo --keep');
  });
});
