import { describe, expect, it } from 'vitest';
import { checkVetoes } from '../../../src/config/check-vetoes.js';
import { formatConfigIssue } from '../../../src/config/config-issue.js';
import { crossCheck } from '../../../src/config/cross-checks.js';
import { watchlistFileSchema } from '../../../src/config/schemas/watchlist.js';
import { parseYamlText } from '../../../src/config/yaml-positions.js';

/** The issues `checkVetoes` finds in a watchlist written as YAML, formatted as check-config prints them. */
function issuesOf(yaml: string): string[] {
  const source = parseYamlText(yaml, 'watchlist.yaml');
  if (!source.ok) throw new Error('test YAML does not parse');
  const data = watchlistFileSchema.parse(source.value.data);
  return checkVetoes(data, source.value).map(formatConfigIssue);
}

const HEAD = `entities:
  - id: bamako
    kind: place
    name: Bamako
    aliases: { en: [Bamako] }
  - id: mali
    kind: state
    name: Mali
    aliases: { en: [Mali, Malian] }
`;

describe('checkVetoes', () => {
  it("accepts vetoes naming the entity's own aliases, with known @ids", () => {
    expect(
      issuesOf(`${HEAD}    vetoes:
      - aliases: [mali]
        when: [zoo, Manila]
        unless: ['@mali', '@bamako', '@anchor', capital]
      - when: [elephant*]
`),
    ).toEqual([]);
  });

  it("rejects a name that is not the entity's, a veto without `when`, and an unknown @id", () => {
    expect(
      issuesOf(`${HEAD}    vetoes:
      - aliases: [Mali, Bamako]
        when: []
        unless: ['@bamak']
`),
    ).toEqual([
      'watchlist.yaml:11:25 entities[1].vetoes[0].aliases[1]: "Bamako" is not one of this entity\'s aliases or acronyms',
      'watchlist.yaml:12:9 entities[1].vetoes[0].when: a veto needs at least one `when` phrase',
      'watchlist.yaml:13:18 entities[1].vetoes[0].unless[0]: unknown entity "bamak" in "@bamak" (use @anchor or @<entity id>) (did you mean @bamako?)',
    ]);
  });

  it('rejects a `when` phrase that is a name the veto drops, or has no word', () => {
    expect(
      issuesOf(`${HEAD}    vetoes:
      - aliases: [Mali]
        when: [MALI, '*']
      - when: [malian]
`),
    ).toEqual([
      'watchlist.yaml:12:16 entities[1].vetoes[0].when[0]: "MALI" is a name this veto drops: it would veto every hit of it',
      'watchlist.yaml:12:22 entities[1].vetoes[0].when[1]: "*" has no word in it',
      'watchlist.yaml:13:16 entities[1].vetoes[1].when[0]: "malian" is a name this veto drops: it would veto every hit of it',
    ]);
  });

  it('is part of the cross-file checks check-config runs', () => {
    const source = parseYamlText(`${HEAD}    vetoes:\n      - aliases: [Timbuktu]\n        when: [zoo]\n`, 'watchlist.yaml');
    if (!source.ok) throw new Error('test YAML does not parse');
    const data = watchlistFileSchema.parse(source.value.data);
    expect(crossCheck({ watchlist: { data, source: source.value } }).map(formatConfigIssue)).toEqual([
      'watchlist.yaml:11:19 entities[1].vetoes[0].aliases[0]: "Timbuktu" is not one of this entity\'s aliases or acronyms',
    ]);
  });

  it('refuses unknown keys in a veto', () => {
    const source = parseYamlText(`${HEAD}    vetoes:\n      - when: [zoo]\n        unles: ['@mali']\n`, 'watchlist.yaml');
    if (!source.ok) throw new Error('test YAML does not parse');
    const parsed = watchlistFileSchema.safeParse(source.value.data);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['entities', 1, 'vetoes', 0]);
  });
});
