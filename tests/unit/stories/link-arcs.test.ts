import { describe, expect, it } from 'vitest';
import type { StoredArc } from '../../../src/core/arc-ports.js';
import {
  addReport,
  mergeArcSignatures,
  readArcSignature,
  type ArcSignature,
} from '../../../src/stories/arc-signature.js';
import { knownNames, linkArc, placedLike } from '../../../src/stories/link-arcs.js';
import { arcTitle } from '../../../src/stories/arc-title.js';
import { arcTitleFr } from '../../../src/stories/arc-title-fr.js';
import { sign, vocabulary } from './arc-sign-harness.js';

const DAY = 86_400_000;
const NOW = Date.parse('2026-03-10T12:00:00Z');
const OPTIONS = { now: NOW, windowMs: 7 * DAY };

/** An arc of the given reports (one development each), last seen `daysAgo` before NOW. */
function arc(id: string, reports: readonly ArcSignature[], daysAgo = 1): StoredArc<ArcSignature> {
  const [first, ...rest] = reports;
  if (first === undefined) throw new Error('an arc needs a report');
  const signature = rest.reduce(mergeArcSignatures, first);
  const at = NOW - daysAgo * DAY;
  return {
    arc: {
      id,
      title: arcTitle(signature, vocabulary),
      firstSeenAt: at,
      lastSeenAt: at,
      storyIds: reports.map((_, i) => `${id}-${i}`),
    },
    signature,
  };
}

const exit = sign(
  'Mali, Burkina Faso and Niger announce their withdrawal from ECOWAS',
  'The three military governments said they were leaving the regional bloc with immediate effect.',
);
const blockade = arc('blockade', [
  sign('Mali closes schools as fuel blockade chokes Bamako', 'Jihadists have cut fuel supplies.'),
  sign(
    'Fuel shortage: queues grow at Bamako petrol stations',
    'The blockade enters its second month.',
  ),
]);
const bamakoAttack = arc('attack', [
  sign('Gunmen attack gendarmerie school in Bamako', 'JNIM claimed the assault on the capital.'),
]);

describe('linkArc', () => {
  it('links an ECOWAS reply, in French, to the arc of the withdrawal it answers', () => {
    const reply = sign(
      'La CEDEAO dit n’avoir reçu aucune notification formelle du retrait',
      'Le Mali, le Burkina Faso et le Niger restent membres de la CEDEAO, selon l’organisation.',
    );
    const link = linkArc(reply, [arc('aes', [exit])], vocabulary, OPTIONS);
    expect(link.arcId).toBe('aes');
    expect(link.reason).toMatch(/^continues "AES exit from ECOWAS" shares ecowas/);
  });

  it('does not link a Burkina Faso rights report to an attack in Mali', () => {
    const report = sign(
      'Burkina Faso: soldiers killed dozens of civilians in Djibo, rights group says',
      'Human Rights Watch documented the killings in a report published on Monday.',
    );
    const link = linkArc(report, [bamakoAttack, blockade], vocabulary, OPTIONS);
    expect(link).toEqual({
      arcId: null,
      merged: [],
      reason: 'new arc: no recent arc shares a principal actor or place',
    });
  });

  it('does not link a story that shares only its country and no topic', () => {
    const vote = sign(
      'Mali sets date for presidential election',
      'The transitional authorities announced the timetable on state television.',
    );
    const link = linkArc(vote, [blockade], vocabulary, OPTIONS);
    expect(link.arcId).toBeNull();
    expect(link.reason).toMatch(/^new arc: closest "Bamako fuel blockade" shares mali; topic 0 /);
  });

  it('links a later development on the same situation, in another language', () => {
    const convoy = sign(
      'Mali : un convoi de camions-citernes escorté par l’armée arrive à Bamako',
      'Le carburant manque depuis des semaines dans la capitale.',
    );
    expect(linkArc(convoy, [bamakoAttack, blockade], vocabulary, OPTIONS).arcId).toBe('blockade');
  });

  it('leaves an arc last seen before the window closed', () => {
    const later = sign('Fuel blockade: Mali orders schools shut for two more weeks');
    const earlier = sign('Mali closes schools as fuel blockade bites');
    expect(linkArc(later, [arc('old', [earlier], 8)], vocabulary, OPTIONS).arcId).toBeNull();
    expect(linkArc(later, [arc('recent', [earlier], 6)], vocabulary, OPTIONS).arcId).toBe('recent');
  });

  it('continues the arc that began first and joins the other arcs the story also continues', () => {
    const first = arc('first', [sign('Mali closes schools over fuel blockade')], 5);
    const second = arc('second', [sign('US urges Americans to leave Mali over fuel blockade')], 2);
    const link = linkArc(
      sign('Fuel blockade: Mali extends school closures'),
      [second, first],
      vocabulary,
      OPTIONS,
    );
    expect(link.arcId).toBe('first');
    expect(link.merged).toEqual(['second']);
    expect(link.reason).toContain('; joins it with "Mali fuel blockade"');
  });
});

