/**
 * One problem found in a config file, located at the YAML node it concerns. `file` is the path
 * as the caller gave it (relative to the working directory), `path` the field in dotted form
 * (`entities[12].aliases.fr`), or `(file)` / `(syntax)` for whole-file problems.
 */
export interface ConfigIssue {
  file: string;
  line: number;
  col: number;
  path: string;
  message: string;
}

/** Formats an issue as `config/watchlist.yaml:41:7 entities[12].aliases.fr: expected an array of strings`. */
export function formatConfigIssue(issue: ConfigIssue): string {
  return `${issue.file}:${issue.line}:${issue.col} ${issue.path}: ${issue.message}`;
}

/** A path into a YAML document: map keys and sequence indexes. */
export type NodePath = readonly (string | number)[];

/** Renders `['entities', 12, 'aliases', 'fr']` as `entities[12].aliases.fr`; the root is `(root)`. */
export function formatNodePath(path: NodePath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out === '' ? '(root)' : out;
}
