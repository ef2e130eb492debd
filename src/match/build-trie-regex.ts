/**
 * Turns many folded term patterns into one regex source shaped as a prefix tree:
 * `niger(?:[\s-]+delta|ia)?` instead of `niger delta|nigeria|niger`. V8 then rejects most
 * positions on the first character instead of trying every alternative; measured about ten times
 * faster than a flat alternation of the same 700 terms.
 */

/** One step of a term: a literal (escaped) character, a word separator, or a `*` word ending. */
type Atom = string;

const SEPARATOR_ATOM = '[\\s\\-]+';
// Short on purpose: V8 stops optimising regexes whose source passes ~20 KB, and a hundred copies of
// the full WORD_CHAR class would pass it. Folded text is lower-case, so this covers what it holds.
const STAR_ATOM = '[0-9a-z\\u00c0-\\u1fff]*';
const SPECIAL = /[.*+?^${}()|[\]\\/]/;

interface TrieNode {
  readonly children: Map<Atom, TrieNode>;
  end: boolean;
}

const newNode = (): TrieNode => ({ children: new Map(), end: false });

/** Atoms of a term given as folded words (a trailing `*` marks a word ending). */
export function termAtoms(words: readonly string[]): Atom[] {
  const atoms: Atom[] = [];
  words.forEach((word, index) => {
    if (index > 0) atoms.push(SEPARATOR_ATOM);
    const star = word.length > 1 && word.endsWith('*');
    for (const ch of star ? word.slice(0, -1) : word) atoms.push(SPECIAL.test(ch) ? `\\${ch}` : ch);
    if (star) atoms.push(STAR_ATOM);
  });
  return atoms;
}

/** The regex source (no boundaries, `u` flag) matching any of the terms, longer paths first. */
export function buildTrieSource(terms: readonly (readonly Atom[])[]): string {
  const root = newNode();
  for (const atoms of terms) {
    let node = root;
    for (const atom of atoms) {
      let child = node.children.get(atom);
      if (child === undefined) {
        child = newNode();
        node.children.set(atom, child);
      }
      node = child;
    }
    node.end = true;
  }
  return emit(root);
}

function emit(node: TrieNode): string {
  // Literal continuations before a `*` ending, so the star does not swallow them first.
  const entries = [...node.children.entries()].sort(([a], [b]) => Number(a === STAR_ATOM) - Number(b === STAR_ATOM));
  const parts = entries.map(([atom, child]) => atom + emit(child));
  if (parts.length === 0) return '';
  const single = parts.length === 1 ? (parts[0] as string) : '';
  if (node.end) return `(?:${parts.join('|')})?`;
  if (single !== '') return single;
  return `(?:${parts.join('|')})`;
}
