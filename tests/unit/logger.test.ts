import { describe, expect, it } from 'vitest';
import { chooseLogFormat, createPinoLogger, formatLogLine } from '../../src/logger.js';

/** A captured stream; `isTTY` as a terminal or a pipe would report it. */
function capture(isTTY: boolean) {
  const lines: string[] = [];
  return { lines, out: { isTTY, write: (text: string) => lines.push(text) } };
}

const at = (h: number, m: number, s: number): number => new Date(2026, 11, 6, h, m, s).getTime();

describe('chooseLogFormat', () => {
  it('logs readable lines on a terminal and JSON lines everywhere else', () => {
    expect(chooseLogFormat(undefined, true)).toBe('pretty');
    expect(chooseLogFormat(undefined, false)).toBe('json');
  });

  it('follows LOG_FORMAT whatever the output is', () => {
    expect(chooseLogFormat('json', true)).toBe('json');
    expect(chooseLogFormat('pretty', false)).toBe('pretty');
  });
});

describe('formatLogLine', () => {
  it('shows time, level, part, message and the other fields as key=value', () => {
    const line = JSON.stringify({ level: 40, time: at(10, 24, 1), app: 'sahel-digest', part: 'poll', feedId: 'rfi-fr', reason: 'HTTP 503', failures: 2, msg: 'feed poll failed' });
    expect(formatLogLine(`${line}\n`, { colors: false })).toMatchInlineSnapshot(`"10:24:01 WARN  [poll] feed poll failed  feedId=rfi-fr reason="HTTP 503" failures=2"`);
  });

  it('shows objects as JSON and a record without fields as its message alone', () => {
    expect(formatLogLine(JSON.stringify({ level: 30, time: at(8, 0, 0), msg: 'started', platforms: ['console'], limits: { a: 1 } }), { colors: false })).toBe(
      '08:00:00 INFO  started  platforms=["console"] limits={"a":1}',
    );
    expect(formatLogLine(JSON.stringify({ level: 50, time: at(8, 0, 0), msg: 'stopped' }), { colors: false })).toBe('08:00:00 ERROR stopped');
  });

  it('colours the level only when asked', () => {
    const line = JSON.stringify({ level: 50, time: at(8, 0, 0), msg: 'delivery failed' });
    expect(formatLogLine(line, { colors: true })).toBe('08:00:00 \u001b[31mERROR\u001b[0m delivery failed');
  });

  it('passes a line that is not a JSON record through unchanged', () => {
    expect(formatLogLine('not json\n', { colors: false })).toBe('not json');
    expect(formatLogLine('[1,2]', { colors: false })).toBe('[1,2]');
  });
});

describe('createPinoLogger', () => {
  it('writes readable lines to a terminal, with the child logger part', () => {
    const { lines, out } = capture(true);
    createPinoLogger('info', { out }).child({ part: 'delivery' }).warn('retrying', { attempt: 2 });
    expect(lines).toHaveLength(1);
    expect(lines[0]?.slice(0, 9)).toMatch(/^\d\d:\d\d:\d\d $/);
    expect(lines[0]?.slice(9)).toBe('\u001b[33mWARN \u001b[0m [delivery] retrying  attempt=2\n');
  });

  it('writes one JSON record per line to a pipe', () => {
    const { lines, out } = capture(false);
    createPinoLogger('info', { out }).info('feeds synced', { added: 3 });
    createPinoLogger('info', { out }).debug('below the level');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ level: 30, app: 'sahel-digest', msg: 'feeds synced', added: 3 });
  });

  it('writes readable lines without colours to a pipe when LOG_FORMAT is pretty, and JSON to a terminal when it is json', () => {
    const pipe = capture(false);
    createPinoLogger('info', { out: pipe.out, format: 'pretty' }).info('started', { feeds: 1 });
    expect(pipe.lines[0]).toMatch(/^\d\d:\d\d:\d\d INFO {2}started {2}feeds=1\n$/);
    const terminal = capture(true);
    createPinoLogger('info', { out: terminal.out, format: 'json' }).info('started');
    expect(JSON.parse(terminal.lines[0] ?? '')).toMatchObject({ msg: 'started' });
  });
});
