import type { Language } from '../src/core/config-types.js';

/**
 * Why a subscription was paused is stored as the platform wrote it, in English (`the bot may
 * not post in Discord channel 123 (Missing Access, 50001)`); a French reader gets it in French,
 * the platform's own error name and code kept as they are, since admins search for them. A
 * reason not listed here stays as stored.
 */
const REASONS_FR: readonly (readonly [RegExp, string])[] = [
  [
    /^the bot may not post in Discord channel (\S+)/,
    'le bot ne peut pas publier dans le salon Discord $1',
  ],
  [
    /^Discord channel (\S+) does not exist or the bot cannot see it/,
    'le salon Discord $1 n’existe pas ou le bot ne le voit pas',
  ],
  [
    /^Slack channel (\S+) does not exist or the bot cannot see it/,
    'le canal Slack $1 n’existe pas ou le bot ne le voit pas',
  ],
  [
    /^Slack channel (\S+) does not have the bot as a member \(invite it with (.+?)\)/,
    'le canal Slack $1 n’a pas le bot parmi ses membres (invitez-le avec $2)',
  ],
  [/^Slack channel (\S+) is archived/, 'le canal Slack $1 est archivé'],
];

/** A stored pause reason in the reader's language. */
export function pauseReasonIn(reason: string, locale: Language): string {
  if (locale !== 'fr') return reason;
  return REASONS_FR.reduce((text, [pattern, french]) => text.replace(pattern, french), reason);
}
