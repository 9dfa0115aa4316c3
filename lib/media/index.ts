import 'server-only';
import { config } from '../config.ts';
import { LocalDirectoryStorage, type MediaStorage } from './storage.ts';

export type { MediaStorage, StoredFile } from './storage.ts';

const globalForMedia = globalThis as unknown as { __newsMediaStorage?: { dir: string; storage: MediaStorage } };

/**
 * The process-wide media storage: a local directory (MEDIA_DIR). An object store would be chosen
 * here from its own settings and implement the same interface; callers only see MediaStorage.
 */
export function getStorage(): MediaStorage {
  const { dir } = config().media;
  if (globalForMedia.__newsMediaStorage?.dir !== dir) {
    globalForMedia.__newsMediaStorage = { dir, storage: new LocalDirectoryStorage(dir) };
  }
  return globalForMedia.__newsMediaStorage.storage;
}
