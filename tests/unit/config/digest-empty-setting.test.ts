import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatConfigIssue, loadConfig } from '../../../src/config/load-config.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** The valid fixture with these files; the folder is shown as `config`. */
function loadWith(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'sahel-digest-empty-'));
  made.push(dir);
  cpSync('tests/fixtures/config/valid', dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const loaded = loadConfig(dir);
  return loaded.ok
    ? {
        empty: loaded.value.settings.digest.empty,
        subscriptions: loaded.value.subscriptions,
        issues: [],
      }
    : {
        empty: undefined,
        subscriptions: [],
        issues: loaded.error.map((i) =>
          formatConfigIssue({ ...i, file: i.file.replace(dir, 'config') }),
        ),
      };
}

const load = (settings: string) => loadWith({ 'settings.yaml': settings });

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

describe('subscriptions.yaml empty', () => {
  const digest = (extra: string) =>
    `subscriptions:\n  - platform: slack\n    channel: C0123456789\n    kind: digest\n${extra}`;

  it('overrides the settings for one digest subscription', () => {
    const { subscriptions, issues } = loadWith({
      'subscriptions.yaml': digest('    empty: notice\n'),
    });
    expect(issues).toEqual([]);
    expect(subscriptions).toMatchObject([{ kind: 'digest', empty: 'notice' }]);
    expect(loadWith({ 'subscriptions.yaml': digest('') }).subscriptions[0]).not.toHaveProperty(
      'empty',
    );
  });

  it('refuses it on an alert, and any value but notice or skip, at its line and column', () => {
    const alert =
      'subscriptions:\n  - platform: slack\n    channel: C0123456789\n    kind: alert\n    query: Kidal\n    empty: notice\n';
    expect(loadWith({ 'subscriptions.yaml': alert }).issues).toEqual([
      'config/subscriptions.yaml:6:5 subscriptions[0].empty: only digest subscriptions take this key',
    ]);
    expect(loadWith({ 'subscriptions.yaml': digest('    empty: quiet\n') }).issues).toEqual([
      'config/subscriptions.yaml:5:5 subscriptions[0].empty: expected one of notice, skip (got "quiet")',
    ]);
  });
});