describe('linkArc on weak evidence', () => {
  it('does not count a state that only one side’s headlines name', () => {
    const shortage = arc('shortage', [
      sign('Long queues at Bamako petrol stations', 'Fuel is scarce across Mali, drivers say.'),
    ]);
    const attack = sign(
      'Gunmen attack army fuel convoy near Kidal in northern Mali',
      'The convoy was carrying supplies to the northern garrison.',
    );
    expect(linkArc(attack, [shortage], vocabulary, OPTIONS)).toMatchObject({ arcId: null });
  });

  it('does not join two arcs on evidence just enough for one of them', () => {
    const schools = arc('schools', [sign('Mali closes schools over fuel blockade')], 5);
    const prices = arc('prices', [sign('Mali fuel prices double in a week')], 2);
    const link = linkArc(
      sign('Fuel blockade: Mali extends school closures'),
      [prices, schools],
      vocabulary,
      OPTIONS,
    );
    expect(link).toMatchObject({ arcId: 'schools', merged: [] });
  });
});

describe('linkArc and places', () => {
  it('does not link two attacks by one group in different places on the tag alone', () => {
    const gao = arc('gao', [sign('JNIM fighters attack army post in Gao')]);
    expect(
      linkArc(sign('JNIM attack on checkpoint near Kidal'), [gao], vocabulary, OPTIONS),
    ).toMatchObject({
      arcId: null,
    });
    expect(linkArc(sign('JNIM claims Gao attack'), [gao], vocabulary, OPTIONS).arcId).toBe('gao');
  });

  it('does not link on a place only a lead of one side mentions', () => {
    const gao = arc('gao', [
      sign('JNIM fighters attack army post in Gao', 'The group also attacks posts near Kidal.'),
    ]);
    expect(
      linkArc(sign('JNIM attack on checkpoint near Kidal'), [gao], vocabulary, OPTIONS),
    ).toMatchObject({
      arcId: null,
    });
  });

  it('keeps a joining report whose headline names no place where its story was placed', () => {
    const kidal = arc('kidal', [
      sign('Gunmen attack army supply convoy near Kidal in northern Mali'),
    ]);
    const segou = sign('Le JNIM revendique l’attaque d’un poste militaire dans la région de Ségou');
    const report = sign('Al-Qaeda-linked JNIM claims attack on Malian army post near Macina');
    expect(linkArc(report, [kidal], vocabulary, OPTIONS).arcId).toBe('kidal');
    expect(
      linkArc(placedLike(report, segou, vocabulary), [kidal], vocabulary, OPTIONS),
    ).toMatchObject({ arcId: null });
    const kidalReport = sign('Mali: army convoy ambushed, several soldiers killed');
    const placed = placedLike(
      kidalReport,
      sign('Convoi de l’armée attaqué au sud de Kidal'),
      vocabulary,
    );
    expect(linkArc(placed, [kidal], vocabulary, OPTIONS).arcId).toBe('kidal');
    expect(placedLike(report, sign('JNIM claims attack on army post'), vocabulary)).toBe(report);
  });

  it('lets a later report teach the arc the places it mentions, never as its headline', () => {
    const first = sign('Mali closes schools over fuel blockade');
    const report = sign('Schools shut in Mali as fuel runs short', 'Queues stretch across Bamako.');
    const taught = addReport(first, report);
    expect(taught.principals).toMatchObject({ mali: 3, bamako: 1 });
    const placed = addReport(first, sign('Fuel blockade: schools in Bamako close their doors'));
    expect(placed.principals).toMatchObject({ mali: 3, bamako: 2 });
    expect(taught.keys['fuel']).toBe(4);
    expect(taught.developments).toBe(1);
  });

  it('keeps the topic of a development its first report did not name, for the next one', () => {
    // The first report of an attack names no attack; the reports that join it do.
    const first = sign(
      'Armed men in western Niger kill 34 soldiers and wound 14, authorities say',
      'Armed men killed 34 soldiers near the border with Mali, the defence ministry said.',
    );
    expect(first.tags).toEqual({});
    const once = addReport(first, sign('Niger : 34 soldats tués dans une attaque à Banibangou'));
    const twice = addReport(once, sign('More than 200 gunmen attack Niger army base'));
    expect(twice.tags).toEqual({ attack: 1 });
    const next = sign(
      'Niger : des dizaines de civils tués dans une attaque de jihadistes présumés',
      'Des dizaines de civils ont été tués vendredi au Niger, près du Mali et du Burkina Faso.',
    );
    const taught = { ...arc('army', [first]), signature: twice };
    expect(linkArc(next, [arc('army', [first])], vocabulary, OPTIONS).arcId).toBeNull();
    expect(linkArc(next, [taught], vocabulary, OPTIONS)).toMatchObject({ arcId: 'army' });
  });

  it('keeps the topic a development was first told with when later reports name others', () => {
    const clash = sign('Niger : 9 soldats tués et 7 blessés dans un accrochage');
    expect(clash.tags).toEqual({ clash: 1 });
    const raid = sign('Niger : l’armée annonce avoir neutralisé 45 combattants lors d’un raid');
    expect(raid.tags).toEqual({ attack: 1 });
    expect(addReport(clash, raid).tags).toEqual({ clash: 1 });
  });
});

