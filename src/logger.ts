import { pino } from 'pino';
import type { LogFormat, LogLevel } from './core/config-types.js';
import type { Logger } from './core/ports.js';

/** Where pretty lines go; `process.stderr` unless a test passes its own. */
export interface LogOutput {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

export interface LoggerOptions {
  /** `LOG_FORMAT`; unset means readable lines on a terminal, JSON lines otherwise. */
  readonly format?: LogFormat | undefined;
  /** Defaults to `process.stderr`, so stdout stays for output. */
  readonly out?: LogOutput;
}

/**
 * The pino implementation of the `Logger` port. Logs go to stderr so stdout stays for output:
 * JSON lines, one per record, for systemd, docker and log shippers; readable lines
 * (`10:24:01 INFO  [poll] cycle done  feeds=12`) when stderr is a terminal or `LOG_FORMAT=pretty`.
 */
export function createPinoLogger(level: LogLevel, options: LoggerOptions = {}): Logger {
  const out = options.out ?? process.stderr;
  const format = chooseLogFormat(options.format, out.isTTY === true);
  const base = { level, base: { app: 'sahel-digest' } };
  if (format === 'json') {
    return wrap(options.out === undefined ? pino(base, pino.destination(2)) : pino(base, { write: (line: string) => out.write(line) }));
  }
  const colors = out.isTTY === true;
  return wrap(pino(base, { write: (line: string) => out.write(`${formatLogLine(line, { colors })}\n`) }));
}

/** The format to log in: the one asked for, else readable on a terminal and JSON elsewhere. */
export function chooseLogFormat(asked: LogFormat | undefined, isTTY: boolean): LogFormat {
  return asked ?? (isTTY ? 'pretty' : 'json');
}

function wrap(base: pino.Logger): Logger {
  return {
    debug: (msg, meta) => base.debug(meta ?? {}, msg),
    info: (msg, meta) => base.info(meta ?? {}, msg),
    warn: (msg, meta) => base.warn(meta ?? {}, msg),
    error: (msg, meta) => base.error(meta ?? {}, msg),
    child: (bindings) => wrap(base.child(bindings)),
  };
}

const LEVELS: Readonly<Record<number, { readonly name: string; readonly color: string }>> = {
  10: { name: 'TRACE', color: '90' },
  20: { name: 'DEBUG', color: '90' },
  30: { name: 'INFO', color: '36' },
  40: { name: 'WARN', color: '33' },
  50: { name: 'ERROR', color: '31' },
  60: { name: 'FATAL', color: '41;97' },
};
/** Keys every record carries that the readable line shows in its own place, or not at all. */
const SHOWN_APART = new Set(['level', 'time', 'msg', 'app', 'part', 'pid', 'hostname']);

/**
 * One pino JSON record as a readable line: local time, level, `[part]` of a child logger,
 * message, then the other fields as `key=value` (strings quoted when they hold spaces or quotes,
 * objects as JSON). Colours the level when `colors`. A line that is not a JSON record is
 * returned unchanged, without its line break.
 */
export function formatLogLine(line: string, options: { readonly colors: boolean }): string {
  const text = line.replace(/\n$/, '');
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch {
    return text;
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return text;
  const fields = record as Record<string, unknown>;
  const level = LEVELS[Number(fields['level'])] ?? { name: String(fields['level']), color: '0' };
  const name = level.name.padEnd(5);
  const head = [
    typeof fields['time'] === 'number' ? clock(fields['time']) : '--:--:--',
    options.colors ? `\u001b[${level.color}m${name}\u001b[0m` : name,
    ...(typeof fields['part'] === 'string' ? [`[${fields['part']}]`] : []),
    typeof fields['msg'] === 'string' ? fields['msg'] : '',
  ].join(' ');
  const rest = Object.entries(fields)
    .filter(([key]) => !SHOWN_APART.has(key))
    .map(([key, value]) => `${key}=${showValue(value)}`);
  return rest.length === 0 ? head : `${head}  ${rest.join(' ')}`;
}

const two = (n: number): string => String(n).padStart(2, '0');

function clock(time: number): string {
  const date = new Date(time);
  return `${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}

function showValue(value: unknown): string {
  if (typeof value === 'string') return /^[^\s"=]+$/.test(value) ? value : JSON.stringify(value);
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}
