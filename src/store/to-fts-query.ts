/**
 * Turns what a person typed into an FTS5 query that cannot be a syntax error: `"quoted
 * phrases"` stay phrases, every other word becomes a quoted prefix term, and all must occur.
 * Returns null when nothing searchable is left.
 */
export function toFtsQuery(input: string): string | null {
  const terms: string[] = [];
  const rest = input.replace(/"([^"]*)"/g, (_, phrase: string) => {
    const words = wordsOf(phrase);
    if (words.length > 0) terms.push(`"${words.join(' ')}"`);
    return ' ';
  });
  for (const word of wordsOf(rest)) terms.push(`"${word}"*`);
  return terms.length === 0 ? null : terms.join(' ');
}

function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}