describe('linkArc and armed violence', () => {
  // bko-001 and bko-003 of the Bamako stream (17 September 2024).
  const attack = arc('attack', [
    sign(
      'Malian army says capital Bamako ‘under control’ following gun attack',
      'Authorities say the attack on the military centre in Bamako has been thwarted.',
    ),
  ]);
  const heard = (place: string): ArcSignature =>
    sign(
      `Mali : tirs et détonations entendus à ${place}`,
      `Vers 7h30, heure locale (TU) de ce mardi 17 septembre 2024, des coups de feu et de multiples détonations résonnent à ${place}, ciblant au moins un camp des forces de défense et de sécurité.`,
    );

  it('links gunfire heard in a town to the attack on that town', () => {
    const link = linkArc(heard('Bamako'), [attack], vocabulary, OPTIONS);
    expect(link).toMatchObject({ arcId: 'attack' });
    expect(link.reason).toContain('topic 2 (attack~gunfire)');
  });

  it('does not link gunfire heard in another town to it', () => {
    expect(linkArc(heard('Kidal'), [attack], vocabulary, OPTIONS).arcId).toBeNull();
  });
});

describe('linkArc and what a headline is about', () => {
  // Tinzaouaten stream (July–August 2024): the battle, then Mali's break with Ukraine.
  const battle = arc('battle', [
    sign(
      'Lourdes pertes pour l’armée et ses alliés russes lors de combats face aux rebelles du CSP',
      'La localité de Tinzaouatène est l’épicentre d’affrontements depuis jeudi 25 juillet entre les rebelles du Cadre stratégique et permanent (CSP) et l’armée malienne fortement appuyée par les mercenaires russes.',
    ),
    sign(
      'Mali : première grande défaite Wagner',
      'Entre le jeudi 25 et le samedi 27 juillet, une intense bataille a eu lieu entre des membres du Cadre stratégique pour la défense du peuple de l’Azawad (CSP-DPA), une alliance de rebelles séparatistes du nord du Mali, et les Forces armées maliennes (FAMa) et les soldats de fortune du groupe russe…',
    ),
    sign(
      'Les séparatistes du nord du Mali disent avoir tué 84 mercenaires du groupe russe Wagner et 47 soldats maliens fin juillet',
      'Les combats meurtriers à Tinzaouatene représentent la plus lourde défaite subie par le groupe paramilitaire russe en une seule bataille, selon les analystes.',
    ),
  ]);

  it('links a battle told by its outcome to the battle', () => {
    const losses = sign(
      "Wagner confirms deaths of soldiers in Mali, blames battle defeat on 'sandstorm'",
      'Telegram accounts affiliated with the Wagner Group confirmed on July 29 the deaths of some of its soldiers in a battle in Mali, including one of the local commanders.',
    );
    const convoy = arc('convoy', [sign('Azawad : Un convoi Wagner-FAMA décimé !')]);
    expect(linkArc(losses, [convoy], vocabulary, OPTIONS)).toMatchObject({ arcId: 'convoy' });
  });

  it('reads a lead that recalls the battle as background when the headline names its topic', () => {
    const cut = sign(
      "Le Mali rompt ses relations diplomatiques avec l'Ukraine",
      "Le Mali a annoncé dimanche 4 août rompre ses relations diplomatiques avec l'Ukraine après qu'un haut responsable ukrainien a, selon Bamako, avoué «l'implication» de Kiev dans une lourde défaite de l'armée malienne et du groupe paramilitaire russe Wagner fin juillet lors de combats avec les…",
    );
    expect(cut).toMatchObject({ headed: true, tags: { diplomacy: 1 }, keys: { battle: 1 } });
    expect(cut.tags).not.toHaveProperty('clash');
    expect(linkArc(cut, [battle], vocabulary, OPTIONS).arcId).toBeNull();
    const { headed: _, ...unheaded } = cut;
    expect(linkArc(unheaded, [battle], vocabulary, OPTIONS).arcId).toBe('battle');
  });

  it('links a second state breaking with Ukraine to the first break', () => {
    // Tinzaouaten stream, 4 and 7 August 2024.
    const mali = arc('mali-cut', [
      sign(
        "Le Mali rompt ses relations diplomatiques avec l'Ukraine",
        "Le Mali a annoncé dimanche 4 août rompre ses relations diplomatiques avec l'Ukraine après qu'un haut responsable ukrainien a, selon Bamako, avoué «l'implication» de Kiev dans une lourde défaite de l'armée malienne et du groupe paramilitaire russe Wagner fin juillet lors de combats avec les…",
      ),
    ]);
    const niger = sign(
      'Niger Breaks Off Diplomatic Ties With Ukraine',
      'Niamey, (APP - UrduPoint / Pakistan Point News - 7th Aug, 2024) Niger said Tuesday it was cutting diplomatic ties with Ukraine "with immediate effect", accusing Kyiv of supporting "terrorist groups", two days after Mali took a similar step.',
    );
    const link = linkArc(niger, [mali], vocabulary, OPTIONS);
    expect(link.arcId).toBe('mali-cut');
    expect(link.reason).toContain('rupture');
  });

  it('links the dissolution of the parties to their suspension', () => {
    // Mali, 7 and 13 May 2025.
    const suspension = arc('suspension', [
      sign(
        'Mali’s military government suspends activities of political parties',
        'Mali’s military government on Wednesday, suspended the activities of political parties in the country indefinitely. This comes days after a rare pro-democracy rally.',
      ),
    ]);
    const dissolved = sign('Mali : les partis politiques officiellement dissous');
    const link = linkArc(dissolved, [suspension], vocabulary, OPTIONS);
    expect(link.arcId).toBe('suspension');
    expect(link.reason).toContain('(parties, politi)');
  });
});

