import { describe, expect, it } from 'vitest';
import {
  decodeSlackRemoteId,
  encodeSlackRemoteId,
  threadRootOf,
} from '../../../../src/platforms/slack/slack-remote-id.js';

describe('Slack remote ids', () => {
  it('list every part, closed by their count, under the thread root of a reply', () => {
    expect(encodeSlackRemoteId(null, ['1.1'])).toBe('1.1#1');
    expect(encodeSlackRemoteId('0.9', ['1.1', '1.2'])).toBe('0.9/1.1,1.2#2');
    expect(decodeSlackRemoteId('0.9/1.1,1.2#2')).toEqual({
      ts: '1.1',
      root: '0.9',
      parts: ['1.1', '1.2'],
    });
    expect(threadRootOf('0.9/1.1,1.2#2')).toBe('0.9');
    expect(threadRootOf('1.1#1')).toBe('1.1');
  });

  it('read an id written before parts were listed as naming its first part only', () => {
    expect(decodeSlackRemoteId('1.1')).toEqual({ ts: '1.1', root: null, parts: null });
    expect(decodeSlackRemoteId('0.9/1.1')).toEqual({ ts: '1.1', root: '0.9', parts: null });
    expect(encodeSlackRemoteId('0.9', '1.1')).toBe('0.9/1.1');
  });

  it('trust no list whose count does not match it', () => {
    expect(decodeSlackRemoteId('1.1,1.2#3')).toEqual({ ts: '1.1', root: null, parts: null });
  });
});
