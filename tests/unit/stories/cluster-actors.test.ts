import { describe, expect, it } from 'vitest';
import { assign, reporter, story } from './cluster-harness.js';

/** A Sunday: the attack below took place the day before. */
const T0 = Date.parse('2024-08-25T12:00:00Z');

/** A report of a jihadist attack on the town of Djibo and what followed it. */
const report = reporter(T0, {
  lang: 'fr',
  entities: ['burkina-faso'],
  places: [],
  tags: ['attack'],
  titleEntities: ['burkina-faso'],
});

const attack = story(
  'attack',
  report(
    'Burkina Faso : une nouvelle attaque terroriste à Djibo',
    'Plusieurs dizaines de personnes ont été tuées samedi par des hommes armés à Djibo.',
    0,
  ),
  report(
    'Burkina Faso : au moins 100 civils tués dans une attaque à Djibo',
    'Au moins 100 civils ont été tués dans une attaque contre la ville de Djibo.',
    4,
  ),
);
const un = story(
  'un',
  report(
    'Burkina Faso : le SG de l’ONU condamne une récente attaque terroriste',
    'Le secrétaire général de l’ONU a fermement condamné l’attaque de Djibo.',
    48,
  ),
);

describe('assignStory, one story per actor of a development', () => {
  it('keeps another body’s condemnation apart from the UN’s', () => {
    const au = report(
      'Attaque de Djibo : l’UA condamne',
      'L’Union africaine a condamné l’attaque.',
      50,
    );
    expect(assign(au, un)).toMatchObject({
      storyId: null,
      reason: expect.stringContaining("another actor's development") as unknown,
    });
    const again = report(
      'Burkina Faso : le chef de l’ONU condamne l’attaque de Djibo',
      'Antonio Guterres a vivement condamné l’attaque, selon son porte-parole.',
      50,
    );
    expect(assign(again, un).storyId).toBe('un');
  });

  it('keeps a government visit apart from the attack it follows', () => {
    const visit = report(
      'Attaque de Djibo : le gouvernement au chevet des blessés',
      'Une délégation du gouvernement s’est rendue à l’hôpital auprès des victimes de l’attaque.',
      9,
    );
    // After the label naming the attack, the headline tells a visit: another action.
    expect(assign(visit, attack)).toMatchObject({
      storyId: null,
      reason: expect.stringContaining('different action') as unknown,
    });
    const visits = story('visit', visit);
    const solidarity = report(
      'Attaque de Djibo : le gouvernement solidaire des victimes',
      'Les ministres étaient au chevet des blessés dimanche.',
      10,
    );
    expect(assign(solidarity, visits).storyId).toBe('visit');
  });

  it('keeps a report of the attack out of a story of what an actor did about it', () => {
    const visits = story(
      'visit',
      report('Kaya : le gouvernement au chevet des blessés de Djibo', 'Les ministres à Kaya.', 9),
    );
    const toll = report(
      'Burkina Faso : 150 morts dans l’attaque de Djibo',
      'Le bilan s’alourdit.',
      10,
    );
    expect(assign(toll, visits).storyId).toBeNull();
  });

  it('files a report whose lead tells a side’s claim of the attack with the claim', () => {
    const opts = { lang: 'en', entities: ['mali', 'wagner'], titleEntities: ['mali', 'wagner'] };
    const claim = story(
      'claim',
      report(
        'Ukrainian intelligence announced its involvement in the ambush of Wagner in Mali',
        'Ukraine’s military intelligence said it had helped organise the ambush near the border.',
        0,
        opts,
      ),
    );
    const retold = report(
      'Ukraine-Russia war spills into the Sahel: ambush in Mali',
      'Ukraine’s military intelligence has claimed responsibility for the ambush in Mali.',
      20,
      opts,
    );
    expect(assign(retold, claim).storyId).toBe('claim');
    const plain = report(
      'Ukraine-Russia war spills into the Sahel: ambush in Mali',
      'Dozens of Wagner fighters died in the ambush near the Algerian border.',
      20,
      opts,
    );
    expect(assign(plain, claim).storyId).toBeNull();
  });

  it('lets the attackers and the army lead reports of one fight', () => {
    const fight = story(
      'fight',
      report('Mali : violents combats entre l’armée et les rebelles près d’Anéfis', 'Combats.', 0, {
        tags: ['clash'],
      }),
    );
    const rebels = report('Tuareg rebels and Malian army clash near Anefis', 'Fighting.', 2, {
      lang: 'en',
      tags: ['clash'],
    });
    expect(assign(rebels, fight).reason).not.toContain("another actor's development");
  });

  it('files residents’ account of a strike with the army’s report of it, not their statement', () => {
    const place = {
      entities: ['mali', 'menaka', 'issp'],
      places: ['menaka'],
      tags: ['drone-strike'],
    };
    const strike = story(
      'strike',
      report(
        'Ménaka : frappe de drone contre une base de l’EIGS, selon l’armée',
        'L’armée malienne dit avoir mené dans la nuit de vendredi une frappe par drone contre une base de l’État islamique au Sahel.',
        0,
        place,
      ),
    );
    const heard = report(
      'Région de Ménaka : des habitants rapportent des explosions après une frappe aérienne',
      'Des habitants de villages situés à l’est de Ménaka disent avoir entendu plusieurs explosions dans la nuit de vendredi à samedi.',
      3,
      place,
    );
    expect(assign(heard, strike)).toMatchObject({ storyId: 'strike' });
    const denounced = report(
      'Ménaka : des habitants dénoncent une frappe de drone meurtrière',
      'Des habitants de Ménaka accusent l’armée d’avoir tué des civils lors de la frappe de drone de vendredi.',
      3,
      place,
    );
    expect(assign(denounced, strike).storyId).toBeNull();
  });
});