describe('linkArc and a junta against its opponents', () => {
  // Mali, May to July 2025: the parties' suspension and dissolution, the opponents abducted,
  // then the five-year term the consultation had recommended for the junta leader.
  const measures = [
    sign(
      'Mali: opposition rallies in Bamako against plans to dissolve political parties',
      'Several hundred people gathered at the Palais de la Culture.',
    ),
    sign(
      'Mali junta suspends political parties until further notice',
      'The decree was read on state television.',
    ),
  ];

  it('links opponents feared abducted to the protest of the opposition', () => {
    const abducted = sign(
      'Mali: two opponents missing after armed men seized them, rights group says',
      'Their relatives have had no news of them since Thursday.',
    );
    const link = linkArc(abducted, [arc('parties', measures)], vocabulary, OPTIONS);
    expect(link.arcId).toBe('parties');
    expect(link.reason).toContain('opposition');
  });

  const goita = arc(
    'goita',
    [
      sign(
        'Mali consultation recommends Assimi Goïta as president for a renewable five-year term',
        'Delegates also called for the dissolution of political parties.',
      ),
      ...measures,
      sign(
        'Mali: Assimi Goïta signs the decree dissolving all political parties',
        'Political meetings are banned across the country.',
      ),
    ],
    26,
  );
  const late = { ...OPTIONS, lateMs: 60 * DAY };

  it('links the bill granting the leader his term, weeks later, to the situation known by him', () => {
    const bill = sign(
      'Mali cabinet adopts bill giving Goïta a five-year presidential term without elections',
      'The council of ministers met on Wednesday.',
    );
    const link = linkArc(bill, [goita], vocabulary, late);
    expect(link.arcId).toBe('goita');
    expect(link.reason).toMatch(/known by assimi-goita \(26 days quiet\)/);
    expect(link.reason).toContain('term');
  });

  it('leaves the quiet situation to a later report on its leader about something else', () => {
    const refinery = sign(
      'Assimi Goïta lays the foundation stone of a gold refinery near Bamako',
      'The plant is to process 200 tonnes a year.',
    );
    expect(linkArc(refinery, [goita], vocabulary, late).arcId).toBeNull();
  });

  it('reads a peace mission’s mandate as no term of office', () => {
    const mission = sign('UN Security Council ends the mandate of its mission in Mali');
    expect(mission.keys).not.toHaveProperty('term');
    expect(
      sign('Le CNT accorde au président un mandat de cinq ans renouvelable').keys,
    ).toHaveProperty('term');
  });
});

