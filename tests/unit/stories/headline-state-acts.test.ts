import { describe, expect, it } from 'vitest';
import { readHeadline } from '../../../src/stories/action-frame.js';
import { compareFrames } from '../../../src/stories/frame-compare.js';
import { assign, PLAIN_MALI_REPORT, reporter, story } from './cluster-harness.js';

const frame = (title: string, lead = '') => readHeadline(title, lead).frame;
const acts = (title: string) => frame(title).acts;

describe('readHeadline: a state’s acts on people and firms', () => {
  it('reads arrests and releases in English and French, and keeps them apart', () => {
    expect(acts('Junta arrests three mining executives in the capital')).toEqual(['arrest']);
    expect(acts('Three aid workers detained by the security services')).toEqual(['arrest']);
    expect(acts('Le directeur d’une société minière arrêté à Bamako')).toEqual(['arrest']);
    expect(acts('Arrestation de deux journalistes à Niamey')).toEqual(['arrest']);
    expect(acts('Junta frees three mining executives after a deal')).toEqual(['release']);
    expect(acts('Le pouvoir libère deux journalistes')).toEqual(['release']);
    expect(acts('Junta frees the executives it detained in November')).toEqual(['release']);
    expect(
      compareFrames(
        frame('Junta arrests three mining executives'),
        frame('Junta frees three mining executives'),
      ),
    ).toBe('conflict');
  });

  it('reads a charge or a jailing as the arrest told from the court, and a release undoing both', () => {
    const jailed = frame('Dix opposants déposés en prison');
    expect(jailed.acts).toEqual(['charge']);
    expect(acts('Le parquet place sous mandat de dépôt cinq cadres arrêtés')).toContain('charge');
    expect(acts('Court remands three men over illegal entry')).toEqual(['charge']);
    expect(compareFrames(jailed, frame('Ten opponents arrested in the capital'))).toBe('agree');
    expect(acts('Levée d’écrou de onze leaders politiques')).toEqual(['release']);
    expect(acts('Court grants freedom to detained critics of the junta')).toEqual(['release']);
    expect(frame('La justice ordonne la libération des onze cadres').acts).toEqual(['release']);
    expect(acts('Attaque du Front de libération de l’Azawad près de Kidal')).toEqual(['attack']);
    // A count of people set free, in figures or in words.
    expect(acts('Niger : libération d’environ 50 prisonniers')).toEqual(['release']);
    expect(acts('Mali : libération de onze prisonniers politiques, et après ?')).toEqual([
      'release',
    ]);
    expect(acts('Libération de 30 détenus à Niamey')).toEqual(['release']);
  });

  it('reads goods running out as a shortage, told alike in English and French', () => {
    expect(acts('Niger : pénurie d’essence dans les stations-service')).toEqual(['shortage']);
    expect(acts('Fuel shortage grips Niamey as queues grow')).toEqual(['shortage']);
    expect(acts('Pumps run dry in Bamako')).toEqual(['shortage']);
    expect(acts('Longues files d’attente aux stations-service de Bamako')).toEqual(['shortage']);
    expect(acts('Fuel queues grow in Bamako as tanker convoys are delayed')).toEqual(['shortage']);
    expect(
      compareFrames(
        frame('Niger : pénurie d’essence dans les stations-service'),
        frame('Le Niger, producteur d’or noir, aux prises avec une pénurie d’essence'),
      ),
    ).toBe('agree');
  });

  it('reads a warrant, a trial and an owner as no arrest', () => {
    expect(acts('Court issues arrest warrant for the mining company’s chief')).toEqual(['warrant']);
    expect(acts('Mandat d’arrêt contre le patron d’une société minière')).toEqual(['warrant']);
    expect(acts('Trial begins for three men arrested at the oil terminal')).toEqual(['trial']);
    expect(acts('Les mines détenues par le groupe français')).toEqual([]);
  });

  it('reads a report, a video or a statement made public as no one set free', () => {
    expect(acts('Rights group releases report on the northern killings')).toEqual([]);
    expect(acts('Armed group releases video of its leader')).toEqual([]);
  });

  it('reads a nationalisation, an agreement signed and an appointment', () => {
    expect(acts('Junta to nationalise the uranium mine')).toEqual(['nationalise']);
    expect(acts('Les autorités annoncent la nationalisation de la mine')).toEqual(['nationalise']);
    expect(acts('Niamey and Moscow sign a memorandum on civil nuclear power')).toEqual(['sign']);
    expect(acts('Le général nommé président de la confédération')).toEqual(['appoint']);
  });

  it('reads a ban and its lifting apart, and a ban as the closure or suspension it is', () => {
    const ban = frame('Le Bénin bloque l’exportation du pétrole nigérien');
    expect(ban.acts).toEqual(['ban']);
    const lifted = frame('Le Bénin lève l’interdiction d’exporter le pétrole nigérien');
    expect(lifted.acts).toContain('lift');
    expect(compareFrames(frame('Cotonou lifts the ban on oil exports'), ban)).toBe('conflict');
    expect(
      compareFrames(frame('Two states ban flights'), frame('Two states close their airspace')),
    ).toBe('agree');
  });

  it('reads an expulsion, a handover and talks', () => {
    expect(acts('Junta expels the French ambassador')).toEqual(['expel']);
    const handover = frame('Les États-Unis remettent leur dernière base à l’armée');
    expect(handover.acts).toEqual(['handover']);
    expect(compareFrames(handover, frame('US troops complete their withdrawal'))).toBe('agree');
    expect(acts('Junta chief talks security cooperation with Moscow')).toEqual(['talk']);
    expect(acts('Les deux présidents se sont entretenus au téléphone')).toEqual(['talk']);
    expect(acts('Sahel summit closes with a pledge on a common currency')).toEqual([]);
  });

  it('reads civilians executed as violence done, not the executives of a firm', () => {
    expect(acts('Army executed over 200 villagers, rights group says')).toEqual(['attack']);
    expect(acts('Three executives of a gold miner held')).toEqual([]);
  });

  it('reads goods seized apart from power seized', () => {
    expect(acts('Miner confirms seizure of its gold stocks')).toEqual(['confiscate']);
    expect(acts('Le gouvernement ordonne la saisie des stocks d’or')).toContain('confiscate');
    expect(acts('Army officers seize power in the capital')).toEqual(['seize']);
    expect(acts('La mine reprise par l’État, nouveau coup dur pour le groupe')).toEqual([]);
  });

  it('reads a deal struck as no armed strike, and a deal reached as an agreement', () => {
    expect(acts('Miner strikes $160 million deal with the junta')).toEqual([]);
    expect(acts('Mali and Barrick reach a deal over Loulo-Gounkoto')).toEqual(['sign']);
    expect(acts('Junta reaches mining deal with Canadian firm')).toEqual(['sign']);
  });

  it('reads a base or a border told as closed, not a door said not to be', () => {
    expect(acts('Niger : la dernière base américaine a été fermée')).toEqual(['close']);
    expect(acts('La frontière avec le Bénin reste fermée')).toEqual(['close']);
    expect(acts('Sommet de l’AES : « La porte n’est pas fermée » au retour du Mali')).toEqual([]);
  });

  it('reads states that slam the door on a body as leaving it', () => {
    expect(acts('Cour pénale internationale : les pays de l’AES claquent la porte')).toEqual([
      'leave',
    ]);
  });

  it('reads a threat as a statement of its own, not the act threatened', () => {
    const threat = frame('Le gouvernement menace de suspendre le projet');
    expect(threat.heads).toEqual(['threaten']);
    expect(threat.acts).toEqual([]);
    expect(compareFrames(threat, frame('Le gouvernement suspend le projet'))).toBe('weak-conflict');
  });

  it('reads an opposition as a condemnation', () => {
    expect(frame('The French group opposes the nationalisation').heads).toEqual(['denounce']);
  });

  it('reads what a headline tells after a label that names an earlier act', () => {
    expect(acts('Nationalisation de la mine : Paris ouvre une enquête pour vol')).toEqual([
      'investigate',
    ]);
    // A label naming the act, and nothing else told after it, is the act.
    expect(acts('Arrestation de cinq ressortissants : ce que l’on sait')).toEqual(['arrest']);
  });
});

