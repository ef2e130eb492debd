import { formatAlertCap, formatQuietHours, type QuietHours } from '../core/alert-limits.js';
import type { Language } from '../core/config-types.js';
import type { AlertSubscription } from '../core/delivery-ports.js';
import type { ListEntry, Message } from '../core/message.js';
import type { Story } from '../core/story.js';

/** Quiet hours alerts were held under, and the alert's own zone they were read in. */
export interface HeldUnder {
  readonly hours: QuietHours;
  /** Absent: settings.yaml's zone, which the post does not name. */
  readonly timezone?: string;
}

/** What one catch-up post of held alerts shows. */
export interface HeldAlertsInput {
  readonly subscription: AlertSubscription;
  /** The held stories still to tell, oldest held first. */
  readonly stories: readonly Story[];
  /** `quiet` when any was held in quiet hours: the post says so; else they were over the cap. */
  readonly reason: 'quiet' | 'cap';
  /**
   * The quiet hours the alerts were held under, each with the alert's own zone they were read
   * in (absent: settings.yaml's), as kept with them; absent or empty (alerts held before the
   * ranges were kept): the subscription's quiet hours and zone now.
   */
  readonly quiet?: readonly HeldUnder[];
  readonly locale: Language;
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const WORDS = {
  en: {
    quiet: (range: string | null, n: number) =>
      `While quiet${range === null ? '' : ` (${range})`}: ${count(n, 'alert', 'alerts')}`,
    cap: (n: number, cap: string | null) =>
      `${n} more ${n === 1 ? 'alert' : 'alerts'}${cap === null ? '' : ` (cap ${cap})`}`,
    matches: (id: number, query: string) => `Alert #${id} matched: ${query}`,
  },
  fr: {
    quiet: (range: string | null, n: number) =>
      `Pendant les heures calmes${range === null ? '' : ` (${range})`} : ${count(n, 'alerte', 'alertes')}`,
    cap: (n: number, cap: string | null) =>
      `${n} ${n === 1 ? 'alerte' : 'alertes'} de plus${cap === null ? '' : ` (plafond ${cap})`}`,
    matches: (id: number, query: string) => `L'alerte n° ${id} a trouvé : ${query}`,
  },
} as const satisfies Record<Language, unknown>;

/**
 * One post for the alerts a subscription held: `While quiet (22:00–07:00): 5 alerts` (the hours
 * they were held under, even if changed since; each followed by the alert's own time zone they
 * were read in, when it set one: `22:00–07:00 Europe/Paris`) or
 * `5 more alerts (cap 6/h)`, then each story with its link and outlets. Titles are feed text,
 * carried as plain list text that renderers escape.
 */
export function buildHeldAlerts(input: HeldAlertsInput): Message {
  const words = WORDS[input.locale];
  const { subscription: s, stories } = input;
  const kept = input.quiet ?? [];
  const now: HeldUnder[] =
    s.quiet === undefined
      ? []
      : [{ hours: s.quiet, ...(s.timezone === undefined ? {} : { timezone: s.timezone }) }];
  const ranges = kept.length > 0 ? kept : now;
  const range = ranges.length === 0 ? null : rangesText(ranges);
  const heading =
    input.reason === 'quiet'
      ? words.quiet(range, stories.length)
      : words.cap(stories.length, s.cap === undefined ? null : formatAlertCap(s.cap));
  const subtitle = words.matches(s.id, s.query);
  const entries: ListEntry[] = stories.map((story) => {
    const outlets = [...new Set(story.sources.map((source) => source.outlet))].join(', ');
    return {
      text: story.title,
      ...(story.url === null ? {} : { url: story.url }),
      ...(outlets === '' ? {} : { detail: outlets }),
    };
  });
  const lines = entries.map(
    (e) =>
      `- ${e.text}${e.detail === undefined ? '' : ` (${e.detail})`}${e.url === undefined ? '' : ` ${e.url}`}`,
  );
  return {
    blocks: [
      { type: 'heading', text: heading, subtitle },
      { type: 'list', entries },
    ],
    fallback: [heading, subtitle, ...lines].join('\n'),
  };
}

/**
 * `22:00–07:00, 23:00–06:00 Europe/Paris`: the ranges, with the zone once when they share it,
 * else each range with its own (`22:00–07:00 Europe/Paris, 23:00–06:00`).
 */
function rangesText(ranges: readonly HeldUnder[]): string {
  const hours = (r: HeldUnder): string => formatQuietHours(r.hours, '–');
  const withZone = (text: string, zone: string | undefined): string =>
    zone === undefined ? text : `${text} ${zone}`;
  const zones = new Set(ranges.map((r) => r.timezone));
  if (zones.size === 1) return withZone(ranges.map(hours).join(', '), ranges[0]?.timezone);
  return ranges.map((r) => withZone(hours(r), r.timezone)).join(', ');
}
