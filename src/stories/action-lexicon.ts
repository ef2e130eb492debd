import { HAPPENINGS } from './action-happenings.js';
import { JUSTICE } from './action-justice.js';
import { STATE_ACTS } from './action-state-acts.js';
import { STATEMENTS } from './action-statements.js';

/**
 * The event-verb lexicon of clustering, as data: what a headline says happened, in English and
 * French, mapped to one concept per happening, so that "quit", "exit", "withdrawal" and
 * "quittent" are one action and a story is one development. Words are folded (no accents, lower
 * case); a trailing `*` matches any ending, a space joins a phrase of consecutive words.
 *
 * `head` concepts are acts of speech or command (notify, urge, order, claim): "X sends formal
 * notice of withdrawal" is a notification, not the withdrawal itself, so a report with a head
 * is a different development from one without. `respond` is a reaction: it agrees with any
 * other statement of the same actors, whatever the statement says.
 */
export interface ActionConcept {
  readonly head: boolean;
  readonly words: readonly string[];
  /** Concepts that tell the same happening from another side ("attack", "seven killed"). */
  readonly alike?: readonly string[];
  /**
   * A happening that recurs in one region from one day to the next (attacks, kidnappings):
   * the same action a day after a story's last report is another one. A closure, an exit or a
   * pledge told again within two days of the first report is the same.
   */
  readonly recurs?: true;
  /**
   * The violent happening itself (an attack, its dead, a kidnapping): its reports lead with
   * the attackers, the army that fought them or the victims alike, so who a headline names
   * first does not part two of them.
   */
  readonly incident?: true;
  /**
   * Measures this act undoes: a headline naming both tells the undoing ("lifts the ban on
   * oil exports" is the ban lifted, not a ban; "frees the detained executives" the release).
   */
  readonly undoes?: readonly string[];
}

/** Every concept, happenings first: the order in which headlines are read against them. */
export const ACTION_CONCEPTS: Readonly<Record<string, ActionConcept>> = {
  ...HAPPENINGS,
  ...JUSTICE,
  ...STATE_ACTS,
  ...STATEMENTS,
};

/** The reaction concept: it agrees with any other statement of the same actors. */
export const REACTION = 'respond';

/** Statements that react to a happening (solidarity, condemnation) rather than command or notify. */
export const REACTIONS: readonly string[] = [REACTION, 'denounce'];

/**
 * Words that flip what a headline says happened ("yet to receive", "ne pas avoir reçu"). A
 * denial is a statement of its own (`deny`, see action-justice.ts), not a negation.
 */
export const NEGATIONS: readonly string[] = [
  'not',
  'no',
  'never',
  'yet to',
  'ne',
  'pas',
  'jamais',
  'aucun',
  'aucune',
];

/** Things taken on that are no place and no people: the objects of a figurative attack. */
const ABSTRACT_TARGETS: readonly string[] = [
  'appel*',
  'haine',
  'discours',
  'propos',
  'probleme*',
  'question*',
  'cause*',
  'corruption',
  'fraude*',
  'chomage',
  'pauvrete',
  'impunite',
  'desinformation',
  'fausses',
  'rumeur*',
  'inflation',
  'cherte',
  'vie chere',
  'racisme',
  'injustice*',
  'insecurite',
  'defi*',
];

/**
 * Set phrases in which a lexicon word tells no act ("taken for granted", "strikes a deal", "on
 * strike"): their words are read past, as if the headline had none of them.
 */
