import zlib from 'node:zlib';
import type { Page, Response } from '@playwright/test';

/** What the browser fetched, with each body's size as gzip -6 would send it. */
export interface Fetched {
  url: string;
  type: string;
  gzip: number;
  body: Buffer;
}

export function gzipSize(body: Buffer): number {
  return zlib.gzipSync(body, { level: 6 }).length;
}

/**
 * Records every response of the given resource types from now on. `settle()` waits until their
 * bodies have been read, and returns what has arrived so far.
 */
export function recordResponses(page: Page, types: string[]) {
  const fetched: Fetched[] = [];
  const reading: Promise<void>[] = [];
  const onResponse = (response: Response) => {
    const type = response.request().resourceType();
    if (!types.includes(type)) return;
    reading.push(
      response.body().then(
        (body) => void fetched.push({ url: response.url(), type, gzip: gzipSize(body), body }),
        () => undefined, // a response the page navigated away from has no body to measure
      ),
    );
  };
  page.on('response', onResponse);
  return {
    async settle(): Promise<Fetched[]> {
      await Promise.all(reading);
      return [...fetched];
    },
    stop: () => page.off('response', onResponse),
  };
}

export function total(fetched: Fetched[], type: string): number {
  return fetched.filter((f) => f.type === type).reduce((sum, f) => sum + f.gzip, 0);
}

/** Lets the page finish loading: scripts, idle-time prefetches and their chunks, the masthead's session read. */
export async function settleLoad(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1_000);
  await page.waitForLoadState('networkidle');
}