const T0 = Date.parse('2024-11-11T08:00:00Z');
const report = reporter(T0, PLAIN_MALI_REPORT);

describe('assignStory: arrests and releases', () => {
  it('joins an arrest told in French to its English story, and keeps the release apart', () => {
    const arrest = report(
      'Mali arrests three executives of an Australian gold miner',
      'Three executives of an Australian gold miner were arrested in Bamako over a tax dispute.',
      0,
    );
    const arrestFr = report(
      'Le Mali arrête trois cadres d’une société aurifère australienne',
      'Trois cadres d’une société aurifère australienne ont été arrêtés à Bamako.',
      3,
      { lang: 'fr' },
    );
    const release = report(
      'Mali frees three executives of an Australian gold miner',
      'Mali has freed the three executives of an Australian gold miner after a deal on taxes.',
      30,
    );
    expect(assign(arrestFr, story('arrest', arrest)).storyId).toBe('arrest');
    const result = assign(release, story('arrest', arrest, arrestFr));
    expect(result.storyId).toBeNull();
    expect(result.reason).toContain('different action');
  });
});

describe('readHeadline: prison escapes and recaptures', () => {
  it('reads a prison break in French and English, and not tax evasion or a survivor’s escape', () => {
    expect(acts('Évasion spectaculaire à la maison d’arrêt de Koutoukalé au Niger')).toEqual([
      'escape',
    ]);
    expect(acts('Niger : 200 détenus s’évadent de la prison de Koutoukalé')).toEqual(['escape']);
    expect(acts('Inmates escape from one of Niger’s most fortified prisons')).toEqual(['escape']);
    expect(acts('Lutte contre l’évasion fiscale : le Mali durcit le ton')).toEqual([]);
    expect(acts('Survivors tell how they escape death in the village')).toEqual([]);
  });

  it('reads escapees caught as a recapture, apart from the escape', () => {
    const recaptured = frame('Niger : la majorité des évadés appréhendés (armée)');
    expect(recaptured.acts).toEqual(['arrest']);
    expect(acts('Niger says prison escapees caught')).toEqual(['arrest']);
    expect(acts('Évasion de la prison de Koutoukalé : 3 détenus capturés')).toEqual(['arrest']);
    expect(acts('Rebels capture army base in the north')).toEqual([]);
    expect(
      compareFrames(recaptured, frame('Prisoners escape from heavily-fortified Niger jail')),
    ).toBe('conflict');
  });

  it('reads dead “à déplorer” as a count, not a condemnation', () => {
    expect(frame('Attentat terroriste au Niger : 21 morts à déplorer').heads).toEqual([]);
  });
});

