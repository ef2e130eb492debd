import { describe, expect, it } from 'vitest';
import { createArcPipeline, T0 } from './pipeline-harness.js';

const HOUR = 3_600_000;

/** Every text of a queued message, flattened. */
const text = (row: { message: unknown } | undefined): string => JSON.stringify(row?.message);

const attack = (id: string, at: number, backfill = false) => ({
  id,
  feedId: 'wire',
  at,
  backfill,
  title: 'Gunmen attack army supply convoy near Kidal in northern Mali',
  summary: 'Armed men attacked an army supply convoy on the road south of Kidal on Sunday.',
});

const claim = (id: string, at: number) => ({
  id,
  feedId: 'desk',
  at,
  title: 'Azawad rebels of the FLA say they hit army convoy near Kidal',
  summary: 'The Azawad Liberation Front said it carried out the attack on the army convoy.',
});

const armyAccount = (id: string, at: number) => ({
  id,
  feedId: 'radio',
  at,
  title: 'Kidal: the army says it repelled the attack on its supply convoy',
  summary: 'The army said its escort repelled the attack on the convoy south of Kidal.',
});

describe('alerts of one poll', () => {
  it('file and alert a situation’s developments in the order they were published', async () => {
    const h = createArcPipeline();
    // The feeds hand the claim over before the attack it claims; the poll sees both at once.
    const seen = { seenAt: T0 + 12 * HOUR };
    await h.poll(seen.seenAt, [
      { ...claim('c1', T0 + 5 * HOUR), ...seen },
      { ...attack('a1', T0), ...seen },
    ]);
    expect(h.arcOf('st-a1')).toEqual(['st-a1', 'st-c1']);
    const alerts = h.alerts();
    expect(alerts.map((r) => r.storyId)).toEqual(['st-a1', 'st-c1']);
    expect(text(alerts[1])).toContain('2nd development');
    expect(text(alerts[0])).not.toContain('2nd development');
  });

  it('post a development first told before the poll ahead of its follow-up', async () => {
    const h = createArcPipeline();
    // The first poll of a feed keeps what it holds without alerting it.
    await h.poll(T0 + HOUR, [attack('a1', T0, true)]);
    expect(h.alerts()).toEqual([]);
    // Twelve hours later: the claim, then another outlet's report of the attack, which alerts it.
    await h.poll(T0 + 13 * HOUR, [claim('c1', T0 + 5 * HOUR), armyAccount('r1', T0 + 6 * HOUR)]);
    expect(h.storyOf('r1')).toBe('st-a1');
    expect(h.alerts().map((r) => r.storyId)).toEqual(['st-a1', 'st-c1']);
  });
});
