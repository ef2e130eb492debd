/**
 * A side's word on its own fight, read from a headline. An actor word after a count and before
 * a word of death ("13 terroristes neutralisés", "Two soldiers killed", "une centaine de
 * terroristes neutralisés") names the dead, not who acted. A headline whose only happening is
 * a count of the attackers' dead, or says they were "neutralised" (the army's own word), tells
 * the army's statement of its result; one in which the attackers say what their attack did
 * tells theirs. Either is that side's claim: a development apart from the attack, as "JNIM
 * claims the attack" is.
 */
import { ACTION_CONCEPTS } from './action-lexicon.js';
import { ACTORS } from './actor-lexicon.js';
import { indexLexicon, patternsAt } from './word-patterns.js';

/** What this module reads of an action frame (see action-frame.ts). */
interface Frame {
  readonly heads: readonly string[];
  readonly acts: readonly string[];
}

const ACTOR_PATTERNS = indexLexicon(ACTORS);
/** The army's enemies: only the army counts their dead, and their word on a fight is a claim. */
const ENEMIES: readonly string[] = ['attackers', 'rebels'];
const CLAIM = 'claim';

/** Words that count what follows them ("80", "two", "une centaine de", "dozens of"). */
const COUNTS = new Set(
  (
    'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen ' +
    'twenty thirty forty fifty hundred hundreds dozens scores several ' +
    'deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize ' +
    'vingt trente quarante cinquante soixante cent centaine centaines dizaine dizaines plusieurs'
  ).split(' '),
);
/** Words between a count and what it counts: "dozens of", "une centaine de". */
const OF = new Set(['of', 'de', 'd']);
/** Words that say the counted were killed. */
const DEATH = /^(?:killed|dead|died|morts?|tues?|tuees?|neutralis\w*|abattus|elimines)$/u;
/** Words that say the count after them was killed ("killed over 80", "neutralise 13"). */
const KILLING = /^(?:kill|kills|killed|killing|tue|tuent|tues|neutralis\w*|abat\w*)$/u;
/** The army's word for the attackers it killed: it tells who counted them. */
const NEUTRALISED = /^neutralis/u;
/** How far after the counted actor a word of death may stand ("80 terroristes ont été tués"). */
const DEATH_SPAN = 3;
/** Verbs of speech that make a side's account of its fight its claim. */
const SPEECH = new Set(
  'say says said announce announces announced dit disent affirme affirment annonce annoncent'.split(
    ' ',
  ),
);

/** True when the actor word at `at` (spanning `length` words) is counted among the dead. */
export function countedDead(words: readonly string[], at: number, length: number): boolean {
  const before = words[at - 1] ?? '';
  const count = isCount(before) ? at - 1 : OF.has(before) && isCount(words[at - 2]) ? at - 2 : -1;
  if (count < 0) return false;
  // "80 terroristes neutralisés", or "killed over 80 jihadists".
  return (
    words.slice(at + length, at + length + DEATH_SPAN).some((w) => DEATH.test(w)) ||
    words.slice(Math.max(0, count - DEATH_SPAN), count).some((w) => KILLING.test(w))
  );
}

function isCount(word: string | undefined): boolean {
  return word !== undefined && (/^\d+$/u.test(word) || COUNTS.has(word));
}

/**
 * The frame and actor of a headline once a side's claim is read into them: the army's count
 * of the attackers' dead gets the head `claim` and the army for actor (unless a speaker is
 * named), the attackers' word on their attack the head `claim`. `words` are the headline's
 * folded words; `speaker` is the actor the headline ends by naming, if any.
 */
export function sideClaim<F extends Frame>(
  frame: F,
  actor: string | undefined,
  speaker: string | undefined,
  words: readonly string[],
): { readonly frame: F; readonly actor: string | undefined } {
  if (countOnly(frame) && enemiesCounted(words)) {
    // The dead are the enemies, so who counted them is the army, unless another is named.
    const counter = actor !== undefined && !ENEMIES.includes(actor) ? actor : 'army';
    return { frame: withClaim(frame), actor: speaker ?? counter };
  }
  // "Mali says it killed over 80 jihadists": only the army counts the attackers' dead.
  const who =
    speaker ?? actor ?? (frame.heads.includes(CLAIM) && enemiesCounted(words) ? 'army' : undefined);
  const speaks =
    who !== undefined &&
    ENEMIES.includes(who) &&
    frame.heads.length === 0 &&
    incidentOnly(frame) &&
    speaksAfter(words, who);
  return { frame: speaks ? withClaim(frame) : frame, actor: who };
}

/** A verb of speech after the actor's name ("Al Qaeda affiliate says …", not "Niger says jihadists …"). */
function speaksAfter(words: readonly string[], actor: string): boolean {
  const named = words.findIndex((_, i) =>
    patternsAt(words, i, ACTOR_PATTERNS).some((p) => p.concept === actor),
  );
  return words.some((w, i) => i > named && SPEECH.has(w));
}

function withClaim<F extends Frame>(frame: F): F {
  return { ...frame, heads: [...new Set([...frame.heads, CLAIM])].sort() };
}

/** A frame whose only happening is a count of the dead: a headline with the attack leads with it. */
function countOnly(frame: Frame): boolean {
  return frame.acts.length === 1 && frame.acts[0] === 'toll';
}

function incidentOnly(frame: Frame): boolean {
  return frame.acts.length > 0 && frame.acts.every((act) => ACTION_CONCEPTS[act]?.incident);
}

/**
 * True when the headline's dead are the army's enemies: the first actor it counts among the
 * dead is the attackers or the rebels, or it names no other dead and says they were neutralised.
 */
function enemiesCounted(words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i += 1) {
    const [pattern] = patternsAt(words, i, ACTOR_PATTERNS);
    if (pattern === undefined || !countedDead(words, i, pattern.words.length)) continue;
    return ENEMIES.includes(pattern.concept);
  }
  return words.some((w) => NEUTRALISED.test(w));
}
