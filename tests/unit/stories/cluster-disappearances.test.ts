import { describe, expect, it } from 'vitest';
import { readHeadline } from '../../../src/stories/action-frame.js';
import { assign, reporter, story } from './cluster-harness.js';

/** A Friday: two opponents were taken the day before. */
const T0 = Date.parse('2025-05-09T09:00:00Z');

/** A report of opponents abducted in Bamako. */
const report = reporter(T0, {
  lang: 'en',
  entities: ['mali'],
  places: [],
  tags: [],
  titleEntities: ['mali'],
});

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
