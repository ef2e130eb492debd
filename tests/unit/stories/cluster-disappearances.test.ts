import { describe, expect, it } from 'vitest';
import { readHeadline } from '../../../src/stories/action-frame.js';
import { assign, PLAIN_MALI_REPORT, reporter, story } from './cluster-harness.js';

/** A Friday: two opponents were taken the day before. */
const T0 = Date.parse('2025-05-09T09:00:00Z');

/** A report of opponents abducted in Bamako. */
const report = reporter(T0, PLAIN_MALI_REPORT);

const acts = (title: string): readonly string[] => readHeadline(title, '').frame.acts;

const abduction = story(
  'abduction',
  report(
    'Mali opposition politicians feared forcibly disappeared',
    'Two political opposition leaders went missing on Thursday in Bamako.',
    0,
  ),
);

describe('assignStory, people taken or gone missing', () => {
  it('reads people missing since a day, or who went missing, as a disappearance', () => {
    expect(acts('Mali: two opponents missing since Thursday')).toContain('kidnap');
    expect(acts('Two activists went missing in Bamako')).toContain('kidnap');
    expect(acts('Deux opposants portés disparus au Mali')).toContain('kidnap');
    // The bare word tells no disappearance: headlines use it for things too.
    expect(acts('Mali audit finds missing funds at ministry')).not.toContain('kidnap');
  });

  it('files a rights group telling the abduction with the abduction', () => {
    const hrw = report(
      'Mali: Two opponents missing since Thursday, according to HRW',
      'Two Malian opposition figures have been missing since Thursday after being abducted by masked and armed men, Human Rights Watch reported.',
      9,
    );
    expect(readHeadline(hrw.title, hrw.summary).actor).toBe('rights');
    expect(assign(hrw, abduction).storyId).toBe('abduction');
  });

  it('reads raising the alarm over what was done as a protest, over a risk as a warning', () => {
    const heads = (title: string): readonly string[] => readHeadline(title, '').frame.heads;
    expect(heads('Disparition de deux opposants : HRW alerte sur des enlèvements')).toEqual([
      'denounce',
    ]);
    expect(heads('HRW sounds the alarm on abductions of opponents')).toEqual(['denounce']);
    expect(heads('Les États-Unis alertent sur un risque d’attaques à Bamako')).toEqual(['urge']);
    expect(heads('Mali : le PAM alerte sur la faim dans la région de Tombouctou')).toEqual([
      'urge',
    ]);
    expect(heads('HRW alerte les autorités')).toEqual(['urge']);
  });

  it('files the rights group’s alarm over the abductions with its report of them', () => {
    const told = story(
      'told',
      report(
        'Mali: Two opponents missing since Thursday, according to HRW',
        'Two Malian opposition figures have been missing since Thursday, HRW reported.',
        9,
      ),
    );
    const alarm = report(
      'Disparition de deux opposants au Mali : HRW alerte sur des enlèvements',
      'Deux opposants maliens ont disparu jeudi. Des hommes armés et masqués les ont enlevés.',
      10,
      { lang: 'fr' },
    );
    expect(assign(alarm, told).storyId).toBe('told');
  });

  it('still keeps a rights group’s count of the dead apart from the attack it counts', () => {
    const attack = story(
      'attack',
      report('Gunmen attack village in central Mali', 'Gunmen attacked a village on Thursday.', 0, {
        tags: ['attack'],
      }),
    );
    const count = report(
      'Mali army killed over 100 civilians in village attack - rights group',
      'A rights group said soldiers killed more than 100 civilians.',
      9,
      { tags: ['attack'] },
    );
    expect(assign(count, attack)).toMatchObject({
      storyId: null,
      reason: expect.stringContaining("another actor's development") as unknown,
    });
  });
});