describe('linkArc and late coverage', () => {
  // Barsalogho stream: the attack, the government's visit, the victims' relatives, then the
  // Human Rights Watch report of 29 October and the French toll of 4 October.
  const massacre = arc(
    'barsalogho',
    [
      sign('Burkina Faso : une nouvelle attaque terroriste fait trembler la population'),
      sign(
        'Attaque de Barsalogho : une délégation ministérielle au chevet des blessés',
        'Une délégation gouvernementale s’est rendue à Kaya.',
      ),
      sign(
        'Massacre de Barsalogho au Burkina : des proches de victimes fustigent le mépris du capitaine Traoré',
        'Au Burkina, la colère ne faiblit pas parmi les proches des victimes du massacre de Barsalogho.',
      ),
    ],
    45,
  );
  const late = { ...OPTIONS, lateMs: 60 * DAY };
  const report = sign(
    'Burkina Faso: Massacre Shows Need to Protect Civilians',
    'An Islamist armed group massacred at least 133 people in the town of Barsalogho, Burkina Faso, on August 24, 2024, largely civilians forced to build a trench to protect the town with a military base.',
  );

  it('links a report weeks later that names the rare town the arc is known by', () => {
    const link = linkArc(report, [massacre], vocabulary, late);
    expect(link.arcId).toBe('barsalogho');
    // Barsalogho: a name outside the watchlist (its stem) or a watchlist town (its id).
    expect(link.reason).toMatch(/known by barsal\w* \(45 days quiet\)/);
  });

  it('leaves the quiet arc to a late report that names no such town, or past the late window', () => {
    const toll = sign(
      'Massacre in Burkina Faso left 600 dead, double previous estimates, according to French security assessment',
      'Up to 600 people were shot dead in a matter of hours by al Qaeda-linked militants in an August attack on a town in Burkina Faso, according to a French government security assessment that nearly doubles the death toll cited in earlier reports.',
    );
    expect(linkArc(toll, [massacre], vocabulary, late).arcId).toBeNull();
    expect(linkArc(report, [massacre], vocabulary, OPTIONS).arcId).toBeNull();
    expect(linkArc(report, [massacre], vocabulary, { ...late, lateMs: 30 * DAY }).arcId).toBeNull();
  });

  it('knows an arc by names its headlines give, never by a title-case headline’s words', () => {
    expect(knownNames(massacre.signature)).toEqual([expect.stringMatching(/^barsal/)]);
    expect(Object.keys(report.names).sort()).toEqual([expect.stringMatching(/^barsal/), 'islami']);
  });

  it('does not know an arc by a name one headline gave', () => {
    const once = arc(
      'once',
      [
        sign('Burkina Faso : une nouvelle attaque terroriste fait trembler la population'),
        sign(
          'Attaque de Barsalogho : une délégation ministérielle au chevet des blessés',
          'Une délégation gouvernementale s’est rendue à Kaya.',
        ),
      ],
      45,
    );
    expect(linkArc(report, [once], vocabulary, late).arcId).toBeNull();
  });
});

