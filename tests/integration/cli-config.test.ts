import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { execCli, type CliRun } from './cli-fixture.js';

/** Runs `sahel-digest ARGS` as a user would, from the project root. */
function cli(...args: string[]): Promise<CliRun> {
  return execCli(args, { ...process.env, LOG_LEVEL: 'silent' });
}

const VALID = 'tests/fixtures/config/valid';
const BROKEN = 'tests/fixtures/config/broken';

describe('sahel-digest check-config', () => {
  it('passes the shipped knowledge base with a one-line summary', async () => {
    const run = await cli('check-config');
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(
      /^config OK: \d+ feeds, \d+ entities, \d+ aliases, \d+ facts, \d+ events\n$/,
    );
    expect(run.code).toBe(0);
  });

  it('says in one line that there is no configuration folder when run outside the project', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'sahel-elsewhere-'));
    const bin = fileURLToPath(new URL('../../bin/sahel-digest.js', import.meta.url));
    const project = fileURLToPath(new URL('../../config', import.meta.url));
    try {
      const run = await new Promise<CliRun>((done) => {
        execFile(
          process.execPath,
          [bin, 'check-config'],
          { cwd: elsewhere, env: { ...process.env, LOG_LEVEL: 'silent' } },
          (error, stdout, stderr) =>
            done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
        );
      });
      expect(run).toEqual({
        code: 1,
        stdout: '',
        stderr: `no configuration folder at ${join(elsewhere, 'config')}: run it from the project folder or pass --config ${project}\n`,
      });
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('counts feeds, entities, aliases with acronyms, facts and events of --config DIR', async () => {
    const run = await cli('check-config', '--config', VALID);
    // The fixture's cards and events have no French: check-config passes and warns about each,
    // with where.
    const missing = 'has no textFr; French readers get the English';
    expect(run).toEqual({
      code: 0,
      stdout: 'config OK: 2 feeds, 6 entities, 18 aliases, 2 facts, 5 events\n',
      stderr: [
        `warning: ${VALID}/facts.yaml:4:5 facts[0].text: card mali ${missing}`,
        `warning: ${VALID}/facts.yaml:11:5 facts[1].text: card jnim ${missing}`,
        `warning: ${VALID}/facts.yaml:14:9 facts[1].keyDates[0]: card jnim, key date 2017-03-02 ${missing}`,
        ...[
          '3:5 events[0].title: event 2020-08-18 "Soldiers force President Keïta to resign"',
          '11:5 events[1].title: event 1991-03 "A coup ousts Moussa Traoré"',
          '18:5 events[2].title: event 2022-09-30 "Captain Ibrahim Traoré ousts Damiba"',
          '25:5 events[3].title: event 2017-03-02 "Four groups merge to form JNIM"',
          '32:5 events[4].title: event 2021-05-24 "A second coup in nine months"',
        ].map(
          (at) =>
            `warning: ${VALID}/timeline.yaml:${at} has no titleFr or textFr; French readers get the English`,
        ),
        '',
      ].join('\n'),
    });
  });

  it('accepts --config before the sub-command too', async () => {
    const run = await cli('--config', VALID, 'check-config');
    expect(run.code).toBe(0);
  });

  it('prints every error with its position, then the count, and exits 1', async () => {
    const run = await cli('check-config', '--config', BROKEN);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toEqual([
      `${BROKEN}/feeds.yaml:7:5 feeds[0].interval: expected a duration like 90s, 10m, 2h or 1d (got "10 minutes")`,
      `${BROKEN}/feeds.yaml:12:5 feeds[1].tier: expected 1, 2 or 3 (got 4)`,
      `${BROKEN}/watchlist.yaml:8:7 entities[0].aliases.fr: expected an array of strings`,
      `${BROKEN}/watchlist.yaml:34:5 entities[3].require: unknown key (did you mean requires?)`,
      `${BROKEN}/timeline.yaml:17:5 events[2].date: date "2023-02-30" does not exist`,
      `${BROKEN}/settings.yaml:1:1 timezone: unknown IANA time zone "Africa/Bamakoo"`,
      `${BROKEN}/settings.yaml:3:3 digest.cron: invalid cron expression "0 8 * *": expected 5 or 6 fields but got 4`,
      `7 errors in ${BROKEN}/`,
      '',
    ]);
    expect(run.code).toBe(1);
  });

  it('names a missing --config folder in one line', async () => {
    const run = await cli('check-config', '--config', 'no-such-dir');
    expect(run.stderr).toBe(
      `no configuration folder at ${join(process.cwd(), 'no-such-dir')} (--config no-such-dir)\n`,
    );
    expect(run.code).toBe(1);
  });
});

describe('sahel-digest timeline', () => {
  it('prints Mali’s events from the August 2020 coup on, oldest first', async () => {
    const run = await cli('timeline', 'mali', '--from', '2020');
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual(['Timeline: Mali', '==============', 'from 2020']);
    const entries = lines.filter((line) => line.startsWith('- '));
    expect(entries[0]).toMatch(/^- 18 Aug 2020 — /);
    const years = entries.map((line) =>
      Number(/^- (?:\d{1,2} )?(?:[A-Z][a-z]{2} )?(\d{4}) — /.exec(line)?.[1]),
    );
    expect(years.length).toBeGreaterThan(5);
    expect(years.every((year) => year >= 2020)).toBe(true);
  });

  it('prints the filtered events as a JSON array', async () => {
    const run = await cli(
      'timeline',
      'mali',
      '--config',
      VALID,
      '--to',
      '2017',
      '--format',
      'json',
    );
    expect(run.code).toBe(0);
    const events = JSON.parse(run.stdout) as { date: string; title: string }[];
    expect(events.map((e) => e.date)).toEqual(['1991-03', '2017-03-02']);
  });

  it('says when nothing matches', async () => {
    const run = await cli('timeline', 'mali', '--config', VALID, '--from', '2030');
    expect(run).toEqual({
      code: 0,
      stdout: 'Timeline: Mali\n==============\n\nNo events for Mali from 2030.\n',
      stderr: '',
    });
  });

  it('refuses an unknown country on stderr and exits 1', async () => {
    const run = await cli('timeline', 'malli', '--config', VALID);
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: 'unknown country "malli" — try mali, burkina-faso, niger\n',
    });
  });

  it('refuses a bad --limit and a bad --from', async () => {
    const limit = await cli('timeline', '--config', VALID, '--limit', 'ten');
    expect(limit).toEqual({
      code: 1,
      stdout: '',
      stderr: 'invalid --limit "ten": expected a whole number from 1 to 200\n',
    });
    const from = await cli('timeline', '--config', VALID, '--from', '2020-13');
    expect(from.stderr).toBe('invalid --from "2020-13": expected YYYY or YYYY-MM or YYYY-MM-DD\n');
    expect(from.code).toBe(1);
  });

  it('reports config errors instead of a timeline', async () => {
    const run = await cli('timeline', 'mali', '--config', BROKEN);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`7 errors in ${BROKEN}/`);
    expect(run.code).toBe(1);
  });
});

describe('sahel-digest --help', () => {
  it('lists check-config and timeline', async () => {
    const run = await cli('--help');
    expect(run.stdout).toContain('check-config');
    expect(run.stdout).toContain('timeline [options] [country]');
    expect(run.code).toBe(0);
  });
});