describe('readHeadline: plots, investitures and rallies', () => {
  it('reads a foiled plot or coup attempt apart from a coup', () => {
    expect(acts('Junta says it foiled a plot to sow chaos in the country')).toEqual(['plot']);
    expect(acts('Military government foils coup attempt, blames neighbour')).toEqual(['plot']);
    expect(acts('Un « grand complot » contre l’État déjoué, selon le ministre')).toEqual(['plot']);
    expect(acts('Tentative de coup d’État déjouée : des officiers aux arrêts')).toContain('plot');
    expect(acts('« Comment nous avons déjoué le coup d’État », raconte le ministre')).toEqual([
      'plot',
    ]);
    expect(acts('Soldiers seize power in a coup in the capital')).toEqual(['seize']);
    expect(compareFrames(frame('Army foils coup plot'), frame('Army stages a coup'))).toBe(
      'conflict',
    );
  });

  it('reads how a junta came to power as background, not the report’s happening', () => {
    expect(acts('Coup leader sworn in as president for five years')).toEqual(['appoint']);
    expect(
      frame(
        'Une nouvelle étape au Niger',
        'Le général, arrivé au pouvoir par un coup d’État en juillet 2023, a été investi président.',
      ).acts,
    ).toEqual(['appoint']);
    expect(acts('Le chef du régime militaire proclamé président de la République')).toEqual([
      'appoint',
    ]);
  });

  it('reads a head of state by his rank as the government', () => {
    const { actor } = readHeadline('Le général d’armée investi président pour cinq ans', '');
    expect(actor).toBe('government');
  });

  it('reads releases, rallies and thanks told in other words', () => {
    expect(acts('La junte annonce la libération d’une cinquantaine de détenus')).toEqual([
      'release',
    ]);
    expect(acts('Le gouvernement élargit plusieurs prisonniers politiques')).toEqual(['release']);
    expect(acts('Une marée humaine à la Place de la Nation pour soutenir le président')).toEqual([
      'protest',
    ]);
    expect(acts('Marche de soutien au capitaine à Ouagadougou')).toEqual(['protest']);
    expect(frame('Le président exprime sa gratitude après la mobilisation').heads).toEqual([
      'respond',
    ]);
    expect(frame('Talks advance thanks to China’s mediation').heads).toEqual([]);
  });
});

