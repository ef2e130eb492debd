import { describe, expect, it } from 'vitest';
import { classifyPiece, explainPieceKind, pieceKind } from '../../../src/stories/piece-kind.js';

const kindOf = (title: string, url: string | null = null, summary = ''): string =>
  pieceKind({ title, summary, url });

describe('pieceKind: headline labels in English', () => {
  it.each([
    ['Analysis: What the coup tells us about the Sahel', 'analysis'],
    ['ANALYSIS | Niger junta tightens its grip', 'analysis'],
    ['Opinion | The Sahel needs more than soldiers', 'opinion'],
    ['OPINION: ECOWAS has lost its way', 'opinion'],
    ['Op-ed: Why sanctions on Niger failed', 'opinion'],
    ['Editorial: A coup is not a revolution', 'opinion'],
    ['Explainer: Who are the JNIM fighters besieging Bamako?', 'explainer'],
    ['Niger coup: What to know about the junta', 'explainer'],
    ['Attack on Bamako: what we know so far', 'explainer'],
    ['Timeline: Mali since the 2012 rebellion', 'explainer'],
    ['Fact check: Did Russia send troops to Niger?', 'explainer'],
    ['Niger’s uranium row: implications for the region’s power supply', 'analysis'],
    ['The implications of the AES passport for West African travel', 'analysis'],
    ['Live: Gunmen attack Bamako police school', 'live'],
    ['Mali attack live: army says situation under control', 'live'],
    ['Sahel crisis live updates', 'live'],
    ['{DIRECT} Journée de soutien au président : forte mobilisation', 'live'],
    ['[Live] Sahel summit opens in Niamey', 'live'],
    ['Bamako attack – as it happened', 'live'],
    ['Russia-Ukraine war: List of key events, day 838', 'roundup'],
    ['Day 12 of the Niger standoff', 'roundup'],
    ['Week in pictures: from Niamey to Nairobi', 'roundup'],
    ['Thursday Briefing: ECOWAS sets a deadline', 'roundup'],
  ])('reads %j as %s', (title, kind) => {
    expect(kindOf(title)).toBe(kind);
  });
});

describe('pieceKind: headline labels in French', () => {
  it.each([
    ['Analyse : au Sahel, la junte face à ses promesses', 'analysis'],
    ['Décryptage – Pourquoi le Niger se tourne vers Moscou', 'analysis'],
    ['Mali : décryptage d’une crise du carburant', 'analysis'],
    ['Niger : la libération des anciens ministres décryptée', 'analysis'],
    ['Entretien : « La Cédéao a perdu la main »', 'analysis'],
    ['Tribune : le Sahel mérite mieux que des sanctions', 'opinion'],
    ['Éditorial : la junte et le temps long', 'opinion'],
    ['Édito – Bamako sous blocus', 'opinion'],
    ['Chronique : le pari russe de la junte', 'opinion'],
    ['Point de vue : ce que révèle le retrait de la Cédéao', 'opinion'],
    ['Coup d’État au Niger : ce qu’il faut savoir', 'explainer'],
    ['Attaque à Bamako : ce que l’on sait', 'explainer'],
    ['Qui est Abdourahamane Tiani, le nouvel homme fort du Niger ?', 'explainer'],
    ['Pourquoi le Mali quitte la Cédéao ?', 'analysis'],
    ['Pourquoi le Mali quitte la Cédéao', 'analysis'],
    ['Confédération AES : comment Tiani, Traoré et Goïta veulent doubler la Cédéao', 'analysis'],
    ['Qui sont les putschistes du Niger', 'explainer'],
    ['Comprendre : la crise du carburant au Mali', 'explainer'],
    ['Chronologie des coups d’État au Sahel', 'explainer'],
    ['EN DIRECT – Attaque à Bamako : les dernières informations', 'live'],
    ['Colère des agriculteurs en direct : le siège de Paris', 'live'],
    ['Revue de presse : la presse malienne salue l’AES', 'roundup'],
    ['L’essentiel : ce qu’il s’est passé ce lundi', 'roundup'],
    ['Actualités du 30 mai', 'roundup'],
    ['Revue de presse du 15 mai 2025', 'roundup'],
    ['Revue de presse malienne du mardi 7 décembre', 'roundup'],
    ['L’actu du mardi 3 juin', 'roundup'],
    ['News of June 3', 'roundup'],
    ['Actualités du Mali : le gouvernement dissout les partis', 'news'],
    ['Journal du Sahel : Niamey suspend les vols vers Cotonou', 'news'],
  ])('reads %j as %s', (title, kind) => {
    expect(kindOf(title)).toBe(kind);
  });
});