describe('assignStory, tolls and late coverage', () => {
  it('files a toll well above the story’s as a new count', () => {
    const higher = report(
      'Burkina Faso : au moins 400 civils tués dans une attaque à Djibo',
      'Au moins 400 civils ont été tués, selon des sources locales.',
      20,
    );
    expect(assign(higher, attack)).toMatchObject({
      storyId: null,
      reason: expect.stringContaining('a new count of the dead') as unknown,
    });
    const lower = {
      ...higher,
      title: 'Burkina Faso : au moins 120 civils tués dans une attaque à Djibo',
    };
    expect(assign(lower, attack).storyId).toBe('attack');
  });

  it('joins a higher count from another source in the first hours as another first count', () => {
    const early = report(
      'Burkina Faso : au moins 400 civils tués dans une attaque à Djibo',
      'Au moins 400 civils ont été tués, selon des sources locales.',
      8,
    );
    expect(assign(early, attack).storyId).toBe('attack');
  });

  it('files hundreds of dead, told without the attack’s day, as a new count', () => {
    const hundreds = report(
      'Nord du Burkina : les attaques jihadistes ont fait plusieurs centaines de morts',
      'Des témoins racontent la prise de la ville par les assaillants.',
      20,
    );
    expect(assign(hundreds, attack)).toMatchObject({
      storyId: null,
      reason: expect.stringContaining('a new count of the dead') as unknown,
    });
  });

  it('joins late coverage that names the attack’s day to the attack, before a later count', () => {
    const late = report(
      'Hundreds killed in jihadist attack in Burkina Faso',
      'Suspected jihadists killed hundreds of people on Saturday around the town of Djibo.',
      72,
      { lang: 'en' },
    );
    const count = story(
      'count',
      report('Burkina Faso : 400 civils tués à Djibo', 'Au moins 400 civils ont été tués.', 48),
    );
    expect(assign(late, attack, count).storyId).toBe('attack');
    const undated = { ...late, summary: 'Suspected jihadists killed hundreds around Djibo.' };
    expect(assign(undated, attack, count).storyId).toBe('count');
  });
});

describe('assignStory, a junta told as the army or the government', () => {
  const plotReport = reporter(T0, {
    lang: 'en',
    entities: ['burkina-faso', 'ibrahim-traore'],
    places: [],
    tags: ['coup'],
    titleEntities: ['burkina-faso'],
  });

  it('joins the army’s word on a foiled plot to the government’s', () => {
    const plot = story(
      'plot',
      plotReport(
        'Burkina junta says it foiled a plot to sow chaos',
        'The security minister said a plot against the state had been foiled.',
        0,
      ),
    );
    const army = plotReport(
      'Burkina Faso army says it foiled major coup plot',
      'The army said it foiled a plot by officers and exiles.',
      6,
    );
    expect(assign(army, plot).storyId).toBe('plot');
  });

  it('still keeps the army’s fight apart from the government’s measure', () => {
    const curfew = story(
      'curfew',
      plotReport(
        'Burkina government imposes a curfew in the capital',
        'The government imposed a night curfew.',
        0,
      ),
    );
    const fight = plotReport(
      'Burkina army attacks militants near the capital',
      'The army said it attacked militants.',
      4,
    );
    expect(assign(fight, curfew).storyId).toBeNull();
  });
});
