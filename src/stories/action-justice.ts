import type { ActionConcept } from './action-lexicon.js';

/**
 * Steps of law and diplomacy in the action lexicon (see action-lexicon.ts): a complaint or a
 * lawsuit, an inquiry opened, a sentence, relations broken off, a law enacted, a term granted,
 * ambassadors recalled, a drone shot down, a measure taken in return and a denial, in English
 * and French, folded. Their words would otherwise be read as something else ("le Niger attaque
 * RFI en justice" is no armed attack) or not at all ("porte plainte contre RFI").
 */
export const JUSTICE: Readonly<Record<string, ActionConcept>> = {
  sue: {
    head: false,
    // A complaint or a case brought before a court: "porte plainte contre", "attaque RFI en
    // justice", "saisit la Cour internationale de Justice", "files case against".
    words: [
      'recoit une plainte',
      'recoit la plainte',
      'receives * complaint',
      'received * complaint',
      'seek* arbitration',
      'arbitration request*',
      'file* for arbitration',
      'demande d arbitrage',
      'saisi* le cirdi',
      'saisi* le centre international',
      'saisi* le tribunal',
      'plainte*',
      'en justice',
      'attaqu* en justice',
      'attaqu* * en justice',
      'attaqu* * * en justice',
      'saisi* la cour',
      'saisi* * la cour',
      'saisi* la justice',
      'saisi* la cij',
      'sue',
      'sues',
      'sued',
      'suing',
      'lawsuit*',
      'file* * complaint',
      'file* complaint',
      'file* * case',
      'file* case',
      'lodge* * complaint',
      'lodge* complaint',
      'take* * to court',
      'took * to court',
    ],
  },
  sentence: {
    head: false,
    // A court's sentence, not a condemnation ("condamné à cinq ans de prison").
    words: ['sentenced', 'sentences', 'condamne a', 'condamnee a', 'condamnes a', 'condamnees a'],
  },
  investigate: {
    head: false,
    // An inquiry opened by a prosecutor or a court: the phrase, not the bare noun, which also
    // names a newsroom's own investigation.
    words: [
      'enquete ouverte',
      'ouvre une enquete',
      'ouvrent une enquete',
      'ouvert une enquete',
      'ouverture d une enquete',
      'information judiciaire',
      'open* an investigation',
      'open* investigation',
      'open* a probe',
      'open* probe',
      'launch* an investigation',
      'launch* investigation',
      'launch* a probe',
      'launch* probe',
      'investigation launched',
      'investigation opened',
      'probe launched',
      'probe opened',
    ],
  },
  recall: {
    head: false,
    // Ambassadors called home: "rappelle ses ambassadeurs", "recalls ambassador".
    words: [
      'rappel* ambassadeur*',
      'rappel* * ambassadeur*',
      'rappel* * * ambassadeur*',
      'rappel* * * * ambassadeur*',
      'rappel* * * * * ambassadeur*',
      'rappel des ambassadeurs',
      'recall* ambassador*',
      'recall* * ambassador*',
      'recall* * * ambassador*',
    ],
  },
  down: {
    head: false,
    incident: true,
    // An aircraft or a drone shot down or destroyed in flight: "l'Algérie abat un drone",
    // "downing of a Malian drone", "destruction d'un drone".
    words: [
      'shoot* down',
      'shot down',
      'shoots * down',
      'shot * down',
      'downed',
      'downing',
      'downs',
      'abat un',
      'abattent un',
      'abattu un',
      'abattre un',
      'avoir abattu',
      'drone abattu',
      'drone malien abattu',
      'destruction d un drone',
      'destruction du drone',
      'drone detruit',
    ],
  },
  sever: {
    head: false,
    // Breaking off relations with a state: "rompt ses relations", "cuts ties", "severance".
    words: [
      'scrap*',
      'revok*',
      'revoqu*',
      'abrog*',
      'denonce* l accord*',
      'cancel* * agreement*',
      'cancel* * * agreement*',
      'cancel* * cooperation',
      'cancel* * * cooperation',
      'annul* * accord*',
      'terminat* * agreement*',
      'terminat* * * agreement*',
      'break* * * agreement*',
      'breaks military agreement',
      'fin de la cooperation',
      'met fin a la cooperation',
      'ends * * cooperation',
      'end* military cooperation',
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
  enact: {
    head: false,
    // A law signed or promulgated: "promulgue la loi", "signs law granting himself…".
    words: ['promulg*', 'signs law', 'signed law', 'signs into law', 'signed into law'],
  },
  grant: {
    head: false,
    // A power or a term conferred, told by its outcome: "military chief granted a five-year
    // term", "un mandat accordé par le CNT". A law "granting" it is the law's enactment.
    words: [
      'granted',
      'accorde',
      'accordee',
      'accordes',
      'accordees',
      'octroye*',
    ],
  },
  reciprocate: {
    head: true,
    // A measure taken in return for the other side's ("ferme son espace aérien en guise de
    // réciprocité", "rappelle à son tour ses ambassadeurs", "in retaliation") is that side's
    // answer: another development than the measure it answers, though worded alike.
    words: [
      'reciprocit*',
      'a son tour',
      'a leur tour',
      'in retaliation',
      'retaliat*',
      'represaille*',
      'in kind',
      'tit for tat',
    ],
  },
  deny: {
    head: true,
    // A denial or a rejection is a statement of its own, not the thing denied negated: "le
    // gouvernement dément les allégations", "Algeria rejects Mali's complaint".
    words: [
      'deny',
      'denies',
      'denied',
      'denial',
      'dement',
      'dementent',
      'dementi*',
      'reject',
      'rejects',
      'rejected',
      'rejette',
      'rejettent',
      'rejet',
    ],
  },
};
