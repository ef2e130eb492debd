/**
 * The matcher explains a near miss in English (`excludes "Nigeria"`); a French reader of
 * `/sahel explain` gets the same reason in French. The phrases and names inside stay as the
 * watchlist writes them. A reason of another form is kept as it is rather than half translated.
 */
const RULES: readonly (readonly [RegExp, (...parts: string[]) => string])[] = [
  [/^descriptor excludes "(.*)"$/, (phrase) => `la description exclut « ${phrase} »`],
  [/^excludes "(.*)"$/, (phrase) => `exclu par « ${phrase} »`],
  [/^descriptor requires one of: (.*)$/, (list) => `la description demande l’un de : ${list}`],
  [/^requires one of: (.*)$/, (list) => `demande l’un de : ${list}`],
  [/^acronym is case-sensitive \((.*)\)$/, (form) => `sigle sensible à la casse (${form})`],
  [/^context-only, no Sahel anchor$/, () => 'contexte seulement, sans ancrage au Sahel'],
  [
    /^a dateline \(where the report was filed\), not a place the item names$/,
    () => 'lieu de rédaction de la dépêche, pas un lieu dont parle l’article',
  ],
  [
    /^descriptor applies (.*), and the item has no date$/,
    (range) => `la description vaut ${rangeInFrench(range)}, et l’article n’a pas de date`,
  ],
  [/^descriptor applies (.*)$/, (range) => `la description vaut ${rangeInFrench(range)}`],
  [
    /^vetoes\[(\d+)\]: "(.*)" in the item, none of: (.*)$/,
    (n, phrase, list) => `veto n° ${n} : « ${phrase} » dans l’article, et aucun de : ${list}`,
  ],
  [
    /^vetoes\[(\d+)\]: "(.*)" in the item$/,
    (n, phrase) => `veto n° ${n} : « ${phrase} » dans l’article`,
  ],
];

/** `2024-01 to 2025-06`, `from 2024-01`, `until 2023-12` in French. */
function rangeInFrench(range: string): string {
  const both = /^(\S+) to (\S+)$/.exec(range);
  if (both !== null) return `du ${both[1] ?? ''} au ${both[2] ?? ''}`;
  return range.replace(/^from /, 'à partir de ').replace(/^until /, 'jusqu’à ');
}

/**
 * What allowed a description (`mali`, `"Ménaka"`, `from 2024-01`, `"Ménaka"; from 2024-01`) in
 * French: the date range is translated, the names and phrases stay as written.
 */
export function contextInFrench(context: string): string {
  const range = /^(.*?)(?:; )?((?:from|until) \S+|\S+ to \S+)$/.exec(context);
  if (range === null) return context.replace(/^"(.*)"$/, '« $1 »');
  const head = (range[1] ?? '').replace(/^"(.*)"$/, '« $1 »');
  const tail = rangeInFrench(range[2] ?? '');
  return head === '' ? tail : `${head} ; ${tail}`;
}

export function reasonInFrench(reason: string): string {
  for (const [pattern, say] of RULES) {
    const match = pattern.exec(reason);
    if (match !== null) return say(...match.slice(1).map((part) => part ?? ''));
  }
  return reason;
}
