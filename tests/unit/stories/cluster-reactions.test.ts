import { describe, expect, it } from 'vitest';
import { readHeadline } from '../../../src/stories/action-frame.js';
import { assign, reporter, story } from './cluster-harness.js';

const T0 = Date.parse('2024-08-05T08:00:00Z');

/** Reports of a break of diplomatic ties with Ukraine and what followed it. */
const report = reporter(T0, {
  lang: 'en',
  entities: ['mali', 'ukraine'],
  places: [],
  tags: ['diplomacy'],
  titleEntities: ['mali', 'ukraine'],
});

/** Kyiv's reaction to Mali's break: its statements about another's act. */
const reply = story(
  'reply',
  report(
    'Kyiv calls Bamako’s decision to sever ties hasty',
    'Ukraine’s foreign ministry said Mali’s decision was short-sighted.',
    0,
  ),
  report(
    'Ukraine says Mali’s move to cut relations is short-sighted',
    'Kyiv rejected the accusations.',
    2,
  ),
);

describe('assignStory, an actor’s reactions against its own acts and others’ acts', () => {
  it('keeps a violent act of the reacting actor out of the story of its reactions', () => {
    const plot = report(
      'Ukrainian intelligence helped plan an attack on Wagner fighters in Mali',
      'Ukraine’s military intelligence had prepared the ambush for months, a newspaper reports.',
      12,
    );
    expect(readHeadline(plot.title, plot.summary)).toMatchObject({
      frame: { heads: [], acts: ['attack'] },
      actor: 'ukraine',
    });
    expect(assign(plot, reply).storyId).toBeNull();
  });

  it('keeps another state’s own break, whose lead tells its accusation, out of the reaction', () => {
    const own = report(
      'Burkina Faso breaks off diplomatic ties with Ukraine',
      'Burkina Faso said on Tuesday it was cutting ties with Ukraine, accusing Kyiv of backing terrorist groups.',
      26,
      { entities: ['burkina-faso', 'ukraine'], titleEntities: ['burkina-faso', 'ukraine'] },
    );
    expect(assign(own, reply)).toMatchObject({
      storyId: null,
      reason: expect.stringContaining('different action') as unknown,
    });
  });

  it('still joins a reaction told again by the same actor', () => {
    const again = report(
      'Ukraine says Mali’s decision to cut ties was hasty',
      'Kyiv said no evidence had been provided.',
      6,
    );
    expect(assign(again, reply).storyId).toBe('reply');
  });

  it('reads DIU, Ukraine’s defence intelligence, as Ukraine', () => {
    expect(readHeadline('DIU trained Tuareg fighters to attack Wagner in Mali', '').actor).toBe(
      'ukraine',
    );
  });
});

describe('assignStory, victims telling what they suffered', () => {
  const residents = reporter(T0, {
    lang: 'en',
    entities: ['mali'],
    places: ['kidal'],
    tags: ['attack'],
    titleEntities: ['mali'],
  });

  it('joins their account of a strike to their denunciation of it', () => {
    const outcry = story(
      'outcry',
      residents('Kidal residents denounce the drone strike on their market', 'Residents said.', 0),
    );
    const account = residents(
      'Drone strike hits Kidal market, residents say',
      'A drone struck the market of Kidal on Sunday, residents said.',
      3,
    );
    expect(readHeadline(account.title, account.summary)).toMatchObject({ actor: 'victims' });
    expect(assign(account, outcry).storyId).toBe('outcry');
  });
});