describe('readHeadline: agreements ended, arbitration, calls and other acts in other words', () => {
  it('reads an agreement scrapped or ended as a break', () => {
    expect(acts('Niger scraps military agreement with Washington')).toEqual(['sever']);
    expect(acts('Le Niger annonce la fin de la coopération militaire avec Washington')).toEqual([
      'sever',
    ]);
    expect(acts('Niger revokes the military accord with the United States')).toEqual(['sever']);
    expect(acts('Mali cancels the presidential election')).toEqual([]);
  });

  it('reads arbitration sought as a case brought, and a call on a state as a call', () => {
    expect(acts('Mining firm seeks arbitration over Mali mine dispute')).toEqual(['sue']);
    expect(acts('La société minière saisit le CIRDI contre le Mali')).toEqual(['sue']);
    expect(frame('Two envoys call on Burkina Faso to investigate the killings').heads).toEqual([
      'urge',
    ]);
  });

  it('reads troops entering a base, exports stopped, stocks seized and a mission ended', () => {
    expect(acts('Foreign troops enter the air base near the capital')).toEqual(['arrive']);
    expect(acts('Pipeline dispute: Niger stops oil exports')).toEqual(['suspend']);
    expect(acts('Mali starts seizing gold stocks at the mine')).toEqual(['confiscate']);
    expect(acts('Soldiers seize power in the capital')).toEqual(['seize']);
    expect(acts('Mercenary group ends its mission in Mali')).toEqual(['leave']);
  });
});

describe('readHeadline: towns taken, people fleeing, camps targeted', () => {
  it('reads fighters taking a town as a takeover that tells the attack too', () => {
    const taken = frame('Jihadists take control of strategic town in central Mali');
    expect(taken.acts).toEqual(['takeover']);
    expect(acts('Insurgents seize central Mali town')).toEqual(['takeover']);
    expect(acts('Des jihadistes prennent le contrôle d’une localité stratégique')).toEqual([
      'takeover',
    ]);
    expect(compareFrames(taken, frame('Jihadists attack army camp in central Mali'))).toBe('agree');
  });

  it('reads civilians fleeing as a happening of its own', () => {
    const fleeing = frame('Civilians flee town after jihadist attack');
    expect(fleeing.acts).toEqual(['flee']);
    expect(acts('Exode massif des civils autour de Ségou')).toEqual(['flee']);
    expect(compareFrames(fleeing, frame('Jihadists attack army camp'))).toBe('conflict');
  });

  it('reads camps or towns targeted and stormed as attacked', () => {
    expect(acts('Deux camps de l’armée pris pour cibles à l’aube')).toEqual(['attack']);
    expect(acts('La ville est visée par un groupe djihadiste')).toEqual(['attack']);
    expect(acts('Jihadists on motorbikes stormed the army base')).toEqual(['attack']);
  });
});

