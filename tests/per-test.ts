import { afterEach, beforeEach } from 'vitest';

/**
 * A value opened afresh before every test of the calling file or `describe` and closed after it,
 * so no test sees what another left. The handle returned reaches the running test's value (its
 * properties are read from that value), and throws when used outside a test.
 */
export function perTest<T extends object>(open: () => T, close: (value: T) => void): T {
  let current: T | undefined;
  beforeEach(() => {
    current = open();
  });
  afterEach(() => {
    if (current !== undefined) close(current);
    current = undefined;
  });
  return new Proxy({} as T, {
    get(_target, key) {
      if (current === undefined) throw new Error('this fixture exists only while a test runs');
      return Reflect.get(current, key) as unknown;
    },
  });
}