export const IDIOMS: readonly string[] = [
  'for granted',
  'strike a deal',
  'strikes a deal',
  'strike deal',
  'strikes deal',
  'strike* * deal',
  'strike* * * deal',
  'struck * deal',
  'struck a deal',
  'strike a balance',
  'strikes a balance',
  'on strike',
  'general strike',
  'hunger strike',
  // A report, a video or a statement made public is no one set free.
  ...['report', 'video', 'statement', 'figures', 'data', 'footage', 'album'].flatMap((what) => [
    `release* ${what}`,
    `release* a ${what}`,
    `release* its ${what}`,
    `release* * ${what}`,
  ]),
  'press release',
  // Dead "à déplorer" are counted, not condemned: "21 morts à déplorer".
  'a deplorer',
  // Tax evasion is no prison break.
  'evasion fiscale',
  'evasions fiscales',
  // A "coup dur" is a setback, not a coup: "nouveau coup dur pour Paris".
  'coup dur',
  'coups durs',
  // How a junta came to power is background, not the report's happening: "coup leader sworn
  // in", "Tiani, arrivé au pouvoir par un coup d'État en 2023, a été investi".
  'coup leader*',
  'coup installed',
  'coup hit',
  'post coup',
  'came to power in a coup',
  'took power in a coup',
  'seized power in a coup',
  'seized power in july *',
  'since the coup',
  'since the * coup',
  'arrive* au pouvoir *',
  'arrive* au pouvoir par un coup d etat',
  'arrive* au pouvoir par un putsch',
  'arrive* au pouvoir a la suite d un coup d etat',
  'arrive* au pouvoir lors d un coup d etat',
  'depuis le coup d etat',
  'issu* du coup d etat',
  'issu* d un coup d etat',
  'au pouvoir depuis le coup d etat',
  // An attack that "claims 41 soldiers' lives" kills them; no one claims it.
  'claim* * lives',
  'claim* * * lives',
  'claim* * * * lives',
  // A licence to run a business is no authorisation of an act: "retrait de l'autorisation
  // d'exploitation" withdraws the licence.
  'autorisation* d exploitation',
  // Thanks are a reaction; "thanks to China's mediation" is a cause.
  'thanks to',
  // A meeting that ends with a pledge has closed no border: "summit closes with a pledge".
  'closes with',
  'closed with',
  // "S'attaquer à" a problem is to take it on, not an armed attack ("la justice s'attaque aux
  // appels à la haine"); "s'attaquent à un convoi" stays one.
  ...['a', 'aux', 'au', 'a la', 'a l'].flatMap((to) =>
    ABSTRACT_TARGETS.map((noun) => `s attaqu* ${to} ${noun}`),
  ),
];

/**
 * Words after which a clause names the cause or the thing reacted to, not what happened
 * ("urges Americans to leave amid a fuel blockade", "ECOWAS responds to the decision to quit").
 * The clause ends at punctuation or at {@link CAUSE_ENDS}.
 */
export const CAUSE_CUES: readonly string[] = [
  'respond* to',
  'react* to',
  'in response to',
  'over',
  'amid',
  'as',
  'after',
  'following',
  'due to',
  'because of',
  'reagi* a',
  'repond* a',
  'suite a',
  'en reaction a',
  'apres',
  'face a',
  'en raison de',
  'a la suite de',
  // The reason a measure gives: "suspends BBC, accusing it of false news in coverage of
  // attack" suspends; the attack is what the broadcaster reported, the accusation its ground.
  'coverage of',
  'couverture de',
  'couverture des',
  'couverture du',
  'rend compte',
  'rendu compte',
  'rendre compte',
  'covering',
  'reporting on',
  'in report on',
  'in a report on',
  'in its report on',
  // What a complaint or a law names is incited, not done: "plainte pour incitation au
  // massacre", "charged with incitement to violence".
  'incitation*',
  'incitement*',
  'inciting',
  // How long, not what: "suspended until further notice" is no notification.
  'until further notice',
  'jusqu a nouvel ordre',
];

/**
 * Words after which a clause says what may happen, not what did ("weigh leaving the CFA franc",
 * "threatens to close the border"): its actions are not the report's. A plan announced ("Russia
 * plans to deliver fuel") is a happening, so intentions are not among them.
 */
export const MODAL_CUES: readonly string[] = [
  'weigh*',
  'consider',
  'considers',
  'considering',
  'mull*',
  'threaten*',
  'could',
  'may',
  'might',
  'envisag*',
  'menace de',
  // About to act is not yet acting: "s'apprêtent à rompre avec la CPI".
  's appret* a',
  'menacent de',
  'pourrai*',
  'eventuel*',
  // What is called false or an allegation is not told as done: "dément les allégations de
  // massacres", "denounces fake massacre videos".
  'allegation*',
  'fake',
  'false',
  'fausse',
  'fausses',
  'faux',
];

/**
 * Words that give a measure's ground after it ("suspends BBC, accusing it of false news"): like
 * a cause, what follows is not what happened, and the accusation is not a statement of its own.
 */
export const GROUND_CUES: readonly string[] = ['accusing', 'l accusant', 'les accusant'];

/** "responded to the blockade by closing schools": what follows `by` is the act itself. */
export const CAUSE_ENDS: readonly string[] = ['by'];
