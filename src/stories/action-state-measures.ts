import type { ActionConcept } from './action-lexicon.js';

/**
 * A state's measures in the action lexicon, read after its acts on people (see
 * action-state-acts.ts, which spreads them in this order): nationalisations, agreements signed,
 * appointments, governments formed and leaders installed, expulsions, bans and their lifting,
 * handovers, talks and goods seized, in English and French, folded.
 */
export const STATE_MEASURES: Readonly<Record<string, ActionConcept>> = {
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
      'reach* a deal',
      'reach* * deal',
      'reach* an agreement',
      'seal* a deal',
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
      'investiture',
      'proclame president',
      'proclamee presidente',
      'proclame chef de l etat',
      'prete serment',
      'names new',
      'names a new',
      'name new',
      'named new',
    ],
  },
  form: {
    head: false,
    // A government formed or unveiled is its own happening, after the prime minister named
    // ("un nouveau gouvernement de 24 membres dévoilé", "Burkina Faso forms new government").
    words: [
      'form* * government',
      'form* * * government',
      'form* son gouvernement',
      'forme un gouvernement',
      'gouvernement forme',
      'nouveau gouvernement forme',
      'gouvernement * membres devoile',
      'gouvernement * * membres devoile',
      'gouvernement devoile',
      'equipe * devoilee',
      'composition du gouvernement',
      'composition du nouveau gouvernement',
      'liste * du nouveau gouvernement',
      'cabinet unveiled',
      'unveils * cabinet',
      'unveils * government',
      'new cabinet',
    ],
  },
  install: {
    head: false,
    // Taking up office at a ceremony, days after the appointment: its own happening ("le
    // Premier ministre installé dans ses fonctions", "passation de service à la Défense").
    words: [
      'installe* dans * fonctions',
      'installe* a la tete',
      'passation de service*',
      'passation de charges',
      'passation des charges',
      'passe la main',
      'prend les commandes',
      'prise de fonction*',
      'takes office',
      'took office',
      'assumes office',
    ],
  },
  expel: {
    head: false,
    // Ordered "out of the country" is expelled ("Niger orders three Chinese oil officials out
    // of country").
    words: [
      'expel*',
      'expuls*',
      'persona non grata',
      'ordered out',
      'deport*',
      'out of the country',
      'out of country',
    ],
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
    // French "allège" eases; English "alleged", "allegedly" and "allegations" do not.
    words: [
      'lift',
      'lifts',
      'lifted',
      'lifting',
      'leve',
      'levent',
      'levee',
      'ease*',
      'allegent',
      'allegement*',
      ...['les', 'la', 'le', 'l', 'ses', 'sa', 'son', 'leurs'].map((what) => `allege ${what}`),
    ],
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
    words: [
      'seizure*',
      'seizes',
      'seized',
      'saisie',
      'saisies',
      'confisq*',
      'confiscat*',
      'seize',
      'seizing',
    ],
  },
};
