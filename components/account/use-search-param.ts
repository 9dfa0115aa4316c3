'use client';

import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * One query parameter of the current address, read in the browser only.
 * `undefined` while rendering on the server (and during hydration), then the value or null.
 * Unlike useSearchParams this keeps the page's form in the static shell instead of
 * suspending it until the client renders.
 */
export function useSearchParam(name: string): string | null | undefined {
  return useSyncExternalStore(
    subscribe,
    () => new URLSearchParams(window.location.search).get(name),
    () => undefined,
  );
}
