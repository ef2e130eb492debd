import { describe, expect, it } from 'vitest';
import type { StoredItem } from '../../../src/core/store-ports.js';
import {
  arcVocabulary,
  mergeArcSignatures,
  signArcStory,
} from '../../../src/stories/arc-signature.js';
import { T0, config, item } from '../../integration/delivery/pipeline-harness.js';
import { DAY, HOUR, arcInput, setup, storyOf } from './arc-linker-harness.js';

describe('createArcLinker', () => {
  it('places a story alone in its arc again when a joining report’s headline tells its topic', () => {
    // AES exit stream, 28 January 2024: the withdrawal, then ECOWAS's communiqué, first told by
    // a headline that names no topic, then by one that names the withdrawal.
    const { arcs, linker, file } = setup();
    const withdrawal = item({
      id: 'withdrawal',
      at: T0,
      title: 'Niger, Mali, Burkina Faso announce withdrawal from ECOWAS',
      summary:
        'The three nations, led by military governments, accused the regional bloc of becoming a threat to member states.',
    });
    const members = item({
      id: 'members',
      at: T0 + 2 * HOUR,
      title:
        '« Le Burkina Faso, le Mali et le Niger restent des membres importants de la CEDEAO » (Communiqué)',
      summary:
        'La CEDEAO a réagi ce dimanche 28 janvier 2024 suite à la décision du Burkina Faso, du Mali et du Niger',
    });
    const notice = item({
      id: 'notice',
      at: T0 + 2 * HOUR,
      title:
        'URGENT : la CEDEAO dit ne pas avoir reçu une notification formelle du retrait des 3 États de l’institution et reste déterminée à trouver une solution négociée à l’impasse politique',
      summary:
        'Suite au retrait du Burkina, Mali et du Niger de la Communauté économique des Etats de l’Afrique de l’Ouest (CEDEAO), l’instance sous-régionale dans un communiqué rendu public ce 28 janvier 2024, dit ne pas avoir reçu une notification formelle et officielle des trois Etats membres concernant leur…',
    });
    file(withdrawal);
    const placed = file(members);
    expect(placed).toMatchObject({ created: true, story: { arcId: 'arc-st-members' } });
    const joined = { ...placed.story, lastSeenAt: notice.firstSeenAt };
    expect(linker.touch(joined, arcInput(notice))).toBe('arc-st-withdrawal');
    linker.flush();
    expect(arcs.getArc('arc-st-withdrawal')?.storyIds).toEqual(['st-withdrawal', 'st-members']);
  });

  it('joins an arc of several developments to another when a report shows they are one', () => {
    // Tinzaouaten stream: Ukraine's intelligence claims a part in the ambush (29 July) and
    // Senegal summons Ukraine's ambassador (3 August); then Mali breaks with Ukraine.
    const gur = item({
      id: 'gur',
      at: T0 - 6 * DAY,
      title:
        'GUR of Ukraine announced its involvement in the attack on PMC Wagner fighters in Mali',
      summary:
        'The Main Intelligence Directorate (GUR) of the Ukrainian Defense Ministry has admitted to involvement in organizing an attack on fighters of the private military company (PMC) Wagner in Mali.',
    });
    const senegal = item({
      id: 'senegal',
      at: T0 - DAY,
      title: 'Le Sénégal convoque l’ambassadeur d’Ukraine à Dakar',
      summary:
        'Au Sénégal, les autorités ont convoqué samedi l’ambassadeur d’Ukraine à Dakar pour avoir publié une vidéo de soutien aux récentes attaques meurtrières contre l’armée malienne et ses alliés russes, a indiqué le ministère sénégalais des Affaires étrangères dans un communiqué.',
    });
    const { arcs, linker, file } = setup((stored) => {
      const vocabulary = arcVocabulary(config.watchlist);
      const sign = (report: StoredItem) => signArcStory(arcInput(report), vocabulary);
      for (const report of [gur, senegal]) stored.stories.insert(storyOf(report), {});
      stored.arcs.insertArc(
        {
          id: 'arc-ukraine',
          title: 'Ukraine attack',
          firstSeenAt: gur.firstSeenAt,
          lastSeenAt: senegal.firstSeenAt,
          storyIds: ['st-gur', 'st-senegal'],
        },
        mergeArcSignatures(sign(gur), sign(senegal)),
      );
    });
    const cut = file(
      item({
        id: 'cut',
        at: T0,
        title: "Le Mali rompt ses relations diplomatiques avec l'Ukraine",
        summary:
          "Le Mali a annoncé dimanche 4 août rompre ses relations diplomatiques avec l'Ukraine après qu'un haut responsable ukrainien a, selon Bamako, avoué «l'implication» de Kiev dans une lourde défaite de l'armée malienne et du groupe paramilitaire russe Wagner fin juillet lors de combats avec les…",
      }),
    );
    expect(cut).toMatchObject({ created: true, story: { arcId: 'arc-st-cut' } });
    const breaks = file(
      item({
        id: 'breaks',
        at: T0 + HOUR,
        title:
          'Mali breaks off diplomatic relations with Ukraine: reaction of the Ministry of Foreign Affairs',
        summary:
          "Ukraine's Foreign Ministry called Mali's decision to sever diplomatic relations with Ukraine short-sighted and hasty.",
      }),
    );
    expect(breaks.story.arcId).toBe('arc-st-cut');
    const severs = item({
      id: 'severs',
      at: T0 + HOUR,
      title:
        'Mali severs diplomatic relations with Ukraine for providing intelligence to rebels for Wagner ambush',
      summary:
        'Mali has severed diplomatic relations with Ukraine following allegations that Ukrainian intelligence assisted Malian rebels in a deadly ambush against Wagner Group forces in July.',
    });
    const joined = { ...cut.story, lastSeenAt: severs.firstSeenAt };
    expect(linker.touch(joined, arcInput(severs))).toBe('arc-ukraine');
    linker.flush();
    expect(arcs.getArc('arc-ukraine')?.storyIds).toEqual([
      'st-gur',
      'st-senegal',
      'st-cut',
      'st-breaks',
    ]);
  });
});
