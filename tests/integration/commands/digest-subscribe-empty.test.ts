import { describe, expect, it } from 'vitest';
import { idIn, subscriptionsOf, useAdminHarness } from './admin-harness.js';

const h = useAdminHarness();

describe('/sahel digest subscribe empty:', () => {
  it('stores what a quiet window posts for this digest, and says so', async () => {
    const text = await h.text('/sahel digest subscribe "0 7 * * *" empty:notice');
    expect(text).toContain('With nothing new it posts one line saying so.');
    expect(subscriptionsOf(h).get(idIn(text))).toMatchObject({ kind: 'digest', empty: 'notice' });
  });

  it('answers in French with the French option name', async () => {
    const text = await h.text('/sahel digest abonner "0 7 * * *" vide:skip', { locale: 'fr' });
    expect(text).toContain('Sans nouveauté, il ne publie rien.');
    expect(subscriptionsOf(h).get(idIn(text.replace('n° ', '#')))).toMatchObject({
      empty: 'skip',
    });
  });

  it('leaves the rule to settings.yaml when not given, and says nothing of it', async () => {
    const text = await h.text('/sahel digest subscribe "0 6 * * *"');
    expect(text).not.toContain('nothing new');
    expect(subscriptionsOf(h).get(idIn(text))).not.toHaveProperty('empty');
  });

  it('refuses a value that is not a choice, naming the choices', async () => {
    const text = await h.text('/sahel digest subscribe "0 7 * * *" empty:silent');
    expect(text).toMatch(/^"silent" is not one of skip, notice for empty — usage: .*\[empty:…\]/);
    expect(subscriptionsOf(h).list({ kind: 'digest', platform: 'console' })).toEqual([]);
  });
});