describe('arcTitle', () => {
  it('names the alliance when its states lead together, and the body they leave', () => {
    expect(arcTitle(exit, vocabulary)).toBe('AES exit from ECOWAS');
  });

  it('names a place or actor and the tag most developments carry', () => {
    const coup = arc('coup', [
      sign('Soldiers detain president in Niger coup', 'The presidential guard sealed off Niamey.'),
      sign(
        'Niger coup leaders close borders and airspace',
        'The junta announced it on television.',
      ),
    ]);
    expect(coup.arc.title).toBe('Niger coup');
  });

  it('puts the two most prominent situation words in a fixed order', () => {
    const third = sign(
      'Mali: the fuel blockade reaches Kayes',
      'Tankers are stranded at the border.',
    );
    expect(arcTitle(mergeArcSignatures(blockade.signature, third), vocabulary)).toBe(
      'Mali fuel blockade',
    );
  });

  it('names the body an exit is from only when most developments’ headlines name it', () => {
    const icc = [
      sign(
        'Mali, Burkina Faso and Niger announce their withdrawal from the International Criminal Court',
        'The three juntas call the court a tool of neo-colonial repression.',
      ),
      sign('Mali, Burkina Faso and Niger quit the ICC', 'They plan a Sahelian criminal court.'),
      sign(
        'After ECOWAS, Mali, Burkina Faso and Niger withdraw from another body',
        'Rights groups regret the move.',
      ),
    ].reduce(mergeArcSignatures);
    expect(arcTitle(icc, vocabulary)).toBe('AES exit');
    expect(arcTitleFr(icc, vocabulary)).toBe("Retrait de l'AES");
  });

  it('does not title a situation by a word only a few of its developments give', () => {
    const executions = [
      sign('Mali: soldiers accused of executing men arrested at Diafarabé market', 'Families say.'),
      sign('Mali: residents of Diafarabé protest after the arrests', 'Women marched.'),
      sign('Mali: the army opens an inquiry into the Diafarabé disappearances', 'Gendarmes.'),
      sign('Rights groups say at least 20 men were executed in Diafarabé', 'Mass graves.'),
      sign('Mali: JNIM imposes a blockade on Diafarabé', 'The town is cut off.'),
    ].reduce(mergeArcSignatures);
    expect(arcTitle(executions, vocabulary)).not.toMatch(/blockade/u);
  });

  it('keeps only the more prominent of two situation words that make no pair', () => {
    const mining = [
      sign('Niger: uranium mining firm taken over by the state', 'The junta cites French control.'),
      sign('Niger mining: the uranium miner’s stock stays in Arlit', 'Orano says it was seized.'),
      sign('Niger halts fuel exports as mining dispute grows', 'The junta blames its neighbour.'),
    ].reduce(mergeArcSignatures);
    expect(arcTitle(mining, vocabulary)).toBe('Niger mining');
  });

  it('falls back to the first development’s title, trimmed, when there is no topic', () => {
    const plain = sign(
      'Mali’s transitional president receives the visiting prime minister of a neighbouring country in Koulouba',
    );
    expect(arcTitle(plain, vocabulary)).toBe(
      'Mali’s transitional president receives the visiting prime…',
    );
  });
});

describe('readArcSignature', () => {
  it('reads an empty or damaged stored signature as empty, never throwing', () => {
    expect(readArcSignature({})).toEqual({
      principals: {},
      named: {},
      developments: 1,
      tags: {},
      keys: {},
      stems: {},
      names: {},
      lead: '',
    });
    expect(readArcSignature({ principals: { mali: 3, bad: 'x' }, lead: 4 }).principals).toEqual({
      mali: 3,
    });
    expect(readArcSignature(null).lead).toBe('');
  });
});
