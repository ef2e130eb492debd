import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { timelineFileSchema } from '../../../src/config/schemas/timeline.js';
import {
  missingTimelineFrench,
  missingTimelineFrenchWarnings,
} from '../../../src/config/schemas/timeline-french.js';

const TIMELINE = `events:
  - date: '2023-11-14'
    title: Army and Wagner take Kidal
    titleFr: L'armée et Wagner prennent Kidal
    text: Malian troops capture Kidal.
    textFr: Les troupes maliennes prennent Kidal.
    sources:
      - { name: Example, url: 'https://example.org/kidal' }
  - date: '2017-03-02'
    title: Four groups merge to form JNIM
    text: Four groups merge.
    sources:
      - { name: Example, url: 'https://example.org/jnim' }
  - date: '2024-03'
    title: AES announces a joint force
    titleFr: L'AES annonce une force conjointe
    text: The three states announce a joint force.
    sources:
      - { name: Example, url: 'https://example.org/aes' }
`;

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function timelineIn(text: string) {
  const dir = mkdtempSync(join(tmpdir(), 'sahel-timeline-fr-'));
  dirs.push(dir);
  writeFileSync(join(dir, 'timeline.yaml'), text);
  return { dir, events: timelineFileSchema.parse(parse(text)).events };
}

describe('timeline events without French', () => {
  it('accepts titleFr and textFr and leaves them out when absent', () => {
    const { events } = timelineIn(TIMELINE);
    expect(events[0]).toMatchObject({
      titleFr: "L'armée et Wagner prennent Kidal",
      textFr: 'Les troupes maliennes prennent Kidal.',
    });
    expect(Object.keys(events[1] ?? {})).not.toContain('titleFr');
  });

  it('names each event French readers would get in English, once, with what it lacks', () => {
    const { events } = timelineIn(TIMELINE);
    expect(missingTimelineFrench(events)).toEqual([
      {
        path: ['events', 1, 'title'],
        message:
          'event 2017-03-02 "Four groups merge to form JNIM" has no titleFr or textFr; French readers get the English',
      },
      {
        path: ['events', 2, 'text'],
        message:
          'event 2024-03 "AES announces a joint force" has no textFr; French readers get the English',
      },
    ]);
  });

  it('warns in one line each, with the file, line, column and path', () => {
    const { dir, events } = timelineIn(TIMELINE);
    const warnings = missingTimelineFrenchWarnings(dir, events);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(
      /^warning: .*timeline\.yaml:10:5 events\[1\]\.title: event 2017-03-02 .* has no titleFr or textFr;/,
    );
    expect(warnings[1]).toMatch(
      /^warning: .*timeline\.yaml:17:5 events\[2\]\.text: event 2024-03 .* has no textFr;/,
    );
  });

  it('says nothing when every event has its French', () => {
    const complete = TIMELINE.replace(
      'text: Four groups merge.',
      'titleFr: Quatre groupes fusionnent\n    text: Four groups merge.\n    textFr: Quatre groupes fusionnent.',
    ).replace(
      'text: The three states announce a joint force.',
      'text: The three states announce a joint force.\n    textFr: Les trois États annoncent une force conjointe.',
    );
    const { dir, events } = timelineIn(complete);
    expect(missingTimelineFrenchWarnings(dir, events)).toEqual([]);
  });
});
