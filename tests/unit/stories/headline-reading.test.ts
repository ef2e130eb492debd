import { describe, expect, it } from 'vitest';
import { readHeadline } from '../../../src/stories/action-frame.js';
import { compareFrames } from '../../../src/stories/frame-compare.js';
import { happeningDay } from '../../../src/stories/happening-day.js';
import { headlineTolls, tollInWordsOnly } from '../../../src/stories/headline-toll.js';

const actor = (title: string, lead = ''): string | undefined => readHeadline(title, lead).actor;

describe('readHeadline: who acted', () => {
  it('reads the body a headline leads with, behind a topic prefix', () => {
    expect(actor('Burkina Faso : le SG de l’ONU condamne une attaque terroriste')).toBe('un');
    expect(actor('Attaque de Djibo : l’UA condamne')).toBe('au');
    expect(actor('Attaque de Djibo : la CEDEAO exprime sa solidarité')).toBe('ecowas');
  });

  it('reads English acronyms only in capitals', () => {
    expect(actor('AU condemns attack on Djibo')).toBe('au');
    expect(actor('UN chief condemns killings in central Mali')).toBe('un');
    expect(actor('Kaya : le gouvernement au chevet des blessés')).toBe('government');
  });

  it('takes the speaker a headline ends by naming', () => {
    expect(actor('Army exposed civilians during attack, rights group says')).toBe('rights');
    expect(actor('Civilians needlessly exposed to danger according to HRW')).toBe('rights');
    expect(actor('Mali putting civilians at risk amid conflict with rebels - HRW')).toBe('rights');
  });

  it('reads a foreign state’s troops as that state, not the army of the country in the news', () => {
    expect(actor('US troops leave drone base in the desert')).toBe('us');
    expect(actor('American soldiers hand over their last base')).toBe('us');
    expect(actor('Les troupes américaines quittent la base aérienne')).toBe('us');
    expect(actor('Russian military instructors land in the capital')).toBe('russia');
    expect(actor('Des soldats français quittent le camp de Gossi')).toBe('france');
    expect(actor('Malian troops repel an attack near the border')).toBe('army');
  });

  it('does not take a nationality that qualifies a firm or a thing for its state', () => {
    expect(actor('Junta to nationalise French share in the Kanta gold company')).toBe('government');
    expect(actor('Nuclear: a subsidiary of the French uranium giant nationalised')).toBeUndefined();
    expect(actor('Le français Orano surveille son stock')).toBeUndefined();
    expect(actor('La société française dénonce une expropriation')).toBeUndefined();
  });

  it('reads a nationality beside the state’s agents, gifts or words as that state', () => {
    expect(actor('French prosecutors open an inquiry into the missing stock')).toBe('france');
    expect(actor('Les services secrets français craignent une vente')).toBe('france');
    expect(actor('Crise du carburant : les promesses russes tardent')).toBe('russia');
    expect(actor('Les Russes arrivent à la base aérienne')).toBe('russia');
  });

  it('does not take a news agency or an outlet’s name for an actor', () => {
    expect(actor('Attack estimated to have killed 500, says Reuters')).toBeUndefined();
    expect(actor('Fuel convoy reaches Bamako - France 24')).toBeUndefined();
  });

  it('does not take an actor named after the action for who acted', () => {
    expect(actor('Niger, Mali and Burkina Faso quit ECOWAS')).toBeUndefined();
    expect(actor('Hundreds killed in jihadist attack in Burkina Faso')).toBeUndefined();
    expect(actor('Brutal JNIM assault on Djibo leaves 200 dead')).toBe('attackers');
  });

  it('ignores an actor in a clause that names no action, unless no clause does', () => {
    expect(actor('ECOWAS in shambles: Mali, Niger and Burkina Faso exit')).toBeUndefined();
    expect(actor('Une délégation gouvernementale à Djibo pour apporter réconfort')).toBe(
      'government',
    );
  });

  it('does not read a site, a possessive or an opposed actor as who acted', () => {
    expect(actor('Car bomb hits military camp in Gao')).toBeUndefined();
    expect(actor('Attentat contre le camp militaire de Gao')).toBeUndefined();
    expect(actor('Civilians pay ruling junta’s anti-jihadist strategy with their lives')).toBe(
      undefined,
    );
  });

  it('reads a longer phrase before its first word', () => {
    expect(actor('Military junta closes borders')).toBe('government');
    expect(actor('Military convoy ambushed near Gao')).toBeUndefined();
    expect(readHeadline('JNIM assault leaves 200 dead', '').frame.acts).toEqual(['attack', 'toll']);
  });

  it('reads a side announcing its involvement in an attack as its claim', () => {
    const frame = (title: string) => readHeadline(title, '').frame;
    expect(
      frame('Ukrainian intelligence announced its involvement in the ambush of Wagner fighters'),
    ).toMatchObject({ heads: ['claim'], acts: ['attack'] });
    expect(frame('Le groupe reconnaît son implication dans l’attaque de Boulkessi')).toMatchObject({
      heads: ['claim'],
      acts: ['attack'],
    });
    expect(frame('Wagner admitted losses in the battle near Tinzaouaten').heads).toEqual(['admit']);
  });

  it('reads a side saying it carried out, hit or struck an attack as its claim', () => {
    const heads = (title: string) => readHeadline(title, '').frame.heads;
    expect(heads('Azawad rebels of the FLA say they hit army convoy near Kidal')).toEqual([
      'claim',
    ]);
    expect(heads('JNIM says it carried out attack on army camp')).toEqual(['claim']);
    expect(heads('Le groupe affirme avoir mené l’attaque contre le camp')).toEqual(['claim']);
    expect(heads('Gunmen hit army convoy near Kidal')).toEqual([]);
  });

  it('tells a court sentence from a condemnation', () => {
    expect(
      readHeadline('Un ancien Premier ministre condamné à cinq ans de prison', '').frame,
    ).toMatchObject({ heads: [], acts: ['sentence'] });
    expect(readHeadline('L’ONU condamne l’attaque', '').frame.heads).toEqual(['denounce']);
  });
});

