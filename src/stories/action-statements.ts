import type { ActionConcept } from './action-lexicon.js';

/**
 * Statements of the action lexicon (see action-lexicon.ts): acts of speech or command about a
 * happening — notify, urge, order, authorise, claim, admit, denounce, respond — in English and
 * French, folded.
 */
export const STATEMENTS: Readonly<Record<string, ActionConcept>> = {
  notify: {
    head: true,
    words: ['notif*', 'notice', 'informed', 'formal request', 'demande formelle'],
  },
  urge: {
    head: true,
    words: [
      'plaide pour',
      'plaident pour',
      'plaide en faveur',
      'plead* for',
      'call on',
      'calls on',
      'called on',
      'calling on',
      'demand',
      'demands',
      'demanded',
      'demande a',
      'demandent a',
      'demande au',
      'demandent au',
      'demande aux',
      'demandent aux',
      'exige',
      'exigent',
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
      // Raising the alarm over a risk is a warning of what may come (see denounce).
      'alerte* sur * risque*',
      'alerte* sur * menace*',
      'alerte* sur * danger*',
      // A recommendation is a call, not the measure it asks for: "political forces propose
      // … dissolution of parties" is not the dissolution.
      'propose',
      'proposes',
      'proposed',
      'proposent',
      // An appeal for witnesses asks for testimony; it is not the inquiry it serves.
      'appel a temoin*',
      'appel a temoignage*',
      'appeal* for witnesses',
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
      // … or that it carried out, hit or struck what was attacked ("rebels say they hit army
      // convoy", "le FLA affirme avoir mené l'attaque").
      'says it carried out',
      'said it carried out',
      'say they carried out',
      'said they carried out',
      'says it hit',
      'said it hit',
      'say they hit',
      'said they hit',
      'says it struck',
      'said it struck',
      'say they struck',
      'said they struck',
      'dit avoir mene',
      'affirme avoir mene',
      'disent avoir mene',
      'affirment avoir mene',
      // A side owning its part in an attack claims it ("Ukraine's intelligence announced its
      // involvement in the attack on Wagner fighters").
      'announc* its involvement',
      'announc* their involvement',
      'admit* its involvement',
      'admit* involvement',
      'acknowledg* its involvement',
      'confirm* its involvement',
      'annonce son implication',
      'reconnait son implication',
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
      'deplor* * * pertes',
      'deplor* * morts',
      'deplor* * victimes',
      'deplor* * * victimes',
      'deplor* * losses',
    ],
  },
  denounce: {
    head: true,
    // Blame, condemnation and opposition: "un collectif fustige l'armée", "réclame des comptes
    // à l'armée", "Orano opposes the nationalisation".
    words: [
      'oppose',
      'opposes',
      'opposed',
      'opposing',
      's oppose',
      's opposent',
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
  threaten: {
    head: true,
    // A threat is a statement of its own, not the act threatened ("Niamey menace de suspendre
    // le projet" is no suspension): what follows it is skipped as a modal (see MODAL_CUES).
    words: ['threaten*', 'menace de', 'menacent de', 'menace d', 'menacent d'],
  },
  alarm: {
    head: true,
    // Raising the alarm: a protest when the headline names something done to people ("HRW
    // alerte sur des enlèvements"), a warning when it names a condition ("le PAM alerte sur la
    // faim"). The frame reader settles it as `denounce` or `urge` (see frame-scan.ts).
    words: [
      'alerte sur',
      'alertent sur',
      'sonne l alarme',
      'sonnent l alarme',
      'raises alarm',
      'raise alarm',
      'raises the alarm',
      'raise the alarm',
      'sounds the alarm',
      'sound the alarm',
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
      // Dismay at what another did is a reaction to it ("l'Algérie consternée par le rappel").
      'consterne*',
      'dismay*',
      // Thanks for support are an answer to it ("Traoré remercie les soutiens").
      'thanks',
      'thanked',
      'gratitude',
      'remercie*',
    ],
  },
};
