import { describe, expect, it } from 'vitest';
import { parseOptions, wants } from './options.ts';

describe('parseOptions', () => {
  it('has the documented defaults', () => {
    expect(parseOptions([])).toEqual({
      skipBuild: false,
      dataset: 'bench',
      duration: 10,
      warmup: 2,
      only: null,
      connections: [1, 50],
      port: 3300,
      help: false,
    });
  });

  it('reads every option', () => {
    const o = parseOptions(['--skip-build', '--dataset', 'demo', '--duration', '3', '--warmup', '0', '--only', 'article, search', '--connections', '50,1,50,8', '--port', '3350']);
    expect(o).toMatchObject({ skipBuild: true, dataset: 'demo', duration: 3, warmup: 0, only: ['article', 'search'], connections: [1, 8, 50], port: 3350 });
  });

  it('refuses unknown routes, datasets, options and bad numbers with a message naming them', () => {
    expect(() => parseOptions(['--only', 'article,home-page'])).toThrow(/unknown route "home-page"/);
    expect(() => parseOptions(['--dataset', 'prod'])).toThrow(/--dataset must be bench or demo/);
    expect(() => parseOptions(['--duration=0'])).toThrow(/--duration must be a positive number/);
    expect(() => parseOptions(['--connections', '1.5'])).toThrow(/whole numbers/);
    expect(() => parseOptions(['--fast'])).toThrow();
  });

  it('wants every route when --only is absent, and only the listed ones otherwise', () => {
    expect(wants({ only: null }, 'search')).toBe(true);
    expect(wants({ only: ['article'] }, 'search')).toBe(false);
    expect(wants({ only: ['article'] }, 'article')).toBe(true);
  });
});
