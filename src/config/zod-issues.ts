import type * as z from 'zod';
import { err, ok, type Result } from '../core/result.js';
import type { ConfigIssue } from './config-issue.js';
import { closestMatch } from '../core/closest-match.js';
import { knownKeysAt } from './known-keys.js';
import type { YamlSource } from './yaml-positions.js';

/**
 * Validates a YAML file's data with its schema. Every zod issue becomes a `ConfigIssue` at the
 * node it names; an unknown key becomes one issue per key, at that key.
 */
export function validateYaml<S extends z.ZodType>(
  schema: S,
  source: YamlSource,
): Result<z.output<S>, ConfigIssue[]> {
  const parsed = schema.safeParse(source.data, { error: describeIssue });
  if (parsed.success) return ok(parsed.data);
  const issues: ConfigIssue[] = [];
  for (const issue of parsed.error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeysAt(schema, path);
      for (const key of issue.keys)
        issues.push(source.issueAt([...path, key], describeUnknownKey(key, known)));
    } else {
      issues.push(source.issueAt(path, issue.message));
    }
  }
  return err(issues);
}

/** `unknown key (did you mean interval?)`, else the keys that are allowed. */
function describeUnknownKey(key: string, known: readonly string[]): string {
  if (known.length === 0) return 'unknown key';
  const closest = closestMatch(key, known);
  return closest === undefined
    ? `unknown key (expected one of ${known.join(', ')})`
    : `unknown key (did you mean ${closest}?)`;
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map of keys',
};

/** Plain messages for zod's built-in checks; messages set in the schemas take precedence. */
function describeIssue(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'required';
      return `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}, got ${describeInput(issue.input)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map(String).join(', ')} (got ${describeInput(issue.input)})`;
    case 'too_small':
      if (issue.origin === 'string') return 'must not be empty';
      if (issue.origin === 'array') return `expected at least ${String(issue.minimum)} item(s)`;
      return `expected at least ${String(issue.minimum)} (got ${describeInput(issue.input)})`;
    case 'too_big':
      if (issue.origin === 'array') return `expected at most ${String(issue.maximum)} item(s)`;
      return `expected at most ${String(issue.maximum)} (got ${describeInput(issue.input)})`;
    default:
      return undefined;
  }
}

function describeInput(input: unknown): string {
  if (input === null) return 'nothing';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'string') return `"${input}"`;
  if (typeof input === 'object') return 'a map';
  return String(input);
}
