import { describe, expect, it } from 'vitest';
import { signItem, type ClusterInput } from '../../../src/stories/cluster-stories.js';
import { assign, HOUR, reporter, story } from './cluster-harness.js';

const T0 = Date.parse('2023-07-28T08:00:00Z');

/** A report of the Niger coup of 2023; entity ids as the matcher would give them. */
const report = reporter(T0, {
  lang: 'en',
  entities: ['niger', 'cnsp', 'ecowas'],
  places: [],
  tags: [],
  titleEntities: ['niger'],
});

const closure = report(
  'Niger junta closes airspace and borders',
  'The military leaders who seized power in Niger said they had closed the country’s airspace and land borders until further notice.',
  0,
);

describe('assignStory, one story per development', () => {
  it('keeps a negated statement apart from the statement, however alike the words', () => {
    const notice = report(
      'Niger junta sends ECOWAS formal notice of its withdrawal',
      'Niger’s military rulers have sent ECOWAS formal notice of their withdrawal from the regional bloc, the junta said.',
      2,
    );
    const noNotice = report(
      'ECOWAS says Niger junta has not sent formal notice of its withdrawal',
      'ECOWAS says Niger’s military rulers have not sent formal notice of their withdrawal from the regional bloc.',
      3,
      { titleEntities: ['ecowas', 'niger'] },
    );
    const result = assign(noNotice, story('notice', notice));
    expect(result.storyId).toBeNull();
    expect(result.reason).toContain('different action');
  });

  it('keeps a statement about an action apart from the action itself', () => {
    const exit = report(
      'Niger junta announces withdrawal from ECOWAS',
      'Niger’s military rulers announced the country’s immediate withdrawal from ECOWAS.',
      0,
    );
    const notice = report(
      'Niger junta sends ECOWAS formal notice of withdrawal',
      'Niger’s military rulers announced the country’s withdrawal from ECOWAS in a formal notice.',
      20,
    );
    expect(assign(notice, story('exit', exit)).storyId).toBeNull();
  });

  it('joins an English and a French report of the same action by the same actors', () => {
    const french = report(
      'Le Niger ferme son espace aérien',
      'La junte au pouvoir à Niamey a annoncé la fermeture de l’espace aérien du pays.',
      3,
      { lang: 'fr' },
    );
    expect(assign(french, story('closure', closure))).toMatchObject({
      storyId: 'closure',
      reason: expect.stringContaining('same action and actors'),
    });
  });

  it('files a report telling two developments under the one its headline leads with', () => {
    const aid = report(
      'United States pauses aid to Niger',
      'Washington suspended some aid programmes to Niger after the coup.',
      1,
      { entities: ['niger', 'united-states'], titleEntities: ['united-states', 'niger'] },
    );
    const both = report(
      'Niger closes its airspace after US pauses aid',
      'Niger’s junta closed the country’s airspace hours after Washington suspended aid.',
      4,
      { entities: ['niger', 'cnsp', 'united-states'] },
    );
    expect(assign(both, story('aid', aid), story('closure', closure)).storyId).toBe('closure');
  });

  it('does not join the same kind of action a day and a half after the story’s last report', () => {
    const attack = report(
      'Gunmen attack army post near Tillabéri',
      'Gunmen attacked an army post near Tillabéri, the defence ministry said.',
      0,
      { entities: ['niger', 'tillaberi'], places: ['tillaberi'], tags: ['attack'] },
    );
    const another = report(
      'Gunmen attack village near Tillabéri',
      'Gunmen attacked a village near Tillabéri, residents said.',
      36,
      { entities: ['niger', 'tillaberi'], places: ['tillaberi'], tags: ['attack'] },
    );
    expect(assign(another, story('attack', attack)).storyId).toBeNull();
  });

  it('joins the same closure told again by a slower outlet a day and a half later', () => {
    const later = report(
      'Niger’s military rulers close the country’s airspace',
      'Flights to Niamey were cancelled after the junta shut the airspace, airlines said.',
      36,
    );
    expect(assign(later, story('closure', closure))).toMatchObject({
      storyId: 'closure',
      reason: expect.stringContaining('same action and actors'),
    });
    expect(
      assign({ ...later, publishedAt: T0 + 50 * HOUR }, story('closure', closure)).storyId,
    ).toBeNull();
  });

  it('lets the lead sentence restore a verb of command the headline dropped', () => {
    const ordered = report(
      'France orders its citizens to leave Niger',
      'France ordered its citizens to leave Niger on evacuation flights.',
      0,
      { entities: ['niger', 'france'], titleEntities: ['france', 'niger'] },
    );
    const dropped = report(
      'French citizens leave Niger on first flights',
      'Paris has ordered its citizens to leave Niger; the first evacuation flight left Niamey overnight.',
      6,
      { entities: ['niger', 'france'], titleEntities: ['france', 'niger'] },
    );
    expect(assign(dropped, story('ordered', ordered)).storyId).toBe('ordered');
    const unsaid = { ...dropped, summary: 'The first evacuation flight left Niamey overnight.' };
    expect(assign(unsaid, story('ordered', ordered)).storyId).toBeNull();
  });

  it('does not let a lead that recalls a statement file an act the story never told with it', () => {
    const entities = { entities: ['niger', 'cnsp'], titleEntities: ['niger'] };
    const accusation = story(
      'accusation',
      report(
        'Rights group accuses Niger army of executing villagers',
        'A rights group accused the army of executing dozens of villagers in the west.',
        0,
        entities,
      ),
    );
    const suspension = report(
      'Niger : deux radios étrangères suspendues deux semaines',
      'Le régulateur a suspendu deux radios qui avaient relayé le rapport accusant l’armée d’avoir exécuté des villageois.',
      8,
      { ...entities, lang: 'fr' },
    );
    expect(assign(suspension, accusation).storyId).toBeNull();
  });

  it('does not let a lead telling only a reaction file the act it headlines with the reaction', () => {
    const entities = { entities: ['niger', 'ukraine'], titleEntities: ['niger', 'ukraine'] };
    const reply = story(
      'reply',
      report(
        'Ukraine condemns Niger’s break in relations as hasty',
        'Kyiv said the junta had given no evidence for its accusations.',
        0,
        entities,
      ),
    );
    const rupture = story(
      'rupture',
      report(
        'Niger cuts diplomatic ties with Ukraine',
        'Niger’s junta said it was cutting ties with Kyiv with immediate effect.',
        1,
        entities,
      ),
    );
    const angled = report(
      'Niger broke off diplomatic relations with Ukraine. Kyiv’s foreign ministry responded',
      'The Ukrainian side rejects the accusations of Niger’s military government.',
      2,
      entities,
    );
    expect(assign(angled, reply)).toMatchObject({
      storyId: null,
      reason: expect.stringContaining('different action') as unknown,
    });
    expect(assign(angled, reply, rupture).storyId).toBe('rupture');
  });

  it('files a report naming no action with the story of its actors when wording and entities agree', () => {
    const blockade = report(
      'Mali closes schools over fuel blockade',
      'The government ordered schools and universities in Bamako shut for two weeks as a jihadist fuel blockade deepened.',
      0,
      { entities: ['mali', 'jnim', 'bamako'], places: ['bamako'], titleEntities: ['mali'] },
    );
    const squeezed = report(
      'Mali squeezed as militants enforce fuel blockade',
      'Queues grow at petrol stations in Bamako as a jihadist blockade on fuel imports deepens, traders said on Monday.',
      20,
      { entities: ['mali', 'jnim', 'bamako'], places: ['bamako'], titleEntities: ['mali'] },
    );
    expect(assign(squeezed, story('schools', blockade))).toMatchObject({
      storyId: 'schools',
      reason: expect.stringContaining('same subject, no action named'),
    });
    const french = { ...squeezed, lang: 'fr' };
    expect(assign(french, story('schools', blockade)).storyId).toBeNull();
  });

  it('does not take the first name inside a quoted headline for its actor', () => {
    const quoted = report(
      '« Niger remains a member of ECOWAS », the commission says',
      'ECOWAS responded on Sunday to the junta’s announcement.',
      2,
      { titleEntities: ['niger', 'ecowas'] },
    );
    expect(signItem(quoted).subjects).toEqual([]);
    expect(signItem({ ...quoted, title: 'Niger remains a member of ECOWAS' }).subjects).toEqual([
      'niger',
      'ecowas',
    ]);
  });

  it('never joins a near-duplicate whose action clearly differs', () => {
    const attack = report(
      'Gunmen attack army convoy near Niamey',
      'Gunmen attacked an army convoy near Niamey on Sunday, the army said in a statement on Sunday.',
      0,
    );
    const claim = report(
      'JNIM claims attack on army convoy near Niamey',
      'Gunmen attacked an army convoy near Niamey on Sunday, the army said in a statement on Sunday.',
      5,
    );
    expect(assign(claim, story('attack', attack)).storyId).toBeNull();
  });

  it('keeps one actor’s statements about two places apart', () => {
    const mali = {
      entities: ['mali', 'kidal'],
      places: ['kidal'],
      titleEntities: ['mali', 'kidal'],
    };
    const strike = report('Malian junta says drone strike near Kidal killed fighters', '', 0, {
      ...mali,
      tags: ['drone-strike'],
    });
    const ambush = report('Wagner convoy ambushed near Gao, Malian junta says', '', 1, {
      entities: ['mali', 'wagner', 'gao'],
      places: ['gao'],
      tags: ['attack'],
      titleEntities: ['wagner', 'gao', 'mali'],
    });
    expect(assign(ambush, story('strike', strike))).toMatchObject({ storyId: null });
    expect(assign(ambush, story('strike', strike)).reason).toContain('another place');
  });
});

