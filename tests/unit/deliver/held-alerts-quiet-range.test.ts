import { describe, expect, it } from 'vitest';
import type { AlertSubscription } from '../../../src/core/delivery-ports.js';
import type { Message } from '../../../src/core/message.js';
import { holdAlert, releaseHeldAlerts } from '../../../src/deliver/held-alerts.js';
import { kidalAttackAt } from '../digest/make-story.js';
import { openHeldAlertStores } from './held-alert-stores.js';

/** 01:00 and 02:30 in Bamako, inside 22:00-07:00; 07:30, after it and after 23:00-06:00. */
const NIGHT = Date.parse('2026-12-07T01:00:00Z');
const LATER = Date.parse('2026-12-07T02:30:00Z');
const MORNING = Date.parse('2026-12-07T07:30:00Z');

/** A story first seen in the night, as the held alerts tell it. */
const story = (id: string) => kidalAttackAt(id, NIGHT);

/** What a test changes between the first held alert and the catch-up. */
interface Changes {
  setQuiet(from: number, to: number): void;
  /** Sets the alert's own time zone, or clears it (null: settings.yaml's). */
  setZone(timezone: string | null): void;
  hold(id: string, at: number): void;
}

/**
 * Holds a story under the alert's quiet hours (in `timezone` when given, else the settings'
 * Africa/Bamako), lets `change` run, then releases what is held.
 */
function catchUp(
  locale: 'en' | 'fr',
  change: (changes: Changes) => void,
  timezone?: string,
): Message | undefined {
  const { subscriptions, stories, outbox, deps } = openHeldAlertStores(':memory:', NIGHT);
  const sub = subscriptions.add(
    {
      platform: 'console',
      channel: 'ops',
      kind: 'alert',
      query: 'Kidal',
      locale,
      quiet: { from: 22 * 60, to: 7 * 60 },
      ...(timezone === undefined ? {} : { timezone }),
    },
    'chat',
  );
  const hold = (id: string, at: number): void => {
    stories.insert(story(id), null);
    const current = subscriptions.get(sub.id) as AlertSubscription;
    expect(holdAlert(deps(), current, id, at)).toBe(true);
  };
  hold('a', NIGHT);
  change({
    setQuiet: (from, to) => subscriptions.setAlertLimits(sub.id, { quiet: { from, to } }),
    setZone: (zone) => subscriptions.setAlertLimits(sub.id, { timezone: zone }),
    hold,
  });
  const posts = releaseHeldAlerts(deps(), MORNING);
  expect(posts).toBe(1);
  return outbox.list()[0]?.message;
}

const heading = (message: Message | undefined): string | undefined => {
  const block = message?.blocks[0];
  return block?.type === 'heading' ? block.text : undefined;
};

describe('a catch-up post after quiet hours', () => {
  it('names the quiet hours the alerts were held under, though an admin changed them since', () => {
    const message = catchUp('en', ({ setQuiet }) => setQuiet(23 * 60, 6 * 60));
    expect(heading(message)).toBe('While quiet (22:00–07:00): 1 alert');
  });

  it('names the hours in French too', () => {
    const message = catchUp('fr', ({ setQuiet }) => setQuiet(23 * 60, 6 * 60));
    expect(heading(message)).toBe('Pendant les heures calmes (22:00–07:00) : 1 alerte');
  });

  it('names each range when alerts were held under two of them', () => {
    const message = catchUp('en', ({ setQuiet, hold }) => {
      setQuiet(23 * 60, 6 * 60);
      hold('b', LATER);
    });
    expect(heading(message)).toBe('While quiet (22:00–07:00, 23:00–06:00): 2 alerts');
  });

  it('names the zone the alerts were held in, though an admin changed it since', () => {
    const changed = catchUp('en', ({ setZone }) => setZone('Africa/Niamey'), 'Europe/Paris');
    expect(heading(changed)).toBe('While quiet (22:00–07:00 Europe/Paris): 1 alert');
    const cleared = catchUp('fr', ({ setZone }) => setZone(null), 'Europe/Paris');
    expect(heading(cleared)).toBe(
      'Pendant les heures calmes (22:00–07:00 Europe/Paris) : 1 alerte',
    );
  });

  it('names no zone for alerts held in the settings’ zone, though the alert has one since', () => {
    const message = catchUp('en', ({ setZone }) => setZone('Africa/Niamey'));
    expect(heading(message)).toBe('While quiet (22:00–07:00): 1 alert');
  });

  it('names each range with its zone when alerts were held in two zones', () => {
    const message = catchUp(
      'en',
      ({ setZone, hold }) => {
        setZone('Africa/Niamey');
        hold('b', LATER);
      },
      'Europe/Paris',
    );
    expect(heading(message)).toBe(
      'While quiet (22:00–07:00 Europe/Paris, 22:00–07:00 Africa/Niamey): 2 alerts',
    );
  });
});
