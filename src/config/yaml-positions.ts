import { readFileSync } from 'node:fs';
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
} from 'yaml';
import { err, ok, type Result } from '../core/result.js';
import { formatNodePath, type ConfigIssue, type NodePath } from './config-issue.js';

/** A parsed YAML file that can say where any path of its data was written. */
export interface YamlSource {
  readonly file: string;
  /** The plain data (maps become objects); `null` for an empty file. */
  readonly data: unknown;
  /** An issue at the node `path` names, or at the nearest existing parent when it is missing. */
  issueAt(path: NodePath, message: string): ConfigIssue;
}

/**
 * Reads and parses one YAML file. A missing file or a syntax error is returned as issues with
 * the parser's own positions; a file that parses is returned with a locator for later checks.
 */
export function readYamlFile(
  absolutePath: string,
  file: string,
): Result<YamlSource, ConfigIssue[]> {
  let text: string;
  try {
    text = readFileSync(absolutePath, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    const message = missing ? 'file not found' : `cannot read file (${(error as Error).message})`;
    return err([{ file, line: 1, col: 1, path: '(file)', message }]);
  }
  return parseYamlText(text, file);
}

/** Parses YAML text; see `readYamlFile`. */
export function parseYamlText(text: string, file: string): Result<YamlSource, ConfigIssue[]> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return err(
      doc.errors.map((error) => {
        const { line, col } = lineCounter.linePos(error.pos[0]);
        return {
          file,
          line,
          col,
          path: '(syntax)',
          message: error.message.split('\n')[0] ?? error.code,
        };
      }),
    );
  }
  const data: unknown = doc.toJS({ maxAliasCount: 100 });
  return ok({
    file,
    data,
    issueAt(path, message) {
      const { line, col } = lineCounter.linePos(offsetOf(doc, path));
      return { file, line, col, path: formatNodePath(path), message };
    },
  });
}

/**
 * The source offset for `path`: a map entry points at its key (where the reader looks for the
 * field), a sequence entry at the item; a missing step points at the deepest existing parent.
 */
function offsetOf(doc: Document, path: NodePath): number {
  let node: unknown = doc.contents;
  let target: unknown = node;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment),
      );
      if (pair === undefined) break;
      target = pair.key;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item: unknown = node.items[segment];
      if (item === undefined || item === null) break;
      target = item;
      node = item;
    } else {
      break;
    }
  }
  return startOf(target);
}

function startOf(node: unknown): number {
  const range = (node as Node | null | undefined)?.range;
  return range?.[0] ?? 0;
}
