import { INTERNAL_KEY_HEADER, internalKey } from './internal-key.ts';
import { log } from './log.ts';

/**
 * The background tick. Publishing must revalidate cached pages, which Next only allows inside a
 * request, so the tick asks this same server over loopback (app/api/internal/scheduler).
 */
export function startSchedulerTick(intervalMs: number) {
  const tick = async () => {
    const port = process.env.PORT ?? '3000';
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/internal/scheduler`, {
        method: 'POST',
        headers: { [INTERNAL_KEY_HEADER]: internalKey() },
        signal: AbortSignal.timeout(30_000),
      });
      if (!response.ok) log.warn({ status: response.status }, 'scheduler tick refused');
    } catch (error) {
      log.debug({ err: error }, 'scheduler tick failed (server still starting?)');
    }
  };
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
}
