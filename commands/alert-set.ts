import type { CommandDefinition } from '../src/core/command.js';
import type { Language } from '../src/core/config-types.js';
import { adminFailureReply, adminReply } from './admin-reply.js';
import { ALERT_ID_OPTION, OTHER_CHANNEL_OPTION, resolveTarget } from './alert-channel.js';
import {
  ALERT_TIMEZONE_OPTION,
  limitsState,
  MAX_OPTION,
  parseLimitArgs,
  QUIET_OPTION,
} from './alert-limits.js';
import { errorReply } from './dispatch-reply.js';
import { locatedLine } from './subscription-elsewhere.js';

const WORDS = {
  en: {
    set: (id: number, query: string) => `Alert #${id} (${query}) changed.`,
    nothing: (id: number) =>
      `alert set ${id}: give quiet:, max: or timezone: — e.g. alert set ${id} quiet:22:00-07:00 max:6/h`,
    notFoundIn: (id: number, channel: string, option: string) =>
      `no alert ${id} in ${channel} — /sahel alert list channel:${option} shows them`,
  },
  fr: {
    set: (id: number, query: string) => `Alerte n° ${id} (${query}) modifiée.`,
    nothing: (id: number) =>
      `alerte modifier ${id} : donnez silence:, max: ou fuseau: — par ex. alerte modifier ${id} silence:22:00-07:00 max:6/h`,
    notFoundIn: (id: number, channel: string, option: string) =>
      `pas d'alerte ${id} dans ${channel} — /sahel alerte liste salon:${option} les montre`,
  },
} as const satisfies Record<Language, unknown>;

/**
 * `/sahel alert set <id> [quiet:22:00-07:00|off] [max:6/h|off] [timezone:Europe/Paris]
 * [channel:#channel]`: quiet hours, a cap and the zone the hours are read in (`off`: the
 * settings' one again) on an alert of this channel (or of the one `channel:` names). Alerts in
 * quiet hours are held and posted as one catch-up post when they end; beyond the cap, the rest
 * are rolled up into one post when the window allows again.
 */
export const alertSetCommand: CommandDefinition = {
  name: 'set',
  nameFr: 'modifier',
  group: 'alert',
  groupFr: 'alerte',
  scope: 'sahel',
  admin: true,
  description: {
    en: "Quiet hours, their zone and a cap for one of this channel's alerts (or channel:'s)",
    fr: 'Heures calmes, leur fuseau et plafond d’une alerte de ce canal (ou de salon:)',
  },
  mainOption: 'id',
  options: [ALERT_ID_OPTION, QUIET_OPTION, MAX_OPTION, ALERT_TIMEZONE_OPTION, OTHER_CHANNEL_OPTION],
  examples: [
    'alert set 3 quiet:22:00-07:00 max:6/h',
    'alert set 3 max:20/d',
    'alert set 3 timezone:Europe/Paris',
    'alert set 3 quiet:off max:off',
  ],
  async handle(args, context) {
    const id = typeof args['id'] === 'number' ? args['id'] : 0;
    const words = WORDS[context.locale];
    const limits = parseLimitArgs(args, context.locale);
    if ('refusal' in limits) return errorReply(limits.refusal);
    if (Object.keys(limits.change).length === 0) return errorReply(words.nothing(id));
    const channel = await resolveTarget(args, context);
    if ('refusal' in channel) return errorReply(channel.refusal);
    const { target } = channel;
    const result = context.ports.admin.setAlertLimits(target.where, id, limits.change);
    if (result.ok) {
      const alert = result.value;
      return adminReply([words.set(alert.id, alert.query), limitsState(alert, context)]);
    }
    if (result.error.code === 'not-found') {
      const located = await locatedLine(context, 'alert', id, target, 'alert set');
      if (located !== null) return errorReply(located);
      if (target.chosen) return errorReply(words.notFoundIn(id, target.label, target.option));
    }
    return adminFailureReply(result.error, context.locale);
  },
};
