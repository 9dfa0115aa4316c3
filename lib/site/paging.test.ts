import { describe, expect, it } from 'vitest';
import { parsePageParam } from './paging.ts';

describe('page numbers in list URLs', () => {
  it('accepts 2 and above', () => {
    expect(parsePageParam('2')).toBe(2);
    expect(parsePageParam('417')).toBe(417);
  });

  it('rejects page 1 (it lives at the list URL), zero, padding, signs and junk', () => {
    for (const raw of ['1', '0', '02', '-2', '2.5', '1e3', 'two', '', '9999999']) expect(parsePageParam(raw), raw).toBeNull();
  });
});