describe('assignStory on a national consultation’s proposals (Mali, 2025)', () => {
  const MON = Date.parse('2025-04-28T18:00:00Z');
  const mali = {
    lang: 'en',
    entities: ['mali', 'assimi-goita', 'bamako'],
    places: ['bamako'],
    tags: [],
  };
  // pty-001 and pty-003 of the parties stream.
  const proposals: ClusterInput = {
    ...mali,
    title: 'Malian political forces propose extended junta rule, dissolution of parties',
    summary:
      'In a move signaling a potential significant shift in Mali’s political landscape, a gathering of Malian political forces in Bamako has recommended the dissolution of all existing political parties.',
    publishedAt: MON,
    titleEntities: ['mali'],
  };
  const goita: ClusterInput = {
    ...mali,
    title: 'Mali: Assimi Goita proposed as president for a five-year term',
    summary:
      'A national consultation held on Monday and Tuesday in Bamako has proposed appointing General Assimi Goïta, head of the transitional government, as President of the Republic of Mali for a renewable five-year term.',
    publishedAt: MON + 60 * HOUR,
    titleEntities: ['mali', 'assimi-goita'],
  };

  it('files a later report of the proposals that names their day in their story', () => {
    expect(assign(goita, story('proposals', proposals)).storyId).toBe('proposals');
  });

  it('files the term granted by the transition council, told in two languages, as one vote', () => {
    const vote: ClusterInput = {
      ...mali,
      title: 'Mali : le Conseil national de transition accorde un mandat de cinq ans au président',
      summary: 'Les membres du CNT ont voté à l’unanimité.',
      lang: 'fr',
      publishedAt: MON + 24 * HOUR,
      titleEntities: ['mali'],
    };
    const granted: ClusterInput = {
      ...mali,
      title: 'Mali military chief granted five-year presidential term',
      summary: 'The move clears the way for him to lead the country until 2030.',
      publishedAt: MON + 40 * HOUR,
      titleEntities: ['mali'],
    };
    expect(assign(granted, story('vote', vote)).storyId).toBe('vote');
  });

  it('keeps the proposal of a dissolution apart from the dissolution decreed', () => {
    const decree: ClusterInput = {
      ...mali,
      title: 'Mali : la junte dissout les partis politiques (décret)',
      summary: '',
      lang: 'fr',
      publishedAt: MON + 12 * HOUR,
      titleEntities: ['mali'],
    };
    expect(assign(decree, story('proposals', proposals)).storyId).toBeNull();
  });
});
