import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatConfigIssue, loadConfig } from '../../../src/config/load-config.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** The valid fixture with this settings.yaml; the folder is shown as `config`. */
function load(settings: string) {
  const dir = mkdtempSync(join(tmpdir(), 'sahel-digest-empty-'));
  made.push(dir);
  cpSync('tests/fixtures/config/valid', dir, { recursive: true });
  writeFileSync(join(dir, 'settings.yaml'), settings);
  const loaded = loadConfig(dir);
  return loaded.ok
    ? { empty: loaded.value.settings.digest.empty, issues: [] }
    : {
        empty: undefined,
        issues: loaded.error.map((i) =>
          formatConfigIssue({ ...i, file: i.file.replace(dir, 'config') }),
        ),
      };
}

describe('settings.yaml digest.empty', () => {
  it('skips empty scheduled digests unless told otherwise', () => {
    expect(load('locale: en\n').empty).toBe('skip');
    expect(load('digest:\n  size: 5\n').empty).toBe('skip');
  });

  it('takes notice or skip', () => {
    expect(load('digest:\n  empty: notice\n').empty).toBe('notice');
    expect(load('digest:\n  empty: skip\n').empty).toBe('skip');
  });

  it('refuses any other value at its line and column, naming the key', () => {
    const { issues } = load('locale: en\ndigest:\n  cron: "0 8 * * *"\n  empty: silent\n');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toBe(
      'config/settings.yaml:4:3 digest.empty: expected one of notice, skip (got "silent")',
    );
  });
});
