/**
 * At most `limit` holders at a time; later arrivals wait their turn, in order of arrival, up to
 * `queueLimit` of them.
 */
export class ConcurrencyGate {
  #running = 0;
  /** Waiting arrivals' start functions, first come first; a Set so one that leaves can be taken out. */
  readonly #waiting = new Set<() => void>();

  readonly limit: number;
  readonly queueLimit: number;

  constructor(limit: number, queueLimit: number) {
    this.limit = limit;
    this.queueLimit = queueLimit;
  }

  get running(): number {
    return this.#running;
  }

  get waiting(): number {
    return this.#waiting.size;
  }

  /**
   * Calls `start` once a place is free (at once when one is), or returns null without calling it
   * when `queueLimit` arrivals already wait. Otherwise returns `leave`, to be called when the holder
   * is done or, while still waiting, gone; a second call does nothing.
   */
  enter(start: () => void): (() => void) | null {
    if (this.#running >= this.limit && this.#waiting.size >= this.queueLimit) return null;
    let state: 'waiting' | 'holding' | 'left' = 'waiting';
    const begin = () => {
      state = 'holding';
      start();
    };
    if (this.#running < this.limit) {
      this.#running++;
      begin();
    } else {
      this.#waiting.add(begin);
    }
    return () => {
      if (state === 'waiting') this.#waiting.delete(begin);
      else if (state === 'holding') this.#passOn();
      state = 'left';
    };
  }

  /** A holder is done: its place goes to the first who waits, or is freed. */
  #passOn(): void {
    const next = this.#waiting.values().next();
    if (next.done) {
      this.#running--;
      return;
    }
    this.#waiting.delete(next.value);
    next.value();
  }
}