describe('headlineTolls', () => {
  it('reads the number of dead beside a toll word', () => {
    expect(headlineTolls('Up to 200 people killed in attack in central Burkina Faso')).toEqual([
      200,
    ]);
    expect(headlineTolls('Au moins 400 civils tués dans une attaque terroriste')).toEqual([400]);
    expect(headlineTolls('Attack estimated to have killed 500, says Reuters')).toEqual([500]);
    expect(headlineTolls('Massacre left 1,200 dead, double previous estimates')).toEqual([1200]);
  });

  it('reads a total whose part is counted before the toll word, and the part', () => {
    expect(
      headlineTolls('Niger : 105 personnes dont 34 soldats tuées dans une double attaque'),
    ).toEqual([105, 34]);
    expect(headlineTolls('At least 100 people, including 34 soldiers, killed in Niger')).toEqual([
      100, 34,
    ]);
    expect(headlineTolls('34 soldiers killed, among them 5 officers')).toEqual([34]);
  });

  it('reads hundreds and thousands of dead at the least they mean, never dozens', () => {
    expect(headlineTolls('Hundreds killed as jihadists storm army base in Burkina Faso')).toEqual([
      200,
    ]);
    expect(
      headlineTolls('Nord du Burkina : des attaques font plusieurs centaines de morts'),
    ).toEqual([200]);
    expect(headlineTolls('Gunmen kill dozens in raid on Niger village')).toEqual([]);
    expect(headlineTolls('Explosions leave 9 dead and thousands of wounded')).toEqual([]);
    expect(headlineTolls('Des milliers de blessés après les explosions')).toEqual([]);
    expect(headlineTolls('Army says hundreds of rockets fired overnight')).toEqual([]);
    expect(tollInWordsOnly('Hundreds killed in jihadist attack')).toBe(true);
    expect(tollInWordsOnly('Hundreds killed, 300 of them soldiers, in jihadist attack')).toBe(
      false,
    );
  });

  it('leaves out the wounded, dates and small counts', () => {
    expect(headlineTolls('Assault leaves 200 dead and 140 injured')).toEqual([200]);
    expect(headlineTolls('Attack of 24 August 2024: the government visits the wounded')).toEqual(
      [],
    );
    expect(headlineTolls('Two soldiers killed near Gao')).toEqual([]);
  });
});

