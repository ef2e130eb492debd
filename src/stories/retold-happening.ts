/**
 * Whether a story tells again the happening of a story already alerted in its situation: the
 * same act told by other outlets in words the join rules kept apart (a headline that leads with
 * the attackers against one that leads with the soldiers killed, a report a day late). Such a
 * story is more coverage of a development just posted, not a development of its own.
 */
import { actorVerdict, countsLate, revisesToll } from './actor-verdict.js';
import { placesDiffer } from './cluster-stories.js';
import { compareWithStory } from './frame-compare.js';
import { isEmptyFrame } from './frame-scan.js';
import type { StorySignature } from './story-signature.js';

/**
 * True when the story's headline act agrees with the alerted story's headlines, by the same
 * actor or no telling, at no other place, with no new count of the dead (`sinceAlerted`: how
 * long after the alerted story began this one did). A story whose headline names no act, or
 * only what its lead sentence tells, is never taken for another.
 */
export function retellsHappening(
  story: StorySignature,
  alerted: StorySignature,
  sinceAlerted: number,
): boolean {
  const frame = story.frames?.[0];
  if (frame === undefined || frame.fromLead === true || isEmptyFrame(frame)) return false;
  if (compareWithStory(frame, alerted.frames ?? []) !== 'agree') return false;
  if (placesDiffer(story, alerted) || actorVerdict(story, alerted) === 'differ') return false;
  return (
    !revisesToll(story.tolls ?? [], alerted.tolls ?? [], sinceAlerted) &&
    !countsLate(story, alerted, sinceAlerted)
  );
}
