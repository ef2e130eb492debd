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
}

export const ACTION_CONCEPTS: Readonly<Record<string, ActionConcept>> = {
  leave: {
    head: false,
    words: [
      'leave',
      'leaves',
      'leaving',
      'quit',
      'quits',
      'quitting',
      'exit*',
      'withdraw*',
      'depart',
      'departs',
      'departed',
      'departing',
      'departure*',
      'pull out',
      'pulls out',
      'break away',
      'breaks away',
      'quitter',
      'quitte',
      'quittent',
      'retrait*',
      'retire*',
      'se retirent',
      'sortie',
      'evacu*',
    ],
  },
  close: {
    head: false,
    words: [
      'close',
      'closes',
      'closed',
      'closure*',
      'shut*',
      'fermeture*',
      'ferme',
      'fermes',
      'ferment',
      'fermer',
    ],
  },
  restrict: {
    head: false,
    // A curfew or a state of emergency after attacks is the authorities' measure, a
    // development of its own however alike the report's words are to the attack's.
    words: [
      'curfew*',
      'couvre feu*',
      'state of emergency',
      'etat d urgence',
      'interdiction de circulation',
      'interdiction de la circulation',
    ],
  },
  supply: {
    head: false,
    words: ['deliver*', 'supply', 'supplies', 'livr*', 'ravitaill*', 'approvisionn*', 'secours'],
  },
  arrive: {
    head: false,
    words: ['arrive*', 'arrival', 'reach', 'reaches', 'reached', 'arrivee', 'recoit', 'parvient'],
  },
  attack: {
    head: false,
    recurs: true,
    incident: true,
    words: [
      'attack*',
      'assault*',
      'ambush*',
      'raid',
      'raids',
      'attaque',
      'attaques',
      'attaquee*',
      'attaquent',
      'attaquer',
      'assaut*',
      'embuscade*',
      'attentat*',
      'strike',
      'strikes',
      'frappe',
      'frappent',
      // Shells fired at a place and a place "targeted by" attackers are attacks; gunfire heard
      // is not (it tells only that something happened).
      'obus',
      'shelling',
      'shelled',
      'pris pour cible',
      'prise pour cible',
      'pris* pour cible',
      'cible par',
      'ciblee par',
      'cibles par',
      'ciblees par',
      'targeted by',
      'incursion*',
      // Fighting between two sides is the happening too, whoever started it.
      'clash',
      'clashes',
      'clashed',
      'affrontement*',
      'accrochage*',
      'battle',
      'battles',
      'battling',
      'fighting',
    ],
  },
  toll: {
    head: false,
    recurs: true,
    incident: true,
    alike: ['attack'],
    words: [
      'toll',
      'death toll',
      'kill',
      'killed',
      'kills',
      'dead',
      'deaths',
      'loss of life',
      'bilan',
      'morts',
      'tues',
      'victimes',
      'pertes en vies humaines',
      'neutralis*',
      'leaves # dead',
      'left # dead',
      'leave # dead',
      'leaves at least',
      'left at least',
      'leaves dozens',
      'left dozens',
      'leaves hundreds',
      'left hundreds',
    ],
  },
  losses: {
    head: false,
    recurs: true,
    incident: true,
    alike: ['attack', 'toll'],
    // A side's heavy losses or defeat, with no count: the fight told from its outcome, not a
    // count of the dead that comes later.
    words: [
      'elimin*',
      'decim*',
      'lourdes pertes',
      'pertes importantes',
      'importantes pertes',
      'heavy losses',
      'casualties',
      'defaite',
      'revers',
      'perd',
      'perdent',
    ],
  },
  kidnap: {
    head: false,
    recurs: true,
    incident: true,
    words: [
      'kidnap*',
      'abduct*',
      'hostage*',
      'enlev*',
      'otage*',
      'disappeared',
      'disparition*',
      'disparu*',
    ],
  },
  seize: {
    head: false,
    words: [
      'coup',
      'putsch*',
      'seize power',
      'seized power',
      'seizes power',
      'overthrow*',
      'renvers*',
      'prise du pouvoir',
      'prend le pouvoir',
    ],
  },
  sentence: {
    head: false,
    // A court's sentence, not a condemnation ("condamné à cinq ans de prison").
    words: ['sentenced', 'sentences', 'condamne a', 'condamnee a', 'condamnes a', 'condamnees a'],
  },
  sever: {
    head: false,
    // Breaking off relations with a state: "rompt ses relations", "cuts ties", "severance".
    words: [
      'sever',
      'severs',
      'severed',
      'severing',
      'severance',
      'rompt',
      'rompent',
      'rompre',
      'rupture*',
      'break off',
      'breaks off',
      'broke off',
      'cut ties',
      'cuts ties',
      'cutting ties',
      'cut * ties',
      'cuts * ties',
      'cutting * ties',
      'broke * relations',
      'diplomatic break',
    ],
  },
  dissolve: {
    head: false,
    words: ['dissolv*', 'dissolution*', 'dissou*'],
  },
  enact: {
    head: false,
    // A law signed or promulgated: "promulgue la loi", "signs law granting himself…".
    words: ['promulg*', 'signs law', 'signed law', 'signs into law', 'signed into law'],
  },
  protest: {
    head: false,
    words: ['protest*', 'proteste*', 'manifestation*', 'manifestant*', 'rally', 'rallies'],
  },
  summon: {
    head: false,
    words: ['summon*', 'convoqu*'],
  },
  visit: {
    head: false,
    words: [
      'visit',
      'visits',
      'visited',
      'visiting',
      'au chevet',
      'rend visite',
      'rendu visite',
      'se rend',
      'se rendent',
    ],
  },
  suspend: {
    head: false,
    words: ['suspend*', 'pause', 'pauses', 'paused', 'halt*', 'freeze*', 'suspens*'],
  },
  resume: {
    head: true,
    // Fighting that resumes hours later is a new episode: "les affrontements ont repris".
    words: [
      'reprise des combats',
      'reprise des affrontements',
      'combats ont repris',
      'affrontements ont repris',
      'combats reprennent',
      'affrontements reprennent',
      'fighting resumed',
      'fighting resumes',
      'clashes resumed',
      'clashes resume',
      'resumed fighting',
      'renewed fighting',
      'renewed clashes',
    ],
  },
  notify: {
    head: true,
    words: ['notif*', 'notice', 'informed', 'formal request', 'demande formelle'],
  },
  urge: {
    head: true,
    words: [
      'urge',
      'urges',
      'urged',
      'urging',
      'warn*',
      'advise',
      'advises',
      'advised',
      'exhort*',
      'appelle',
      'alerte',
      // A recommendation is a call, not the measure it asks for: "political forces propose
      // … dissolution of parties" is not the dissolution.
      'propose',
      'proposes',
      'proposed',
      'proposent',
      'recommend*',
      'recommande*',
      'preconise*',
    ],
  },
  order: {
    head: true,
    words: ['order', 'orders', 'ordered', 'ordonne*'],
  },
  authorise: {
    head: true,
    words: ['authorise*', 'authorize*', 'authorisation*', 'authorization*', 'autoris*'],
  },
  claim: {
    head: true,
    // An actor saying it attacked or killed claims the act ("JNIM says it attacked soldiers").
    words: [
      'claim*',
      'revendiqu*',
      'says it attacked',
      'say they attacked',
      'said it attacked',
      'says it killed',
      'say they killed',
      'said it killed',
      'dit avoir attaque',
      'affirme avoir attaque',
      'dit avoir tue',
      'affirme avoir tue',
      'disent avoir attaque',
      'affirment avoir attaque',
      'disent avoir tue',
      'affirment avoir tue',
      // The army's word for the losses it inflicted is its claim of them.
      'inflig* * pertes',
      'inflig* * * pertes',
      'inflict* * losses',
      'inflict* * casualties',
    ],
  },
  admit: {
    head: true,
    // A side owning up to its losses or failures ("l'état-major déplore des pertes", "PM admits
    // the army failed"): its statement, apart from the happening. Lamenting losses is admitting
    // them, not a condemnation.
    words: [
      'admit',
      'admits',
      'admitted',
      'acknowledg*',
      'reconnait',
      'reconnaissent',
      'concede*',
      'confirm* * pertes',
      'confirm* * morts',
      'confirm* * losses',
      'confirm* * casualties',
      'confirm* deaths',
      'confirm* * deaths',
      'confirm* * killed',
      'deplor* * pertes',
      'deplor* * morts',
      'deplor* * victimes',
      'deplor* * losses',
    ],
  },
  denounce: {
    head: true,
    // Blame and condemnation: "un collectif fustige l'armée", "réclame des comptes à l'armée".
    words: [
      'condemn*',
      'condamn*',
      'denounc*',
      'denonc*',
      'fustig*',
      'slam',
      'slams',
      'slammed',
      'blame*',
      'accus*',
      'critici*',
      'deplor*',
      'reclame des comptes',
      'reclament des comptes',
      'demand accountability',
      'demands accountability',
    ],
  },
  respond: {
    head: true,
    words: [
      'respond*',
      'react*',
      'reagi*',
      'repond*',
      'reaction*',
      'solidaire*',
      'solidarity',
      'solidarite',
      'condolence*',
    ],
  },
};

/** The reaction concept: it agrees with any other statement of the same actors. */
export const REACTION = 'respond';

/** Statements that react to a happening (solidarity, condemnation) rather than command or notify. */
export const REACTIONS: readonly string[] = [REACTION, 'denounce'];

/** Words that flip what a headline says happened ("yet to receive", "ne pas avoir reçu"). */
export const NEGATIONS: readonly string[] = [
  'not',
  'no',
  'never',
  'yet to',
  'deny',
  'denies',
  'denied',
  'ne',
  'pas',
  'jamais',
  'aucun',
  'aucune',
  'dement*',
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
  'menacent de',
  'pourrai*',
  'eventuel*',
];

/** "responded to the blockade by closing schools": what follows `by` is the act itself. */
export const CAUSE_ENDS: readonly string[] = ['by'];
