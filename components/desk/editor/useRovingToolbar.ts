'use client';

import { useCallback, useRef, useState, type KeyboardEvent } from 'react';

const STEP: Record<string, 1 | -1 | 'first' | 'last'> = {
  ArrowRight: 1,
  ArrowDown: 1,
  ArrowLeft: -1,
  ArrowUp: -1,
  Home: 'first',
  End: 'last',
};

/**
 * The ARIA toolbar pattern: the toolbar is one tab stop, arrow keys (and Home/End) move between
 * its buttons, and the last focused button is where Tab comes back to.
 */
export function useRovingToolbar(count: number) {
  const [active, setActive] = useState(0);
  const items = useRef<(HTMLElement | null)[]>([]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const step = STEP[event.key];
      if (step === undefined || count === 0) return;
      event.preventDefault();
      const current = items.current.findIndex((el) => el === event.target);
      const from = current === -1 ? active : current;
      const next =
        step === 'first' ? 0 : step === 'last' ? count - 1 : (from + step + count) % count;
      setActive(next);
      items.current[next]?.focus();
    },
    [active, count],
  );

  const itemProps = useCallback(
    (index: number) => ({
      ref: (el: HTMLElement | null) => {
        items.current[index] = el;
      },
      tabIndex: index === Math.min(active, count - 1) ? 0 : -1,
      onFocus: () => setActive(index),
    }),
    [active, count],
  );

  return { onKeyDown, itemProps };
}
