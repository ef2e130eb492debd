import { describe, expect, it } from 'vitest';
import type { StoredArc } from '../../../src/core/arc-ports.js';
import { type ArcSignature } from '../../../src/stories/arc-signature.js';
import { arcTitle } from '../../../src/stories/arc-title.js';
import { linkArc } from '../../../src/stories/link-arcs.js';
import { sign, vocabulary } from './arc-sign-harness.js';

const DAY = 86_400_000;
const NOW = Date.parse('2026-03-10T12:00:00Z');
const OPTIONS = { now: NOW, windowMs: 7 * DAY };

function arc(id: string, signature: ArcSignature): StoredArc<ArcSignature> {
  const at = NOW - DAY;
  return {
    arc: {
      id,
      title: arcTitle(signature, vocabulary),
      firstSeenAt: at,
      lastSeenAt: at,
      storyIds: [`${id}-0`],
    },
    signature,
  };
}

const attack = arc(
  'attack',
  sign(
    'Niger : une centaine de soldats tués dans une attaque des jihadistes',
    'Près de 100 soldats nigériens ont trouvé la mort dans un affrontement avec des djihadistes.',
  ),
);

describe('linkArc and violence given as a measure’s reason', () => {
  it('does not take the attack a broadcaster reported for the topic of its suspension', () => {
    const suspension = sign(
      'Niger suspends BBC for alleged false reporting on extremist attack',
      'The military government accused the broadcaster of spreading false news.',
    );
    expect(suspension.tags['attack']).toBeUndefined();
    expect(linkArc(suspension, [attack], vocabulary, OPTIONS).arcId).toBeNull();
  });

  it('keeps the attack a measure names with its place, and an attack told as such', () => {
    expect(sign('Couvre-feu à Kidal après une attaque jihadiste').tags['attack']).toBe(1);
    expect(sign('Jihadists attack army post in Niger').tags['attack']).toBe(1);
  });
});
