import { isAbsolute, join, relative, resolve } from 'node:path';
import { formatConfigIssue, type NodePath } from '../config-issue.js';
import { readYamlFile } from '../yaml-positions.js';

/** What the French checks read of a card, parsed or loaded. */
interface CardFrench {
  readonly id: string;
  readonly textFr?: string | undefined;
  readonly keyDates: readonly { readonly date: string; readonly textFr?: string | undefined }[];
}

/**
 * What of each card French readers would get in English: a card without `textFr`, a key date
 * without `textFr`. A card whose title reads the same in both languages needs no `titleFr`, so
 * titles are not asked for.
 */
export function missingFrench(
  facts: readonly CardFrench[],
): { readonly path: NodePath; readonly message: string }[] {
  return facts.flatMap((fact, index) => {
    const english = 'French readers get the English';
    const card =
      fact.textFr === undefined
        ? [{ path: ['facts', index, 'text'], message: `card ${fact.id} has no textFr; ${english}` }]
        : [];
    const dates = fact.keyDates.flatMap((keyDate, at) =>
      keyDate.textFr === undefined
        ? [
            {
              path: ['facts', index, 'keyDates', at],
              message: `card ${fact.id}, key date ${keyDate.date} has no textFr; ${english}`,
            },
          ]
        : [],
    );
    return [...card, ...dates];
  });
}

/**
 * The warnings of {@link missingFrench} for the facts file in `dir`, one line each with where it
 * is (`config/facts.yaml:12:5 facts[3].text: card … has no textFr; …`); none when the file
 * cannot be read (loading the config has said why already).
 */
export function missingFrenchWarnings(dir: string, facts: readonly CardFrench[]): string[] {
  return configWarnings(dir, 'facts.yaml', missingFrench(facts));
}

/**
 * Each of `missing` as one `warning: file:line:col path: message` line of the file `name` in
 * `dir`; none when the file cannot be read (loading the config has said why already).
 */
export function configWarnings(
  dir: string,
  name: string,
  missing: readonly { readonly path: NodePath; readonly message: string }[],
): string[] {
  if (missing.length === 0) return [];
  const read = readYamlFile(resolve(dir, name), shownPath(dir, name));
  if (!read.ok) return [];
  return missing.map((m) => `warning: ${formatConfigIssue(read.value.issueAt(m.path, m.message))}`);
}

/** A config file as config errors name it: relative to the working folder when inside it. */
function shownPath(dir: string, name: string): string {
  if (!isAbsolute(dir)) return join(dir, name);
  const fromCwd = relative(process.cwd(), join(dir, name));
  return fromCwd.startsWith('..') || isAbsolute(fromCwd) ? join(dir, name) : fromCwd;
}
