/**
 * Splitting text to a platform's length limits without cutting a word, a link or an escape.
 * Discord and Slack differ only in what a token is (a markdown link, a `<url|label>` link) and
 * in where an over-long token may be cut; the splitting and packing are the same.
 */

/** What a platform's text is made of. */
export interface SplitRules {
  /** A word or link with what sticks to it and its trailing spaces, or a run of spaces (flag g). */
  readonly token: RegExp;
  /** The head of a token longer than `max` that may stand alone (at most `max` characters). */
  cut(token: string, max: number): string;
}

/** Never leaves half of a surrogate pair at the end. */
export function safeCut(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? text.slice(0, -1) : text;
}

/**
 * Splits text into pieces of at most `max` characters: between lines when it can, else between
 * tokens; only a single token longer than `max` is cut, where `rules.cut` allows.
 */
export function splitText(text: string, max: number, rules: SplitRules): string[] {
  const pieces: string[] = [];
  let current = '';
  const push = (): void => {
    if (current.trim() !== '') pieces.push(current.trimEnd());
    current = '';
  };
  for (const line of text.split(/(?<=\n)/)) {
    if (current.length + line.trimEnd().length <= max) {
      current += line;
      continue;
    }
    push();
    if (line.trimEnd().length <= max) {
      current = line;
      continue;
    }
    for (const token of line.match(rules.token) ?? []) {
      if (current.length + token.trimEnd().length > max) push();
      let rest = current === '' ? token.trimStart() : token;
      while (rest.trimEnd().length > max) {
        const head = rules.cut(rest, max);
        pieces.push(head);
        rest = rest.slice(head.length);
      }
      current += rest;
    }
  }
  push();
  return pieces;
}

/**
 * Packs whole units (list entries, paragraphs) into texts of at most `max` characters joined
 * by `separator`; a unit longer than `max` is split by `splitText`.
 */
export function packUnits(
  units: readonly string[],
  max: number,
  rules: SplitRules,
  separator = '\n',
): string[] {
  const texts: string[] = [];
  let current = '';
  for (const unit of units.flatMap((u) => (u.length > max ? splitText(u, max, rules) : [u]))) {
    const joined = current === '' ? unit : `${current}${separator}${unit}`;
    if (joined.length <= max) {
      current = joined;
      continue;
    }
    if (current !== '') texts.push(current);
    current = unit;
  }
  if (current !== '') texts.push(current);
  return texts;
}
