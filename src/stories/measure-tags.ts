/**
 * Violence a headline names only as the reason of a measure ("Niger suspends BBC for false
 * reporting on extremist attack", "plainte contre RFI pour incitation au massacre"): the
 * measure is the report's topic, against a third party, and the attack it cites is the
 * ground, not what the report is about. Arc linking then does not take the attack's tag for a
 * topic shared with the attack's own arc; a measure told with its place ("couvre-feu à Kayes
 * après les attaques") keeps it, as its place ties it to the attack.
 */
import { readHeadline } from './action-frame.js';
import { ACTION_CONCEPTS } from './action-lexicon.js';

/** Event tags of armed violence (as link-arcs.ts counts them). */
const VIOLENCE = new Set(['attack', 'clash', 'gunfire', 'battle']);

/** The violence tags of `headlineTags` that the headline gives only as a measure's reason. */
export function reasonTags(
  title: string,
  headlineTags: readonly string[],
  placed: boolean,
): string[] {
  if (placed) return [];
  const { frame } = readHeadline(title, '');
  const measure =
    frame.heads.length === 0 &&
    frame.acts.length > 0 &&
    frame.acts.every(
      (act) => ACTION_CONCEPTS[act]?.incident !== true && ACTION_CONCEPTS[act]?.alike === undefined,
    );
  return measure ? headlineTags.filter((tag) => VIOLENCE.has(tag)) : [];
}
