import type { NodePath } from '../config-issue.js';
import { configWarnings } from './facts-french.js';

/** What the French check reads of a timeline event, parsed or loaded. */
interface EventFrench {
  readonly date: string;
  readonly title: string;
  readonly titleFr?: string | undefined;
  readonly textFr?: string | undefined;
}

/**
 * What of each timeline event French readers would get in English, one entry per event, placed
 * at the first field without French: `title` without `titleFr`, `text` without `textFr`. Unlike
 * a fact card's title, an event's title is a sentence (`Army and Wagner take Kidal`), so a
 * missing `titleFr` counts too.
 */
export function missingTimelineFrench(
  events: readonly EventFrench[],
): { readonly path: NodePath; readonly message: string }[] {
  return events.flatMap((event, index) => {
    const missing = (['title', 'text'] as const).filter((f) => event[`${f}Fr`] === undefined);
    const [first] = missing;
    if (first === undefined) return [];
    const fields = missing.map((f) => `${f}Fr`).join(' or ');
    return [
      {
        path: ['events', index, first],
        message: `event ${event.date} "${event.title}" has no ${fields}; French readers get the English`,
      },
    ];
  });
}

/**
 * The warnings of {@link missingTimelineFrench} for the timeline file in `dir`, one line each
 * with where it is (`config/timeline.yaml:7:5 events[0].text: event 1960-06-20 "…" has no textFr; …`).
 */
export function missingTimelineFrenchWarnings(
  dir: string,
  events: readonly EventFrench[],
): string[] {
  return configWarnings(dir, 'timeline.yaml', missingTimelineFrench(events));
}