describe('pieceKind: what to understand, what is at stake, what lies behind', () => {
  it.each([
    ['Le bras de fer minier : ce qu’il faut comprendre de l’arbitrage', 'explainer'],
    ['Cinq questions pour comprendre la crise du carburant', 'explainer'],
    ['Sommet de l’AES : que retenir ?', 'explainer'],
    ['Sommet de la Cédéao : ce qu’il faut retenir', 'explainer'],
    ['Sahel summit: what’s at stake for the region', 'explainer'],
    ['The junta’s new charter and why it matters', 'explainer'],
    ['Talon–Tiani : l’envers d’une brouille', 'analysis'],
    ['Les dessous de l’accord minier', 'analysis'],
    ['Behind the scenes of the Niamey talks', 'analysis'],
    ['Libération de onze prisonniers politiques, et après ?', 'analysis'],
    ['La junte rend le pouvoir : et maintenant ?', 'analysis'],
  ])('reads %j as %s', (title, kind) => {
    expect(kindOf(title)).toBe(kind);
  });

  it.each([
    ['La police retient trois suspects après l’attaque'],
    ['Army says it stays behind the lines near Kidal'],
  ])('keeps %j as news', (title) => {
    expect(kindOf(title)).toBe('news');
  });
});

describe('pieceKind: sections of the link', () => {
  it.each([
    ['https://www.aljazeera.com/opinions/2024/1/28/the-icj-ruling', 'opinion'],
    ['https://www.theguardian.com/commentisfree/2024/jun/12/sahel', 'opinion'],
    ['https://www.lemonde.fr/idees/article/2024/01/29/sahel_1.html', 'opinion'],
    ['https://www.jeuneafrique.com/tribune/123/le-sahel/', 'opinion'],
    ['https://www.aljazeera.com/features/2024/6/12/as-china-scrambles', 'analysis'],
    ['https://www.bbc.com/news/explainers/sahel', 'explainer'],
    ['https://www.nytimes.com/live/2024/01/28/world/israel-hamas-gaza-news', 'live'],
    ['https://www.example.fr/2024/01/29/direct-manifestations-des-agriculteurs', 'live'],
    ['https://www.nytimes.com/2024/06/12/briefing/hunter-biden-guilty.html', 'roundup'],
  ])('reads %s', (url, kind) => {
    expect(kindOf('Mali and its neighbours', url)).toBe(kind);
  });

  it('lets the headline label win over the section', () => {
    expect(kindOf('Live: Bamako attack', 'https://example.com/features/bamako')).toBe('live');
  });
});

describe('pieceKind: false friends stay news', () => {
  it.each([
    ['Why Mali’s junta expelled the French ambassador, explained by its spokesman in a statement'],
    ['Niger junta says why it closed the airspace'],
    ['Australian live sheep export ban could set a ‘concerning precedent’, industry warns'],
    ['Thousands live without power in Bamako as fuel runs out'],
    ['Discours du président retransmis en direct à la télévision nationale'],
    ['Les élèves de Tombouctou livrent leur analyse au ministre'],
    ['DNA analysis confirms identity of jihadist leader killed in Mali'],
    ['After Help From Kenyan Police Is Blocked, Haitians Ask: What Now?'],
    ['Sahel Tribune: Malian army retakes Kidal'],
    ['Le chef de la junte accorde une interview à la télévision publique'],
    ['Who killed Mali’s mayor? Police arrest two suspects'],
    ['Le ministre explique pourquoi le Mali quitte la Cédéao'],
    ['Photos: Thousands rally in Niamey behind the junta'],
  ])('keeps %j as news', (title) => {
    expect(kindOf(title, 'https://www.example.com/news/2024/01/28/story')).toBe('news');
  });

  it('ignores a lead that links to a live blog', () => {
    expect(
      kindOf(
        'Tories fighting to prevent Labour winning supermajority, says Shapps',
        'https://www.theguardian.com/politics/article/2024/jun/12/tories-supermajority',
        'UK general election live – latest updates. The defence secretary said…',
      ),
    ).toBe('news');
  });

  it('keeps a piece with an unreadable link as news', () => {
    expect(kindOf('Mali army retakes Kidal', 'not a url')).toBe('news');
  });
});

