import {
  formatQuietHours,
  isOffWord,
  parseAlertCap,
  parseQuietHours,
  type AlertLimitsChange,
} from '../src/core/alert-limits.js';
import type { CommandArgs, CommandContext, CommandOption } from '../src/core/command.js';
import type { Language } from '../src/core/config-types.js';
import type { AlertSubscription } from '../src/core/delivery-ports.js';
import { optionNameIn } from './local-names.js';

/** `quiet:22:00-07:00` on `alert add` and `alert set`. */
export const QUIET_OPTION: CommandOption = {
  name: 'quiet',
  nameFr: 'silence',
  type: 'string',
  required: false,
  description: {
    en: 'Hold alerts in these hours, then post them as one: 22:00-07:00 (in timezone:), or off',
    fr: 'Retenir les alertes à ces heures, puis les publier en une : 22:00-07:00 (selon fuseau:), ou off',
  },
};

/** `timezone:Europe/Paris` on `alert add` and `alert set`: where quiet hours are read. */
export const ALERT_TIMEZONE_OPTION: CommandOption = {
  name: 'timezone',
  nameFr: 'fuseau',
  type: 'string',
  required: false,
  description: {
    en: 'IANA time zone of the quiet hours, e.g. Africa/Niamey, or off for the settings one',
    fr: 'Fuseau IANA des heures calmes, par exemple Africa/Niamey, ou off pour celui des réglages',
  },
};

/** `max:6/h` on `alert add` and `alert set`. */
export const MAX_OPTION: CommandOption = {
  name: 'max',
  type: 'string',
  required: false,
  description: {
    en: 'At most this many alert posts, the rest rolled up into one: 6/h, 20/d, or off',
    fr: 'Au plus ce nombre d’alertes, les autres regroupées en une : 6/h, 20/j, ou off',
  },
};

const WORDS = {
  en: {
    badQuiet: (option: string, value: string) =>
      `${option}: "${value}" is not a time range — e.g. ${option}:22:00-07:00 (or ${option}:off)`,
    badMax: (option: string, value: string) =>
      `${option}: "${value}" is not a cap — e.g. ${option}:6/h or ${option}:20/d (or ${option}:off)`,
    quiet: (range: string, zone: string) => `quiet ${range} (${zone})`,
    cap: (max: number, per: 'hour' | 'day') =>
      `at most ${max} alert ${max === 1 ? 'post' : 'posts'} per ${per}`,
    held: (n: number) => `${n} held now`,
    zone: (zone: string) => `times in ${zone}`,
    confirm: (notes: string) => `${notes} — held alerts come later as one post.`,
    none: 'No quiet hours, no cap.',
  },
  fr: {
    badQuiet: (option: string, value: string) =>
      `${option} : « ${value} » n’est pas une plage horaire — par ex. ${option}:22:00-07:00 (ou ${option}:off)`,
    badMax: (option: string, value: string) =>
      `${option} : « ${value} » n’est pas un plafond — par ex. ${option}:6/h ou ${option}:20/j (ou ${option}:off)`,
    quiet: (range: string, zone: string) => `heures calmes ${range} (${zone})`,
    cap: (max: number, per: 'hour' | 'day') =>
      `au plus ${max} ${max === 1 ? 'alerte' : 'alertes'} par ${per === 'hour' ? 'heure' : 'jour'}`,
    held: (n: number) => `${n} en attente`,
    zone: (zone: string) => `heures de ${zone}`,
    confirm: (notes: string) =>
      `${notes} — les alertes retenues arrivent ensuite en un seul message.`,
    none: 'Ni heures calmes, ni plafond.',
  },
} as const satisfies Record<Language, unknown>;

/**
 * The `quiet:`, `max:` and `timezone:` options of a command as a change (absent options are left
 * out), or a one-line refusal naming the option as the reader typed it, with an example. The
 * zone is checked by the admin port, as a digest's is.
 */
export function parseLimitArgs(
  args: CommandArgs,
  locale: Language,
): { readonly change: AlertLimitsChange } | { readonly refusal: string } {
  const words = WORDS[locale];
  const quietText = typeof args['quiet'] === 'string' ? args['quiet'].trim() : '';
  const maxText = typeof args['max'] === 'string' ? args['max'].trim() : '';
  const zone = typeof args['timezone'] === 'string' ? args['timezone'].trim() : '';
  const quiet = quietText === '' ? undefined : parseQuietHours(quietText);
  if (quietText !== '' && quiet === undefined)
    return { refusal: words.badQuiet(optionNameIn(QUIET_OPTION, locale), quietText) };
  const cap = maxText === '' ? undefined : parseAlertCap(maxText);
  if (maxText !== '' && cap === undefined)
    return { refusal: words.badMax(optionNameIn(MAX_OPTION, locale), maxText) };
  return {
    change: {
      ...(quietText === '' ? {} : { quiet: quiet ?? null }),
      ...(maxText === '' ? {} : { cap: cap ?? null }),
      ...(zone === '' ? {} : { timezone: isOffWord(zone) ? null : zone }),
    },
  };
}

/**
 * `quiet 22:00–07:00 (Africa/Bamako)`, `at most 6 per hour`, `2 held now`: what is set. The zone
 * is the alert's own, else the settings'; an alert's own zone with no quiet hours is named alone.
 */
export function limitNotes(
  alert: AlertSubscription,
  held: number,
  context: {
    readonly locale: Language;
    readonly config: { readonly settings: { readonly timezone: string } };
  },
): string[] {
  const words = WORDS[context.locale];
  const zone = alert.timezone ?? context.config.settings.timezone;
  return [
    ...(alert.quiet === undefined ? [] : [words.quiet(formatQuietHours(alert.quiet, '–'), zone)]),
    ...(alert.quiet === undefined && alert.timezone !== undefined ? [words.zone(zone)] : []),
    ...(alert.cap === undefined ? [] : [words.cap(alert.cap.max, alert.cap.per)]),
    ...(held === 0 ? [] : [words.held(held)]),
  ];
}

/** The line `alert add` and `alert set` confirm the limits with, or null when there are none. */
export function limitsLine(
  alert: AlertSubscription,
  context: Pick<CommandContext, 'locale' | 'config'>,
): string | null {
  const notes = limitNotes(alert, 0, context);
  if (notes.length === 0) return null;
  const text = notes.join(', ');
  return WORDS[context.locale].confirm(`${text.charAt(0).toUpperCase()}${text.slice(1)}`);
}

/** `limitsLine`, or a line saying there are none (for `alert set … quiet:off max:off`). */
export function limitsState(
  alert: AlertSubscription,
  context: Pick<CommandContext, 'locale' | 'config'>,
): string {
  return limitsLine(alert, context) ?? WORDS[context.locale].none;
}
