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
];

export function reasonInFrench(reason: string): string {
  for (const [pattern, say] of RULES) {
    const match = pattern.exec(reason);
    if (match !== null) return say(...match.slice(1).map((part) => part ?? ''));
  }
  return reason;
}
