import type { Language } from '../src/core/config-types.js';

/**
 * The parser's and the argument checker's one-line errors in French. They are built in English
 * in many places (`parseCommandLine`, `convertArgs`, `withUsage`); the dispatcher words them
 * for a French reader in one place, as `queryReasonInFrench` does for queries. Command, option
 * and value names stay as typed; a message not listed here stays in English.
 */
const COMMAND_ERRORS_FR: readonly (readonly [RegExp, string])[] = [
  [/^type a command such as (\S+) … — try (.+)$/, 'tapez une commande comme $1 … — essayez $2'],
  [
    /^"([^"]*)" goes after a top-level command: try (.+)$/,
    '« $1 » se tape après une commande principale : essayez $2',
  ],
  [/^"([^"]*)" is under (\S+): try (.+)$/, '« $1 » est sous $2 : essayez $3'],
  [/^unknown command "([^"]*)" — try (.+)$/, 'commande inconnue « $1 » — essayez $2'],
  [/^unknown command "([^"]*)" — (\/.+) has (.+)$/, 'commande inconnue « $1 » — sous $2 : $3'],
  [/^unknown command "([^"]*)"/, 'commande inconnue « $1 »'],
  [
    /^(\/.+) needs a sub-command before (\S+) — it has (.+)$/,
    '$1 demande une sous-commande avant $2 — il y a $3',
  ],
  [
    /^(\/.+) needs a sub-command before (\S+) — (.+)$/,
    '$1 demande une sous-commande avant $2 — $3',
  ],
  [/^(\/\S+) needs a sub-command$/, '$1 demande une sous-commande'],
  [/^unknown option "([^"]*)"/, 'option inconnue « $1 »'],
  [/^missing (\S+)/, 'il manque $1'],
  [/^"([^"]*)" is not a whole number for (\S+)/, '« $1 » n’est pas un nombre entier pour $2'],
  [/^"([^"]*)" is not a number for (\S+)/, '« $1 » n’est pas un nombre pour $2'],
  [/^"([^"]*)" is not yes or no for (\S+)/, '« $1 » n’est ni oui ni non pour $2'],
  [
    /^"([^"]*)" is not one of (.+) for (\S+)/,
    '« $1 » ne convient pas pour $3 : choisissez parmi $2',
  ],
  [/^(\S+) must be from (\S+) to (\S+) \(got (\S+)\)/, '$1 doit aller de $2 à $3 (reçu $4)'],
  [/^(\S+) must be at least (\S+) \(got (\S+)\)/, '$1 doit valoir au moins $2 (reçu $3)'],
  [/^(\S+) must be at most (\S+) \(got (\S+)\)/, '$1 doit valoir au plus $2 (reçu $3)'],
  [
    /^(\S+) is given twice \(as \S+ and as text\)/,
    '$1 est donné deux fois (en option et en texte)',
  ],
  [/^(\S+) is given twice/, '$1 est donné deux fois'],
  [/^unexpected text "([^"]*)"/, 'texte inattendu « $1 »'],
  [/^unclosed quote: /, 'guillemet non fermé : '],
  [/ — did you mean "([^"]*)"\?/, ' — vouliez-vous dire « $1 » ?'],
  [/ Usage: /, ' Usage : '],
  [/ — usage: /, ' — usage : '],
];

/** `message` in the reader's language: French when `locale` is fr, else as it is. */
export function commandErrorIn(message: string, locale: Language): string {
  if (locale !== 'fr') return message;
  return COMMAND_ERRORS_FR.reduce(
    (text, [pattern, french]) => text.replace(pattern, french),
    message,
  );
}
