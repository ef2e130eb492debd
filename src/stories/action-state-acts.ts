import type { ActionConcept } from './action-lexicon.js';

/**
 * A state's acts on people and firms in the action lexicon (see action-lexicon.ts): arrests, charges,
 * releases, trials, arrest warrants, nationalisations, agreements signed, appointments,
 * expulsions, bans and their lifting, handovers, talks and goods seized, in English and
 * French, folded. Without them a headline such as "Mali arrests four employees" or "Le Mali
 * libère trois cadres" names no action, so an arrest and the release that ends it could only
 * be told apart by their words.
 */
export const STATE_ACTS: Readonly<Record<string, ActionConcept>> = {
  arrest: {
    head: false,
    // Escapees caught are a recapture: "la majorité des évadés appréhendés" is no escape.
    undoes: ['escape'],
    // The arrest itself, not the warrant for it (`warrant`): "arrest warrant" names no arrest.
    // "Détenu" is left out: "les mines détenues par Orano" are owned, not held.
    words: [
      'arrests',
      'arrested',
      'arresting',
      'arrest of',
      'under arrest',
      'detain',
      'detains',
      'detained',
      'detaining',
      'apprehend*',
      'recaptur*',
      'escapee* caught',
      'fugitive* caught',
      // Prisoners "captured" are taken back; a town or a base captured is no arrest.
      'escapee* captured',
      'fugitive* captured',
      'inmates captured',
      'prisoners captured',
      'detenus captur*',
      'evades captur*',
      'fugitifs captur*',
      'in custody',
      'into custody',
      'arrestation*',
      'arrete',
      'arretes',
      'arretee',
      'arretees',
      'arretent',
      'interpell*',
      'garde a vue',
    ],
  },
  release: {
    head: false,
    undoes: ['arrest', 'charge'],
    // People set free; a report, a video or a statement "released" is no release (see IDIOMS).
    words: [
      'released',
      'releases',
      'releasing',
      'release of',
      'frees',
      'freed',
      'freeing',
      'set free',
      'sets free',
      'libere',
      'liberes',
      'liberee',
      'liberees',
      'liberent',
      'liberer',
      'relache*',
      'liberation des',
      'liberation conditionnelle',
      'liberation provisoire',
      'liberation immediate',
      'levee d ecrou',
      'grant* freedom',
      'grant* * freedom',
      'remis en liberte',
      'remise en liberte',
      'remis* en liberte',
      'mise en liberte',
      'liberte provisoire',
    ],
  },
  charge: {
    head: false,
    // Charged and jailed pending trial ("dix opposants déposés en prison", "placés en détention
    // provisoire", "remands"): the same day as the arrest, one happening told from the court's
    // side; days later, past the development window, a development of its own.
    alike: ['arrest'],
    words: [
      'charged',
      'inculp*',
      'indict*',
      'mandat de depot',
      'mandats de depot',
      'sous mandat de depot',
      'jailed',
      'emprisonn*',
      'imprison*',
      'incarcer*',
      'ecroue*',
      'depose* en prison',
      'placed in detention',
      'place* en detention',
      'detention provisoire',
      'remand*',
    ],
  },
  trial: {
    head: false,
    // A trial opening or held; the people it tries were arrested before ("Trial Begins for
    // Three Nigerians Arrested in Sèmè-Kpodji" is the trial, read first).
    words: ['trial', 'trials', 'proces', 'comparai*', 'comparu*'],
  },
  warrant: {
    head: false,
    words: ['warrant', 'warrants', 'mandat d arret', 'mandats d arret', 'mandat d amener'],
  },
  nationalise: {
    head: false,
    words: ['nationalis*', 'nationaliz*', 'expropri*'],
  },
  sign: {
    head: false,
    // An agreement signed or concluded; "signs into law" is a law enacted (`enact`, read first).
    words: [
      'sign',
      'signs',
      'signed',
      'signing',
      'signe',
      'signes',
      'signee',
      'signees',
      'signent',
      'signature',
      'conclu* un accord',
      'trouve* un accord',
      'accord conclu',
    ],
  },
  appoint: {
    head: false,
    words: [
      'appoint*',
      'named',
      'elected',
      'elects',
      'sworn in',
      'swears in',
      'inaugurat*',
      'nomme',
      'nommee',
      'nommes',
      'nomination',
      'designe',
      'designee',
      'designes',
      'elu',
      'elue',
      'elus',
      'investi',
      'investie',
      'prete serment',
    ],
  },
  expel: {
    head: false,
    words: ['expel*', 'expuls*', 'persona non grata', 'ordered out', 'deport*'],
  },
  ban: {
    head: false,
    // A ban, a blockade of goods or an embargo imposed (a curfew is `restrict`, read first). A
    // ban on flights is the airspace closed, a ban on a broadcaster its suspension.
    alike: ['close', 'suspend', 'restrict'],
    words: [
      'ban',
      'bans',
      'banned',
      'banning',
      'block',
      'blocks',
      'blocked',
      'blocking',
      'bloque',
      'bloquent',
      'bloquee',
      'interdit',
      'interdisent',
      'interdiction*',
      'embargo*',
      'prohibit*',
    ],
  },
  lift: {
    head: false,
    // A ban, a suspension or sanctions lifted: the measure's undoing, another development.
    undoes: ['ban', 'suspend', 'restrict', 'close'],
    words: ['lift', 'lifts', 'lifted', 'lifting', 'leve', 'levent', 'levee', 'ease*', 'allege*'],
  },
  handover: {
    head: false,
    // A base handed over is the departure of the troops that held it.
    alike: ['leave'],
    words: [
      'hand* over',
      'handover',
      'remet',
      'remettent',
      'remis a',
      'retrocession',
      'retrocede*',
    ],
  },
  talk: {
    head: false,
    // Leaders or envoys talking: a call, a meeting or talks between them.
    words: [
      'talk',
      'talks',
      'discuss*',
      'meet',
      'meets',
      'met with',
      'phone call',
      'telephone call',
      'entretien*',
      's entretient',
      's entretiennent',
      'se sont entretenus',
      'discute*',
      'rencontre',
      'rencontrent',
    ],
  },
  confiscate: {
    head: false,
    // Goods or property seized ("seize power" is a coup, `seize`, read first).
    words: ['seizure*', 'seizes', 'seized', 'saisie', 'saisies', 'confisq*', 'confiscat*'],
  },
};
