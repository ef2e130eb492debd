import { describe, expect, it } from 'vitest';
import { checkDescriptors } from '../../../src/config/check-descriptors.js';
import { formatConfigIssue } from '../../../src/config/config-issue.js';
import { watchlistFileSchema } from '../../../src/config/schemas/watchlist.js';
import { parseYamlText } from '../../../src/config/yaml-positions.js';

/** The issues `checkDescriptors` finds in a watchlist written as YAML, formatted as check-config prints them. */
function issuesOf(yaml: string): string[] {
  const source = parseYamlText(yaml, 'watchlist.yaml');
  if (!source.ok) throw new Error('test YAML does not parse');
  const data = watchlistFileSchema.parse(source.value.data);
  return checkDescriptors(data, source.value).map(formatConfigIssue);
}

const HEAD = `entities:
  - id: mali
    kind: state
    name: Mali
    aliases: { en: [Mali, Malian] }
  - id: niger
    kind: state
    name: Niger
    aliases: { en: [Niger] }
`;

describe('checkDescriptors', () => {
  it('accepts descriptors with phrases, known @ids and ordered dates', () => {
    expect(
      issuesOf(`${HEAD}  - id: fama
    kind: organisation
    name: FAMa
    descriptors:
      - phrases: { en: [Malian army], fr: [armée malienne] }
      - phrases: { en: [the army] }
        requires: ['@mali', '@anchor', soldiers]
        from: '2012-01'
        until: '2025-06-06'
`),
    ).toEqual([]);
  });

  it('rejects a descriptor without a phrase, and a phrase without a word', () => {
    expect(
      issuesOf(`${HEAD}  - id: fama
    kind: organisation
    name: FAMa
    descriptors:
      - requires: ['@mali']
      - phrases: { en: ['*', Malian army] }
`),
    ).toEqual([
      'watchlist.yaml:14:9 entities[2].descriptors[0]: a descriptor needs at least one phrase (phrases.en, phrases.fr or acronyms)',
      'watchlist.yaml:15:25 entities[2].descriptors[1].phrases.en[0]: "*" has no word in it',
    ]);
  });

  it('names an unknown @id in requires, with a hint, in descriptors and entities alike', () => {
    expect(
      issuesOf(`${HEAD}  - id: fama
    kind: organisation
    name: FAMa
    aliases: { en: [FAMa] }
    ambiguous: [FAMa]
    requires: ['@malli']
    descriptors:
      - phrases: { en: [the army] }
        requires: ['@nigeria']
`),
    ).toEqual([
      'watchlist.yaml:15:16 entities[2].requires[0]: unknown entity "malli" in "@malli" (use @anchor or @<entity id>) (did you mean @mali?)',
      'watchlist.yaml:18:20 entities[2].descriptors[0].requires[0]: unknown entity "nigeria" in "@nigeria" (use @anchor or @<entity id>) (did you mean @niger?)',
    ]);
  });

  it('rejects from after until', () => {
    expect(
      issuesOf(`${HEAD}  - id: wagner
    kind: armed-group
    name: Wagner
    descriptors:
      - phrases: { en: [Russian mercenaries] }
        from: '2025-07'
        until: '2025-06-30'
`),
    ).toEqual(['watchlist.yaml:15:9 entities[2].descriptors[0].from: from 2025-07 is after until 2025-06-30']);
  });

  it('rejects a phrase that is an alias, or is claimed twice in the same context', () => {
    expect(
      issuesOf(`${HEAD}  - id: wagner
    kind: armed-group
    name: Wagner
    descriptors:
      - phrases: { en: [Malian, Russian mercenaries, russian MERCENARIES] }
        requires: ['@mali']
  - id: africa-corps
    kind: armed-group
    name: Africa Corps
    descriptors:
      - phrases: { en: [Russian mercenaries] }
        requires: ['@niger', '@mali']
`),
    ).toEqual([
      'watchlist.yaml:14:25 entities[2].descriptors[0].phrases.en[0]: descriptor phrase "Malian" is already an alias of entity "mali"',
      'watchlist.yaml:14:54 entities[2].descriptors[0].phrases.en[2]: descriptor phrase "russian MERCENARIES" is listed twice in this descriptor (case and accents do not count)',
      'watchlist.yaml:20:25 entities[3].descriptors[0].phrases.en[0]: descriptor phrase "Russian mercenaries" also names entity "wagner" in the same context (give them different requires or date ranges)',
    ]);
  });

  it('accepts one phrase for two entities in different contexts or date ranges', () => {
    expect(
      issuesOf(`${HEAD}  - id: wagner
    kind: armed-group
    name: Wagner
    descriptors:
      - phrases: { en: [Russian mercenaries] }
        requires: ['@mali']
        until: '2025-06-06'
  - id: africa-corps
    kind: armed-group
    name: Africa Corps
    descriptors:
      - phrases: { en: [Russian mercenaries] }
        requires: ['@mali']
        from: '2025-06-07'
      - phrases: { en: [Russian mercenaries] }
        requires: ['@niger']
`),
    ).toEqual([]);
  });
});
