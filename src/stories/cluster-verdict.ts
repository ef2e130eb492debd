/**
 * What clustering concluded about one item and one open story, and the one-line reason given
 * for it in logs and `--explain`.
 */
import type { FrameVerdict } from './frame-compare.js';

/** The verdict on one candidate story: whether the item joins it, how well, and by which rule. */
export interface Verdict {
  readonly joins: boolean;
  readonly score: number;
  readonly rule:
    | 'same-action'
    | 'near-duplicate'
    | 'event'
    | 'names'
    | 'shared-name'
    | 'same-subject'
    | 'same-actor'
    | 'same-wave'
    | 'different-action'
    | 'different-actor'
    | 'different-place'
    | 'revised-toll'
    | 'outside-window';
  readonly frames: FrameVerdict;
  readonly text: number;
  readonly tag: boolean;
  readonly placed: boolean;
  readonly entities: number;
  /** The item names the day of its happening, and one of the story's reports names it too. */
  readonly sameDay: boolean;
  /** The distinctive names the names rule, or the shared-name rule, joined on. */
  readonly names?: readonly string[];
}

/** The one-line reason of a verdict, built only for the candidate that is reported. */
export function explain(verdict: Verdict): string {
  if (verdict.rule === 'near-duplicate') return `near-duplicate text (${round(verdict.text)})`;
  const facts =
    `tag ${verdict.tag ? 'shared' : 'differs'}, place ${verdict.placed ? 'shared' : 'differs'}, ` +
    `entities ${round(verdict.entities)}, text ${round(verdict.text)}, action ${verdict.frames}`;
  switch (verdict.rule) {
    case 'same-action':
      return `same action and actors (${facts})`;
    case 'different-action':
      return `different action (${facts})`;
    case 'different-actor':
      return `another actor's development (${facts})`;
    case 'different-place':
      return `another place (${facts})`;
    case 'revised-toll':
      return `a new count of the dead (${facts})`;
    case 'same-actor':
      return `same actor, no other action named (${facts})`;
    case 'same-wave':
      return `same wave of attacks (${facts})`;
    case 'outside-window':
      return `outside the event window (${facts})`;
    case 'names':
      return `same event by name (${(verdict.names ?? []).join(', ')}): ${facts}`;
    case 'shared-name':
      return `same development by a shared name (${(verdict.names ?? []).join(', ')}): ${facts}`;
    case 'same-subject':
      return `same subject, no action named (${facts})`;
    case 'event':
      return `${verdict.joins ? 'same event' : 'different event'}: ${facts}`;
  }
}

export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