describe('happeningDay', () => {
  const day = (iso: string): number => Math.floor(Date.parse(iso) / 86_400_000);
  const published = Date.parse('2024-08-28T12:00:00Z'); // a Wednesday

  it('places a weekday on its last occurrence before publication', () => {
    expect(
      happeningDay('Hundreds killed', 'Jihadists killed hundreds on Saturday.', published),
    ).toBe(day('2024-08-24'));
    expect(happeningDay('Vote today', 'Voters went to the polls on Wednesday.', published)).toBe(
      day('2024-08-28'),
    );
  });

  it('reads a date, and a weekday followed by its date, in English and French', () => {
    expect(
      happeningDay('x', 'Une délégation s’est rendue à Kaya le dimanche 25 août 2024.', published),
    ).toBe(day('2024-08-25'));
    expect(
      happeningDay('x', 'Le bilan de l’attaque de ce samedi 24 août s’alourdit.', published),
    ).toBe(day('2024-08-24'));
    expect(happeningDay('x', 'Gunmen attacked the town on August 26.', published)).toBe(
      day('2024-08-26'),
    );
  });

  it('takes the first day named, which is the happening’s', () => {
    expect(
      happeningDay(
        'x',
        'Dozens were killed on Saturday, sources told AFP on 25 August.',
        published,
      ),
    ).toBe(day('2024-08-24'));
  });

  it('places a happening told over a span of days on its last day', () => {
    const lead = 'Entre le jeudi 22 et le samedi 24 août, une intense bataille a eu lieu à Kaya.';
    expect(happeningDay('x', lead, published)).toBe(day('2024-08-24'));
    expect(happeningDay('x', 'Des combats ont eu lieu du 22 au 24 août.', published)).toBe(
      day('2024-08-24'),
    );
    expect(happeningDay('x', 'Fighting raged between 22 and 24 August.', published)).toBe(
      day('2024-08-24'),
    );
    expect(happeningDay('x', 'Rebels held the town from Thursday to Saturday.', published)).toBe(
      day('2024-08-24'),
    );
    // A span named after the happening's own day does not move it.
    expect(
      happeningDay(
        'x',
        'Dozens were killed on Monday, after talks from 22 to 24 August.',
        published,
      ),
    ).toBe(day('2024-08-26'));
  });

  it('names no day for a report without one, or with one after publication or weeks before', () => {
    expect(happeningDay('Attack on Djibo', 'Gunmen attacked the town.', published)).toBeUndefined();
    expect(happeningDay('x', 'The summit opens on 3 September.', published)).toBe(undefined);
    expect(happeningDay('x', 'The attack of 2 July left dozens dead.', published)).toBe(undefined);
  });
});

