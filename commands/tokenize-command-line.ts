import type { Invocation } from '../src/core/command.js';
import { err, ok, type Result } from '../src/core/result.js';

/** A piece of a command line: a bare word, or `name:value`. */
export type Token =
  | {
      readonly kind: 'word';
      readonly value: string;
      readonly raw: string;
      readonly quoted: boolean;
    }
  | {
      readonly kind: 'option';
      readonly name: string;
      readonly value: string;
      readonly raw: string;
    };

const OPTION_NAME = /^\p{L}[\p{L}\p{N}_-]*$/u;

/**
 * Splits a command line into bare words and `name:value` options. A value or a word may be
 * double-quoted, with `\"` and `\\` inside; a URL (`https://…`) is a word, not an option named
 * after its scheme. Each token keeps its text as typed (`raw`), for the query language.
 */
export function tokenizeCommandLine(line: string): Result<Token[], string> {
  const tokens: Token[] = [];
  let i = 0;
  const text = line.trim();
  while (i < text.length) {
    if (/\s/.test(text[i] ?? '')) {
      i++;
      continue;
    }
    const start = i;
    if (text[i] === '"') {
      const quoted = readQuoted(text, i);
      if (!quoted.ok) return quoted;
      i = quoted.value.end;
      tokens.push({
        kind: 'word',
        value: quoted.value.value,
        raw: text.slice(start, i),
        quoted: true,
      });
      continue;
    }
    while (i < text.length && !/[\s:"]/.test(text[i] ?? '')) i++;
    const name = text.slice(start, i);
    if (text[i] === ':' && OPTION_NAME.test(name) && !text.startsWith('//', i + 1)) {
      i++;
      if (text[i] === '"') {
        const quoted = readQuoted(text, i);
        if (!quoted.ok) return quoted;
        i = quoted.value.end;
        tokens.push({ kind: 'option', name, value: quoted.value.value, raw: text.slice(start, i) });
        continue;
      }
      const valueStart = i;
      while (i < text.length && !/\s/.test(text[i] ?? '')) i++;
      tokens.push({
        kind: 'option',
        name,
        value: text.slice(valueStart, i),
        raw: text.slice(start, i),
      });
      continue;
    }
    while (i < text.length && !/\s/.test(text[i] ?? '')) i++;
    const raw = text.slice(start, i);
    tokens.push({ kind: 'word', value: raw, raw, quoted: false });
  }
  return ok(tokens);
}

/** Reads `"…"` from `start` (the opening quote); `\"` and `\\` escape. */
function readQuoted(text: string, start: number): Result<{ value: string; end: number }, string> {
  let value = '';
  for (let i = start + 1; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\' && (text[i + 1] === '"' || text[i + 1] === '\\')) {
      value += text[i + 1];
      i++;
    } else if (ch === '"') {
      return ok({ value, end: i + 1 });
    } else {
      value += ch;
    }
  }
  return err(
    `unclosed quote: ${text.slice(start, start + 30)}${text.length - start > 30 ? '…' : ''}`,
  );
}

/**
 * The command line for an invocation, quoting values that need it, so it parses back to the
 * same invocation: the id of a paging button (`/mali timeline from:2023 page:2`).
 */
export function formatCommandLine(invocation: Invocation): string {
  const parts = [`/${invocation.top}`];
  if (invocation.group !== undefined) parts.push(invocation.group);
  parts.push(invocation.name);
  for (const [name, value] of Object.entries(invocation.args)) {
    if (value === undefined || value === '') continue;
    parts.push(`${name}:${quoteValue(String(value))}`);
  }
  return parts.join(' ');
}

function quoteValue(value: string): string {
  return /^[^\s"\\]+$/.test(value) ? value : `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}
