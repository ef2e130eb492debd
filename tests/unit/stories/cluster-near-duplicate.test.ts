import { describe, expect, it } from 'vitest';
import { signItem, textSimilarity } from '../../../src/stories/cluster-stories.js';
import { nearDuplicateOfReport, itemTitleStems } from '../../../src/stories/story-signature.js';
import { assign, reporter, story } from './cluster-harness.js';

const T0 = Date.parse('2026-07-06T08:00:00Z');

/** Reports of a summit; entity ids as the matcher would give them. */
const report = reporter(T0, {
  lang: 'en',
  entities: ['aes', 'niger'],
  places: [],
  tags: [],
  titleEntities: ['aes'],
});

/** Four developments of one summit day, each told in words of its own. */
const summit = story(
  'summit',
  report(
    'Sahel leaders gather for first summit',
    'Delegations arrive; motorcades crowd avenues; banners welcome guests; drummers perform.',
    0,
  ),
  report(
    'Sahel leaders adopt founding treaty',
    'Signatures bind members; charter creates parliament; ratification follows; archives record.',
    2,
  ),
  report(
    'Sahel bloc names rotating chairman',
    'Chairman serves twelve months; colonel accepts mandate; deputies applaud; portrait unveiled.',
    4,
  ),
  report(
    'Sahel summit closes with communique',
    'Communique lists priorities; currency studied; passport planned; railway envisaged.',
    6,
  ),
);

describe('the near-duplicate rule compares a report with each report of the story', () => {
  // Another actor's report whose lead recalls phrases of every report of the day.
  const recap = report(
    'ECOWAS recalls the Sahel day',
    'Motorcades crowd avenues, banners welcome guests; signatures bind members, charter creates parliament; chairman serves twelve months, colonel accepts mandate; communique lists priorities, currency studied.',
    8,
    { entities: ['aes', 'niger', 'ecowas'], titleEntities: ['ecowas'] },
  );

  it('finds words of the whole story in a recap, but no report it repeats', () => {
    const item = signItem(recap);
    expect(textSimilarity(item, summit.signature)).toBeGreaterThanOrEqual(0.5);
    expect(nearDuplicateOfReport(item, itemTitleStems(item), summit.signature)).toBe(false);
    expect(assign(recap, summit).storyId).toBeNull();
  });

  it('still joins a reprint of one of the story’s reports', () => {
    const reprint = report(
      'Sahel leaders adopt founding treaty, creating parliament',
      'Signatures bind members; charter creates parliament; ratification follows.',
      7,
    );
    const item = signItem(reprint);
    expect(nearDuplicateOfReport(item, itemTitleStems(item), summit.signature)).toBe(true);
    expect(assign(reprint, summit).storyId).toBe('summit');
  });
});