describe('story-telling headlines and syndicated analysis', () => {
  it('reads a How-headline that is no question as analysis', () => {
    expect(kindOf('How Conservatives Lost a New U.K. Heartland')).toBe('analysis');
    expect(kindOf('Africa: How New Bills Expand Crackdown On Rights')).toBe('analysis');
    expect(kindOf('Howard Street reopens after Bamako floods')).toBe('news');
  });

  it('reads a headline weighing who pays for a policy, and how dearly, as analysis', () => {
    expect(
      kindOf('Burkina Faso civilians pay ruling junta’s anti-jihadist strategy with their lives'),
    ).toBe('analysis');
    expect(kindOf('Sahel: farmers pay a heavy price for the war on jihadists')).toBe('analysis');
    expect(kindOf('Au Burkina, les civils paient le prix fort de la stratégie de la junte')).toBe(
      'analysis',
    );
    expect(kindOf('Mali : les déplacés paient de leur vie l’abandon de l’État')).toBe('analysis');
    expect(kindOf('Gunmen kill dozens of civilians in northern Burkina Faso')).toBe('news');
    expect(kindOf('Fuel price doubles in Bamako as blockade bites')).toBe('news');
    expect(kindOf('Minister denies the deal has implications')).toBe('news');
    expect(kindOf('Mali : la paie des fonctionnaires versée en retard')).toBe('news');
  });

  it('reads an article of The Conversation by its lead', () => {
    expect(
      kindOf(
        'Africa: Girls Usually Read Better Than Boys',
        null,
        '[The Conversation Africa] In most parts…',
      ),
    ).toBe('analysis');
    expect(
      kindOf('Africa: AFRICOM Denies U.S. Airstrike', null, '[VOA] The U.S. military says…'),
    ).toBe('news');
  });

  it('reads a reportage by the changed first name of its witness', () => {
    const headline = 'Au Burkina, la ville assiégée de Djibo compte ses morts';
    expect(
      kindOf(headline, null, '«On a tout perdu.» Fatimata (1), réfugiée à Ouagadougou, raconte…'),
    ).toBe('analysis');
    expect(kindOf(headline, null, 'A son arrivée à Kaya, Issa (1) a acheté du pain.')).toBe(
      'analysis',
    );
    expect(
      kindOf(headline, null, 'Le bilan (1) de l’attaque de samedi reste provisoire, selon l’AFP.'),
    ).toBe('news');
    expect(kindOf(headline, null, 'Au moins 50 morts (2) selon des sources locales.')).toBe('news');
  });
});

describe('question headlines', () => {
  it('reads a question after a colon', () => {
    expect(kindOf('G7 meets in Italy: What’s on the table?')).toBe('explainer');
    expect(kindOf('Hunter Biden convicted on gun charges: Will he go to jail?')).toBe('analysis');
  });

  it('reads French inversion questions as analysis', () => {
    expect(kindOf('Daech a-t-il retrouvé ses capacités d’action ?')).toBe('analysis');
  });
});

describe('explainPieceKind', () => {
  it('names the cue that decided', () => {
    expect(explainPieceKind({ title: 'Tribune : le Sahel', summary: '', url: null })).toBe(
      'opinion (headline label "tribune :")',
    );
    expect(
      explainPieceKind({
        title: 'Mali',
        summary: '',
        url: 'https://www.aljazeera.com/opinions/2024/1/28/x',
      }),
    ).toBe('opinion (link section "/opinions/")');
    expect(explainPieceKind({ title: 'Mali army retakes Kidal', summary: '', url: null })).toBe(
      'news (no cue)',
    );
  });

  it('returns the cue with the kind', () => {
    expect(
      classifyPiece({ title: 'Why is Niger leaving ECOWAS?', summary: '', url: null }),
    ).toEqual({
      kind: 'analysis',
      cue: 'question headline ("Why …?")',
    });
  });
});
