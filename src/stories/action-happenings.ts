import type { ActionConcept } from './action-lexicon.js';
import { POLITICAL_HAPPENINGS } from './action-politics.js';
import { VIOLENCE } from './action-violence.js';

/**
 * Happenings of the action lexicon (see action-lexicon.ts): what a headline says was done — an
 * exit, a closure, a coup or a plot, a town taken, a dissolution, a protest, a visit — in English
 * and French, folded. Violence (an attack, its dead, a kidnapping) is in action-violence.ts, and
 * political happenings (a dissolution, a dismissal, a protest, a visit) in action-politics.ts.
 */
export const HAPPENINGS: Readonly<Record<string, ActionConcept>> = {
  leave: {
    head: false,
    words: [
      'ends * mission',
      'end* its mission',
      'met fin a sa mission',
      'fin de mission',
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
      'claque* la porte',
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
      // Told as a state, not a bare participle: "la dernière base a été fermée", "la frontière
      // reste fermée"; "la porte n'est pas fermée" is a figure of speech, and reads nothing.
      'a ete fermee',
      'a ete ferme',
      'ont ete fermees',
      'ont ete fermes',
      'est fermee',
      'sont fermees',
      'sont fermes',
      'reste fermee',
      'restent fermees',
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
  // Goods that run out, fuel at the pumps above all ("pénurie d'essence à Niamey", "fuel
  // shortage grips Bamako", "pumps run dry", "longues files d'attente aux stations-service"):
  // read alike in either language.
  shortage: {
    head: false,
    words: [
      'shortage',
      'shortages',
      'penurie*',
      'run* dry',
      'ran dry',
      'rationn*',
      'rationing',
      // The queues at the pumps are how a shortage is told as often as by its name.
      'queue',
      'queues',
      'queued',
      'queuing',
      'files d attente',
      'se fait rare',
      'se font rares',
    ],
  },
  supply: {
    head: false,
    words: ['deliver*', 'supply', 'supplies', 'livr*', 'ravitaill*', 'approvisionn*', 'secours'],
  },
  arrive: {
    head: false,
    words: [
      'arrive*',
      'arrival',
      'reach',
      'reaches',
      'reached',
      'arrivee',
      'recoit',
      'parvient',
      'enter',
      'enters',
      'entered',
      'move into',
      'moves into',
      'moved into',
      'move to',
      'moves to',
      'moved to',
    ],
  },
  // Violence (attack, toll, losses, mourn, kidnap, escape) keeps its place in the reading order.
  ...VIOLENCE,
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
  plot: {
    head: false,
    // A coup attempted or plotted and foiled is not a coup, and its coup is no second happening:
    // "Burkina junta says foiled plot", "tentative de coup d'État déjouée".
    undoes: ['seize'],
    words: [
      'coup attempt*',
      'attempted coup*',
      'coup plot*',
      'failed coup*',
      'foiled coup*',
      'foil* * coup*',
      'dejoue* le coup*',
      'dejoue* un coup*',
      'coup d etat dejoue*',
      'putsch dejoue*',
      'plot',
      'plots',
      'plotting',
      'plotted',
      'plotter*',
      'conspira*',
      'complot*',
      'tentative de coup*',
      'tentatives de coup*',
      'tentative de putsch',
      'tentative presumee de coup*',
      'projet de coup*',
      'tentative de destabilisation',
      'tentatives de destabilisation',
    ],
  },
  takeover: {
    head: false,
    // Fighters taking a town or a camp: the attack that won it told by its outcome, or a later
    // happening of its own when they take a town days after ("jihadists take control of
    // strategic Mali town"); the windows tell which.
    alike: ['attack'],
    words: [
      'take* control',
      'took control',
      'taken control',
      'seize* control',
      'seize* * town',
      'seize* * * town',
      'take* over * town',
      'took over * town',
      'taken over * town',
      'tighten* grip',
      'tighten* * grip',
      'prend* le controle',
      'prennent le controle',
      'pris le controle',
      'prise de controle',
      'sous le controle',
      'sous le joug',
      's empar*',
      'tombe* aux mains',
      'tombe* entre les mains',
    ],
  },
  flee: {
    head: false,
    // People fleeing or displaced: "civilians flee town after jihadist attack", "exode massif
    // des civils".
    words: [
      'flee',
      'flees',
      'fled',
      'fleeing',
      'fuient',
      'fuit',
      'fuir',
      'exode*',
      'exodus',
      'displaced',
      'deplaces',
      'deplacement* de * civils',
      'deplacement* de civils',
      'deplacement* de populations',
    ],
  },
  // Political happenings follow, in the order they are read.
  ...POLITICAL_HAPPENINGS,
};
