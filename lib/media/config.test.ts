import { describe, expect, it } from 'vitest';
import { parseConfig } from '../config.ts';

describe('media settings', () => {
  it('defaults to ./data/media and 10 MiB, and reads both variables', () => {
    expect(parseConfig({}).media).toEqual({ dir: './data/media', maxBytes: 10 * 1024 * 1024 });
    expect(parseConfig({ MEDIA_DIR: '/srv/media', MEDIA_MAX_BYTES: '5242880' }).media).toEqual({ dir: '/srv/media', maxBytes: 5242880 });
  });

  it('refuses a limit that is not a sensible whole number of bytes', () => {
    expect(() => parseConfig({ MEDIA_MAX_BYTES: '0' })).toThrow(/MEDIA_MAX_BYTES/);
    expect(() => parseConfig({ MEDIA_MAX_BYTES: '10MB' })).toThrow(/MEDIA_MAX_BYTES/);
    expect(() => parseConfig({ MEDIA_MAX_BYTES: String(1024 ** 3) })).toThrow(/MEDIA_MAX_BYTES/);
  });
});
