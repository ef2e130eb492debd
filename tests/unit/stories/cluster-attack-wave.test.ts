/**
 * The developments of one wave of attacks, told on the same days: the attack, a side's claim or
 * count, a curfew, an outside body's report. Headlines are real (the story streams of
 * tests/fixtures/story-streams, and pages of the coverage of Timbuktu and Djibo).
 */
import { describe, expect, it } from 'vitest';
import { readHeadline } from '../../../src/stories/action-frame.js';
import { headlineTolls } from '../../../src/stories/headline-toll.js';
import { assign, reporter, story } from './cluster-harness.js';

const read = (title: string, lead = '') => readHeadline(title, lead);

const T0 = Date.parse('2025-05-12T06:00:00Z');

const report = reporter(T0, {
  lang: 'en',
  entities: ['burkina-faso', 'jnim'],
  places: [],
  tags: ['attack'],
  titleEntities: ['burkina-faso'],
});

/** djb-005 of the Djibo stream: the attack of 11 May 2025 and its first toll. */
const attack = report(
  'More Than 100 Killed in Jihadi Attack in Northern Burkina Faso',
  'An attack by a jihadi group in northern Burkina Faso killed more than 100 people, mostly soldiers, an aid worker and local residents said Monday.',
  0,
);

describe('readHeadline on a wave of attacks', () => {
  it('reads a curfew or a state of emergency as a measure of its own', () => {
    expect(read('Le gouverneur de Tombouctou décrète un couvre-feu d’un mois')).toMatchObject({
      frame: { heads: [], acts: ['restrict'] },
      actor: 'government',
    });
    expect(
      read('Couvre-feu de 20h à 6h à Tombouctou pour faire face à la menace terroriste').frame.acts,
    ).toEqual(['restrict']);
    // After a label naming the attack, what follows is what the report tells.
    expect(
      read(
        'Attaque terroriste au Mali : la menace s’est étendue à d’autres localités sensibles, un couvre-feu de 18 h à 6 h instauré',
      ).frame.acts,
    ).toEqual(['restrict']);
    expect(
      read('Attaque de Barsalogho : une délégation ministérielle au chevet des blessés').frame.acts,
    ).toEqual(['visit']);
    expect(
      read('Burkina Faso: de nouvelles provinces sous couvre-feu après des attaques').frame.acts,
    ).toEqual(['restrict']);
    // A label followed by the toll is still the attack.
    expect(read('Attaque terroriste au Mali : le bilan').frame.acts).toEqual(['attack', 'toll']);
  });

  it('does not take the counted dead for who acted', () => {
    expect(
      read('Deux gendarmes tués lors d’une attaque inédite de djihadistes dans la capitale du Mali')
        .actor,
    ).toBeUndefined();
  });

  it('reads a count of the attackers’ dead alone as the army’s claim', () => {
    for (const title of [
      'Tombouctou : les FAMa neutralisent 13 terroristes après l’échec d’une tentative d’infiltration dans leur camp',
      'Offensive majeure des Forces armées burkinabè : 400 terroristes neutralisés à Djibo',
    ])
      expect(read(title), title).toMatchObject({ frame: { heads: ['claim'] }, actor: 'army' });
    // A headline that counts soldiers first, or leads with the attack, is the attack.
    for (const title of [
      'Attaque terroriste au Niger : 12 soldats tués, une centaine de terroristes neutralisés',
      'Double attaque terroriste déjouée à Tombouctou : 14 assaillants neutralisés',
    ])
      expect(read(title).frame.heads, title).toEqual([]);
  });

  it('reads a count of the attackers killed as the count of whoever the headline says killed them', () => {
    expect(read('Burkina Faso forces kill 146 militants after village massacre')).toMatchObject({
      frame: { heads: ['claim'], acts: ['toll'] },
      actor: 'army',
    });
    expect(read('France kills over 20 militants on Mali-Burkina Faso border').actor).toBe('france');
    // Civilians killed by the attackers are the attack.
    expect(
      read('Terrorists kill 44 civilians in attack on Niger village during Ramadan prayers').frame
        .heads,
    ).toEqual([]);
  });

  it('reads the attackers saying what their attack did as their claim', () => {
    // A state saying what the attackers did is no claim of theirs.
    expect(read('Niger says jihadists kill 12 soldiers near Mali border').frame.heads).toEqual([]);
    expect(
      read('Al Qaeda affiliate says 200 soldiers killed in Burkina Faso attack'),
    ).toMatchObject({ frame: { heads: ['claim'], acts: ['attack', 'toll'] }, actor: 'attackers' });
    expect(
      read('Malian army says capital Bamako ‘under control’ following gun attack').frame.heads,
    ).toEqual([]);
  });

  it('reads fighting and heavy losses as the fight, and fighting that resumes as a new episode', () => {
    expect(
      read('Affrontements violents à Tinzaouatène : bilan contradictoire et pertes importantes')
        .frame.acts,
    ).toEqual(['attack', 'losses', 'toll']);
    expect(
      read(
        'Lourdes pertes pour l’armée et ses alliés russes lors de combats face aux rebelles du CSP',
      ).frame.acts,
    ).toEqual(['losses']);
    expect(
      read('Mali : les affrontements ont repris en début d’après-midi à l’aéroport').frame.heads,
    ).toEqual(['resume']);
  });

  it('reads a break of relations, and not "several" as one', () => {
    expect(read('Le Mali rompt ses relations diplomatiques avec l’Ukraine').frame.acts).toEqual([
      'sever',
    ]);
    expect(read('Mali cuts Ukraine ties over alleged aiding of rebel attack').frame.acts).toEqual([
      'sever',
    ]);
    expect(read('Jihadist attack kills ‘several dozen’ in Burkina Faso').frame.acts).toEqual([
      'attack',
      'toll',
    ]);
  });

  it('reads another state’s act after a possessive as the speaker’s reaction to it', () => {
    for (const title of [
      'Ukraine says Mali’s decision to cut ties over attack was hasty, short-sighted',
      'Ukraine calls Mali government’s severance of diplomatic relations short-sighted',
    ])
      expect(read(title), title).toMatchObject({
        frame: { heads: ['respond'], acts: [] },
        actor: 'ukraine',
      });
    expect(read('Russia’s Wagner fighters killed in fierce battles in Mali').frame.acts).toEqual([
      'attack',
      'toll',
    ]);
  });

  it('reads separatist rebels apart from the jihadists, and a site of the army as a target', () => {
    expect(read('Mali rebels claim major victory over army, Russian mercenaries').actor).toBe(
      'rebels',
    );
    expect(read('Le JNIM revendique l’attaque de Bamako').actor).toBe('attackers');
    expect(
      read(
        'Attaque terroriste à Bamako : l’état-major confirme quelques pertes en vies humaines du côté de l’armée',
      ).actor,
    ).toBe('army');
  });
});