describe('readHeadline on the dissolution of Mali’s parties (2025)', () => {
  const acts = (title: string): readonly string[] => readHeadline(title, '').frame.acts;

  it('reads a dissolution, a law promulgated or signed, and a protest, in English and French', () => {
    expect(acts('Mali : la junte dissout les partis politiques (décret)')).toEqual(['dissolve']);
    expect(acts('Mali’s junta dissolves political parties, detains opposition leaders')).toEqual([
      'dissolve',
    ]);
    expect(
      acts(
        'Mali : le général Assimi Goïta promulgue la loi lui accordant un mandat illimité de président',
      ),
    ).toEqual(['enact']);
    expect(
      acts(
        'Mali’s interim president Assimi Goita signs law granting himself unlimited presidential term',
      ),
    ).toEqual(['enact']);
    expect(acts('Manifestation à Bamako contre la dissolution des partis politiques')).toContain(
      'protest',
    );
  });

  it('reads a term granted by its outcome, and a junta’s head named by his office as the government', () => {
    expect(readHeadline('Burkina military chief granted five more years in power', '')).toEqual({
      frame: { heads: [], acts: ['grant'], negated: false },
      actor: 'government',
    });
    expect(
      acts('Niger : un mandat de cinq ans accordé au général Tiani par la transition'),
    ).toEqual(['grant']);
    expect(readHeadline('Mali’s military leader names a new prime minister', '').actor).toBe(
      'government',
    );
  });

  it('reads a camp overrun or stormed as attacked, but not a storm', () => {
    expect(acts('Niger army base overrun by jihadists on 200 motorcycles')).toEqual(['attack']);
    expect(acts('Jihadists overran the camp at dawn')).toEqual(['attack']);
    expect(acts('Militants stormed a military post near the border')).toEqual(['attack']);
    expect(acts('Storming of the barracks leaves 20 dead')).toContain('attack');
    expect(acts('Storm hits the coast')).toEqual([]);
  });

  it('does not read a term or a strike in a set phrase as an act', () => {
    expect(acts('Junta’s hold on power can no longer be taken for granted')).toEqual([]);
    expect(acts('Mali strikes a deal with Russian firm over gold refinery')).toEqual([]);
    expect(acts('Teachers on strike across Burkina Faso over unpaid wages')).toEqual([]);
    expect(acts('Junta leader granted a new term by the transition council')).toEqual(['grant']);
    expect(acts('Drone strike kills 12 near Kidal')).toContain('attack');
  });

  it('reads a rally prevented as a protest, not an English meeting', () => {
    expect(acts('Bamako : le grand meeting de l’opposition empêché par la police')).toEqual([
      'protest',
    ]);
    // Ministers meeting to discuss are talks (see action-state-acts.ts), not a rally.
    expect(acts('AES ministers meeting in Niamey to discuss joint force')).toEqual(['talk']);
  });

  it('reads opponents who disappeared as abducted', () => {
    expect(acts('Mali Opposition Politicians Feared Forcibly Disappeared')).toEqual(['kidnap']);
    expect(
      acts('Disparition de deux opposants au Mali : HRW alerte sur des enlèvements'),
    ).toContain('kidnap');
  });

  it('reads a recommendation as a call, not as the measure it recommends', () => {
    // pty-001 and pty-003 of the parties stream: the national consultation's proposals.
    expect(
      readHeadline(
        'Malian political forces propose extended junta rule, dissolution of parties',
        '',
      ).frame,
    ).toMatchObject({ heads: ['urge'], acts: ['dissolve'] });
    expect(
      readHeadline('Mali: Assimi Goita proposed as president for a five-year term', '').frame,
    ).toMatchObject({ heads: ['urge'], acts: [] });
  });

  it('does not read "until further notice" as a notification', () => {
    expect(
      readHeadline('Mali: Suspension of all political parties until further notice', '').frame,
    ).toMatchObject({ heads: [], acts: ['suspend'] });
  });
});

describe('readHeadline: abuse of people held', () => {
  const acts = (title: string): readonly string[] => readHeadline(title, '').frame.acts;

  it('reads torture, ill-treatment and secret jails as abuse, in both languages', () => {
    expect(acts('Russia’s Wagner Group abused civilians in secret prisons in Mali')).toEqual([
      'abuse',
    ]);
    expect(
      acts('Hundreds of civilians were tortured by Wagner mercenaries in Mali: report'),
    ).toEqual(['abuse']);
    expect(acts('Wagner au Mali : enquête sur un système de détention clandestin')).toEqual([
      'abuse',
    ]);
    expect(acts('Tortures, séquestrations et exactions : révélations sur des prisons')).toEqual([
      'abuse',
    ]);
  });

  it('reads abuse and the disappeared it is told with as one happening', () => {
    const torture = readHeadline('Torture and forced disappearances in secret prisons', '').frame;
    const abused = readHeadline('Wagner abused civilians in secret prisons', '').frame;
    expect(compareFrames(torture, abused)).toBe('agree');
    const attack = readHeadline('Gunmen attack army post near Kidal', '').frame;
    expect(compareFrames(abused, attack)).toBe('conflict');
  });

  it('reads what a suspended broadcaster covered as its ground, in French too', () => {
    const title =
      'Suspension des programmes de TV5 Monde au Burkina Faso : répression de la couverture des exactions présumées de l’armée';
    expect(acts(title)).toEqual(['suspend']);
  });
});
