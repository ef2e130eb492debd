import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { factsFileSchema } from '../../../src/config/schemas/facts.js';
import { missingFrench, missingFrenchWarnings } from '../../../src/config/schemas/facts-french.js';
import { parse } from 'yaml';

const FACTS = `facts:
  - id: kidal
    title: Kidal
    text: Town in northern Mali.
    textFr: Ville du nord du Mali.
    keyDates:
      - date: '2023-11-14'
        text: Taken by the army.
    sources:
      - { name: Example, url: 'https://example.org/kidal' }
  - id: gao
    title: Gao
    text: Largest city of northern Mali.
    sources:
      - { name: Example, url: 'https://example.org/gao' }
`;

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function factsIn(text: string) {
  const dir = mkdtempSync(join(tmpdir(), 'sahel-facts-fr-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'facts.yaml'), text);
  return { dir, facts: factsFileSchema.parse(parse(text)).facts };
}

describe('fact cards without French', () => {
  it('accepts textFr on a card and on each key date', () => {
    const { facts } = factsIn(FACTS);
    expect(facts[0]?.textFr).toBe('Ville du nord du Mali.');
    expect(facts[0]?.keyDates[0]).toEqual({ date: '2023-11-14', text: 'Taken by the army.' });
  });

  it('names every card and key date French readers would get in English', () => {
    const { facts } = factsIn(FACTS);
    expect(missingFrench(facts).map((m) => m.message)).toEqual([
      'card kidal, key date 2023-11-14 has no textFr; French readers get the English',
      'card gao has no textFr; French readers get the English',
    ]);
  });

  it('warns in one line each, with the file, line and path', () => {
    const { dir, facts } = factsIn(FACTS);
    const warnings = missingFrenchWarnings(dir, facts);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(
      /^warning: .*facts\.yaml:7:\d+ facts\[0\]\.keyDates\[0\]: card kidal, key date 2023-11-14 has no textFr/,
    );
    expect(warnings[1]).toMatch(
      /^warning: .*facts\.yaml:13:\d+ facts\[1\]\.text: card gao has no textFr/,
    );
  });

  it('says nothing when every card and key date has French', () => {
    const complete = FACTS.replace(
      'text: Taken by the army.',
      "text: Taken by the army.\n        textFr: Prise par l'armée.",
    ).replace(
      'text: Largest city of northern Mali.',
      'text: Largest city of northern Mali.\n    textFr: Plus grande ville du nord du Mali.',
    );
    const { dir, facts } = factsIn(complete);
    expect(missingFrenchWarnings(dir, facts)).toEqual([]);
  });
});
