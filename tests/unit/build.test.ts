import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bundle, DIST, ROOT } from '../../scripts/build.mjs';

const broken = join(DIST, '.broken-source-test.ts');
afterEach(() => rmSync(broken, { force: true }));

describe('the build', () => {
  it('fails with one line naming the place of the first error', async () => {
    mkdirSync(DIST, { recursive: true });
    writeFileSync(broken, 'export const fine = 1;\nexport const broken = ;\n');
    await expect(bundle({ 'broken-source-test': relative(ROOT, broken) })).rejects.toThrow(
      /^dist\/\.broken-source-test\.ts:2:23: Unexpected ";"$/,
    );
  });
});