describe('readHeadline: acts about to come, complaints received, pleas', () => {
  it('reads states about to break as no break yet', () => {
    expect(acts('Trois États s’apprêtent à rompre avec la Cour pénale internationale')).toEqual([]);
    expect(acts('Trois États rompent avec la Cour pénale internationale')).toEqual(['sever']);
  });

  it('reads a complaint received by a court as the case, and a plea as a call', () => {
    expect(acts('La Cour reçoit une plainte du Mali contre son voisin')).toEqual(['sue']);
    expect(frame('L’alliance plaide pour un multilatéralisme réformé').heads).toEqual(['urge']);
  });
});

describe('readHeadline: claims in passing, licences withdrawn, orders to leave the country', () => {
  it('reads soldiers killed in an attack claimed by a group as the attack, not the claim', () => {
    const killed = frame('Au moins dix soldats tués dans une attaque revendiquée par l’EIGS');
    expect(killed).toEqual({ heads: [], acts: ['attack', 'toll'], negated: false });
    expect(frame('Twelve soldiers killed in attacks claimed by JNIM').heads).toEqual([]);
    // The attack as the subject of the claim stays the claim.
    expect(frame('L’attaque du camp, qui a fait 30 morts, revendiquée par le JNIM').heads).toEqual([
      'claim',
    ]);
    expect(frame('JNIM claims attack that killed 12 soldiers').heads).toEqual(['claim']);
  });

  it('reads an attack that claims lives as the attack, with no one claiming it', () => {
    expect(frame('Ambush in the north claims the lives of 12 soldiers').heads).toEqual([]);
    expect(frame('Attack on army post claims 30 soldiers’ lives').acts).toEqual(['attack']);
  });

  it('reads a licence withdrawn as the grant ended, not an authorisation', () => {
    expect(frame('Le gouvernement retire l’autorisation d’exploitation d’un hôtel')).toEqual({
      heads: [],
      acts: ['sever'],
      negated: false,
    });
    expect(acts('Une mine perd son permis d’exploitation')).toEqual(['sever']);
    expect(acts('Gold miner loses its operating licence')).toEqual(['sever']);
  });

  it('reads an order out of the country as the expulsion', () => {
    const ordered = frame('Junta orders two foreign executives out of the country');
    expect(ordered).toEqual(frame('Junta expels two foreign executives'));
  });

  it('reads executions and throats cut as the killing of people', () => {
    expect(acts('Soldiers accused of executing villagers')).toEqual(['attack']);
    expect(acts('Des villageois égorgés près du marché')).toEqual(['attack']);
  });
});

describe('readHeadline: losses lamented with a word between', () => {
  it('reads an army lamenting heavy losses as its admission', () => {
    expect(frame('L’armée déplore de lourdes pertes dans le nord').heads).toEqual(['admit']);
    expect(frame('L’état-major déplore de nombreuses victimes').heads).toEqual(['admit']);
  });
});

describe('readHeadline: what is alleged is not eased', () => {
  it('reads "allegedly" as no lifting, and French "allège" as easing', () => {
    expect(acts('Soldiers allegedly executed herders near the market')).toEqual(['attack']);
    expect(acts('Le gouvernement allège les restrictions de circulation')).toEqual(['lift']);
    expect(acts('Deux commerçants assassinés par des hommes armés')).toEqual(['attack']);
  });
});
