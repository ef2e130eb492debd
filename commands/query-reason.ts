/** The query parser's reasons in French; a reason not listed here stays as the parser wrote it. */
const REASONS_FR: readonly (readonly [RegExp, string])[] = [
  [/^empty query/, 'requête vide'],
  [/^unbalanced parenthesis/, 'parenthèse non appariée'],
  [/^empty parentheses/, 'parenthèses vides'],
  [/^unterminated quote/, 'guillemet non fermé'],
  [/^empty phrase/, 'expression vide'],
  [/^expected a term after /, 'terme attendu après '],
  [/^expected a term before /, 'terme attendu avant '],
  [/^expected a term/, 'terme attendu'],
  [/^missing value after /, 'valeur manquante après '],
  [/^unknown field /, 'champ inconnu '],
  [/^unknown kind /, 'type inconnu '],
  [/^unknown entity /, 'entité inconnue '],
  [/^unknown tag /, 'thème inconnu '],
  [/^unknown country /, 'pays inconnu '],
  [/^unknown language (".*?") \(use (.+?)\)/, 'langue inconnue $1 (parmi $2)'],
  [/^unexpected /, 'inattendu : '],
  [/^parentheses nested deeper than (\d+)/, 'parenthèses imbriquées sur plus de $1 niveaux'],
  [
    /^query too long \((\d+) characters, at most (\d+)\)/,
    'requête trop longue ($1 caractères, $2 au plus)',
  ],
  [/^(".*?") has no letter or digit/, '$1 n’a ni lettre ni chiffre'],
  [/\(use (.+?)\)/, '(parmi $1)'],
  [/\(did you mean (.+?)\?\)/, '(vouliez-vous dire $1 ?)'],
  [/ at column (\d+)$/, ' à la colonne $1'],
  [/"([^"]*)"/g, '« $1 »'],
];

/**
 * A query's reason (`unbalanced parenthesis at column 11`, `unknown entity "jnmi" (did you mean
 * jnim?) at column 1`) in French, for `/sahel search` and `/sahel alert add`.
 */
export function queryReasonInFrench(reason: string): string {
  return REASONS_FR.reduce((text, [pattern, french]) => text.replace(pattern, french), reason);
}
