import { formatAlertCap, formatQuietHours, type QuietHours } from '../core/alert-limits.js';
import type { Language } from '../core/config-types.js';
import type { AlertSubscription } from '../core/delivery-ports.js';
import type { ListEntry, Message } from '../core/message.js';
import type { Story } from '../core/story.js';

/** What one catch-up post of held alerts shows. */
export interface HeldAlertsInput {
  readonly subscription: AlertSubscription;
  /** The held stories still to tell, oldest held first. */
  readonly stories: readonly Story[];
  /** `quiet` when any was held in quiet hours: the post says so; else they were over the cap. */
  readonly reason: 'quiet' | 'cap';
  /**
   * The quiet hours the alerts were held under, as kept with them; absent or empty (alerts
   * held before the ranges were kept): the subscription's quiet hours now.
   */
  readonly quiet?: readonly QuietHours[];
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
 * they were held under, even if changed since; followed by the alert's own time zone when it
 * sets one: `22:00–07:00 Europe/Paris`) or
 * `5 more alerts (cap 6/h)`, then each story with its link and outlets. Titles are feed text,
 * carried as plain list text that renderers escape.
 */
export function buildHeldAlerts(input: HeldAlertsInput): Message {
  const words = WORDS[input.locale];
  const { subscription: s, stories } = input;
  const kept = input.quiet ?? [];
  const ranges = kept.length > 0 ? kept : s.quiet === undefined ? [] : [s.quiet];
  const hours = ranges.map((q) => formatQuietHours(q, '–')).join(', ');
  const range =
    ranges.length === 0 ? null : s.timezone === undefined ? hours : `${hours} ${s.timezone}`;
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
