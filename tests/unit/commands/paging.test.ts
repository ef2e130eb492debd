import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../commands/dispatch.js';
import {
  askPage,
  pageActions,
  pageLabel,
  paginate,
  pageOption,
  pageWindow,
  requestedPage,
} from '../../../commands/paging.js';
import type { CommandDefinition } from '../../../src/core/command.js';
import { makeContext } from '../../fakes/command-context.js';
import { fixtureConfig } from './dispatch-fixtures.js';

/** A paged list of 23 numbers whose buttons say which page they open. */
const numbers: CommandDefinition = {
  name: 'numbers',
  scope: 'country',
  description: { en: 'Numbers', fr: 'Nombres' },
  options: [
    { name: 'word', type: 'string', required: false, description: { en: 'w', fr: 'm' } },
    pageOption,
  ],
  admin: false,
  handle(args, context) {
    const paging = paginate(23, requestedPage(args));
    const shown = Array.from({ length: 23 }, (_, i) => i + 1).slice(
      paging.offset,
      paging.offset + paging.size,
    );
    return {
      blocks: [
        { type: 'text', text: `${shown.join(',')} (${pageLabel(paging, context.locale)})` },
        { type: 'actions', actions: pageActions(context, numbers, args, paging) },
      ],
      fallback: shown.join(','),
    };
  },
};

describe('paging', () => {
  it('counts pages, clamps the page asked for and places its offset', () => {
    expect(paginate(23, 1)).toEqual({ page: 1, pages: 3, total: 23, size: 10, offset: 0 });
    expect(paginate(23, 7)).toMatchObject({ page: 3, offset: 20 });
    expect(paginate(0, 2)).toMatchObject({ page: 1, pages: 1, offset: 0 });
    expect(paginate(20, 2, 5)).toMatchObject({ page: 2, pages: 4, offset: 5 });
    expect(pageWindow(3)).toEqual({ offset: 20, limit: 10 });
  });

  it('reads the page argument, 1 when absent', () => {
    expect(requestedPage({ page: 4 })).toBe(4);
    expect(requestedPage({})).toBe(1);
  });

  it('labels a page in both languages', () => {
    expect(pageLabel(paginate(23, 2), 'en')).toBe('page 2 of 3');
    expect(pageLabel(paginate(23, 2), 'fr')).toBe('page 2 sur 3');
  });

  it('makes buttons whose ids are command lines the dispatcher runs back', async () => {
    const set = createDispatcher(fixtureConfig, [numbers]);
    const context = makeContext(fixtureConfig);
    const first = await set.runAction('/burkina numbers word:"a b"', context);
    const actions = first.blocks.flatMap((b) => (b.type === 'actions' ? b.actions : []));
    expect(actions).toEqual([{ id: '/burkina numbers word:"a b" page:2', label: 'Next page' }]);
    const second = await set.runAction(actions[0]?.id ?? '', context);
    expect(second.fallback).toBe('11,12,13,14,15,16,17,18,19,20');
    const around = second.blocks.flatMap((b) =>
      b.type === 'actions' ? b.actions.map((a) => a.id) : [],
    );
    expect(around).toEqual(['/burkina numbers word:"a b" page:3', '/burkina numbers word:"a b"']);
  });

  it('asks a paging port for the page wanted, and once more for the last page past the end', () => {
    const asked: number[] = [];
    const port = (total: number) => (window: { offset: number; limit: number }) => {
      asked.push(window.offset);
      return { total, shown: Math.max(0, Math.min(window.limit, total - window.offset)) };
    };
    const count = (answer: { total: number; shown: number }) => answer;
    expect(askPage(2, 5, port(12), count)).toEqual({
      answer: { total: 12, shown: 5 },
      paging: paginate(12, 2, 5),
    });
    expect(asked).toEqual([5]);
    asked.length = 0;
    expect(askPage(9, 5, port(12), count)).toEqual({
      answer: { total: 12, shown: 2 },
      paging: { page: 3, pages: 3, total: 12, size: 5, offset: 10 },
    });
    expect(asked).toEqual([40, 10]);
    asked.length = 0;
    expect(askPage(4, 5, port(0), count).paging).toMatchObject({ page: 1, pages: 1 });
    expect(asked).toEqual([15]);
  });

  it('returns a failed answer as it came, without asking again', () => {
    let calls = 0;
    const failed = askPage(
      3,
      5,
      () => {
        calls += 1;
        return { ok: false as const };
      },
      () => undefined,
    );
    expect(failed.answer).toEqual({ ok: false });
    expect(calls).toBe(1);
  });

  it('makes no buttons for a single page and /sahel lines outside a country', () => {
    const context = makeContext(fixtureConfig, { locale: 'fr' });
    expect(pageActions(context, numbers, {}, paginate(5, 1))).toEqual([]);
    expect(
      pageActions(
        context,
        { ...numbers, scope: 'sahel', group: 'g' },
        { page: 2 },
        paginate(15, 2),
      ),
    ).toEqual([{ id: '/sahel g numbers', label: 'Page précédente' }]);
  });
});