describe('readHeadline on the mosque attack at Fambita (Niger, March 2025)', () => {
  it('leaves a reaction after a comma out of the attack it follows, but not a claim', () => {
    expect(
      read('44 killed in mosque attack in Niger, govt blames IS affiliate').frame,
    ).toMatchObject({ heads: [], acts: ['attack', 'toll'] });
    expect(
      read(
        'Burkina Faso : l’attaque de Barsalogho, qui a fait plus de 200 morts et 300 blessés, revendiquée par les djihadistes du JNIM',
      ).frame.heads,
    ).toEqual(['claim']);
  });

  it('reads the UN rights chief as the UN, and a side losing fighters as the fight', () => {
    expect(
      read('Niger: Mosque attack which killed 44 should be ‘wake-up call’, says rights chief')
        .actor,
    ).toBe('un');
    expect(
      read('Au Niger, l’EIGS perd une quarantaine de combattants sur un site aurifère (armée)')
        .frame.acts,
    ).toEqual(['losses']);
  });

  it('reads the toll after "kill"', () => {
    expect(headlineTolls('Niger says jihadists kill 12 soldiers near Mali border')).toEqual([12]);
  });
});

describe('assignStory on a wave of attacks', () => {
  it('keeps the attackers’ word on their attack apart from the attack', () => {
    const claim = report(
      'Al Qaeda affiliate says 200 soldiers killed in Burkina Faso attack',
      'A West African al Qaeda affiliate said it killed 200 soldiers in an attack on an army base in Burkina Faso this week.',
      20,
    );
    expect(assign(claim, story('attack', attack)).storyId).toBeNull();
  });

  it('keeps a rights group’s count of the dead apart from the attack', () => {
    const rights = report(
      "Burkina Faso military killed over 100 civilians in 'massacre' - rights group",
      'More jihadist attacks were reported over the weekend, said to have led to dozens of casualties.',
      1,
    );
    const verdict = assign(rights, story('attack', attack));
    expect(verdict.storyId).toBeNull();
    expect(verdict.reason).toContain('another actor');
  });

  it('keeps the army’s count of the attackers it killed apart from the attack', () => {
    const count = report(
      'Offensive majeure des Forces armées burkinabè : 400 terroristes neutralisés à Djibo',
      'Une contre-offensive des Forces armées burkinabè a neutralisé au moins 400 personnes dimanche soir.',
      8,
      { lang: 'fr' },
    );
    expect(assign(count, story('attack', attack)).storyId).toBeNull();
  });

  it('keeps a curfew apart from the attack it follows', () => {
    const shells = report(
      'Tombouctou : L’aéroport ciblé par des tirs d’obus',
      'Hier aux environs de 10 heures, l’aéroport de Tombouctou a été la cible des groupes armés terroristes qui y ont lancé des obus.',
      0,
      {
        lang: 'fr',
        entities: ['mali', 'timbuktu'],
        places: ['timbuktu'],
        titleEntities: ['timbuktu'],
      },
    );
    const curfew = report(
      'Le gouverneur de Tombouctou décrète un couvre-feu d’un mois',
      'Le gouverneur de la région malien de Tombouctou, Bakoun Kante, a instauré un couvre-feu de 30 jours, entrée en vigueur ce lundi, et qui limite la mobilité de 20h00 à 6h00.',
      6,
      {
        lang: 'fr',
        entities: ['mali', 'timbuktu'],
        places: ['timbuktu'],
        titleEntities: ['timbuktu'],
      },
    );
    expect(read(shells.title).frame.acts).toEqual(['attack']);
    const verdict = assign(curfew, story('attack', shells));
    expect(verdict.storyId).toBeNull();
    expect(verdict.reason).toContain('different action');
  });

  it('keeps a group’s claim apart from the government’s solidarity with the victims', () => {
    // bar-013 and bar-009 of the Barsalogho stream.
    const place = { lang: 'fr', places: ['barsalogho'], tags: ['attack'] };
    const solidarity = report(
      'Attaque de Barsalgho : Le gouvernement solidaire aux victimes',
      'Les ministres Jean Emmanuel Ouédraogo de la Communication, Mahamadou Sana de la Sécurité, Robert Kargougou de la Santé, Nandy Somé de l’Action humanitaire et le chef d’Etat-Major de l’armée étaient au chevet des blessés de l’attaque de Basalgho ce dimanche 25 aout à Kaya.',
      0,
      { ...place, entities: ['burkina-faso', 'barsalogho'], titleEntities: ['burkina-faso'] },
    );
    const claim = report(
      'Burkina Faso : l’attaque de Barsalogho, qui a fait plus de 200 morts et 300 blessés, revendiquée par les djihadistes du JNIM',
      'Le week-end dernier, une attaque menée par des djihadistes liés à Al-Qaïda a tué près de 200 villageois et soldats dans le Centre du Burkina Faso, selon des vidéos analysées par un spécialiste régional.',
      15,
      {
        ...place,
        entities: ['burkina-faso', 'barsalogho', 'jnim'],
        titleEntities: ['burkina-faso', 'barsalogho', 'jnim'],
      },
    );
    expect(read(solidarity.title)).toMatchObject({ frame: { heads: ['respond'] } });
    expect(read(claim.title).frame.heads).toEqual(['claim']);
    const verdict = assign(claim, story('solidarity', solidarity));
    expect(verdict.storyId).toBeNull();
    expect(verdict.reason).toContain('different action');
  });

  describe('late coverage of an attack on a named town', () => {
    const djibo = { entities: ['burkina-faso', 'djibo'], places: ['djibo'] };
    /** djb-002 of the Djibo stream, the day after the raid. */
    const repelled = report(
      'Burkina Faso | L’armée repousse une attaque massive à Djibo',
      'Le 11 mai, des combattants du groupe terroriste JNIM ont lancé une violente offensive contre la ville de Djibo, dans le nord du pays.',
      0,
      { ...djibo, lang: 'fr', titleEntities: ['burkina-faso', 'djibo'] },
    );
    /** djb-011, published four days after the raid (here 66 hours after this report). */
    const rattles = report(
      'Djibo raid rattles Burkina Faso’s junta',
      'The attack, claimed by Islamist group Ansarul Islam, has not only revealed gaps in Burkina Faso’s defences but also fuelled fears of infiltration within the civilian auxiliaries meant to support the army and protect key towns in the north.',
      2 * 24 + 18,
      { ...djibo, titleEntities: ['djibo', 'burkina-faso'] },
    );

    it('files a report of the attack days later in the attack’s story', () => {
      const verdict = assign(rattles, story('attack', repelled));
      expect(verdict.storyId).toBe('attack');
      expect(verdict.reason).toMatch(/^same action and actors \(tag shared, place shared/);
    });

    it('keeps it apart when the town is not the story’s', () => {
      const unplaced = { ...rattles, places: [], entities: ['burkina-faso'] };
      expect(assign(unplaced, story('attack', repelled)).storyId).toBeNull();
    });

    it('keeps apart a side’s new act at the same town days later', () => {
      // tnz-004 and tnz-018 of the Tinzaouaten stream: the battle, then the army's drone strikes.
      const place = { entities: ['mali', 'tinzaouaten'], places: ['tinzaouaten'], lang: 'fr' };
      const battle = report(
        'Affrontements violents à Tinzaouatène : bilan contradictoire et pertes importantes',
        'La localité de Tinzaouatène est au cœur d’affrontements depuis jeudi 25 juillet entre les rebelles du Cadre stratégique et permanent (CSP) et l’armée malienne, soutenue par des mercenaires russes.',
        0,
        { ...place, titleEntities: ['tinzaouaten'] },
      );
      const drones = report(
        'Malian Army and Allies Use Drones in Attack Against Tuaregs',
        'Malian forces launched an airstrike in coordination with the Burkina Faso army in the town of Tin Zaouatine, near the Algerian border.',
        2 * 24 + 8,
        { ...place, lang: 'en', titleEntities: ['mali'] },
      );
      expect(read(drones.title).actor).toBe('army');
      expect(assign(drones, story('battle', battle)).storyId).toBeNull();
    });
  });
});
