import { z } from 'zod';
import { INTERNAL_KEY_HEADER } from '../internal-key.ts';

/**
 * Next keeps its page cache inside each process, so a content change handled by one instance
 * must be announced to the others behind the same load balancer, or they would serve the old
 * page until the tag's safety-net expiry. Plain module: the route and its tests import it.
 */
export const PEER_REVALIDATE_PATH = '/api/internal/revalidate';

export const peerRevalidationSchema = z.object({
  tags: z.array(z.string().min(1).max(200)).min(1).max(500),
  /** `now`: the next request renders afresh (editorial changes); `soon`: served stale once (comments). */
  mode: z.enum(['now', 'soon']),
});
export type PeerRevalidation = z.infer<typeof peerRevalidationSchema>;

export interface PeerOutcome {
  peer: string;
  ok: boolean;
  detail?: string;
}

/** Tells every peer at once; a slow or dead peer never holds the others up past `timeoutMs`. */
export async function tellPeers(
  peers: readonly string[],
  message: PeerRevalidation,
  { key, timeoutMs = 1500 }: { key: string; timeoutMs?: number },
): Promise<PeerOutcome[]> {
  return Promise.all(
    peers.map(async (peer): Promise<PeerOutcome> => {
      try {
        const response = await fetch(new URL(PEER_REVALIDATE_PATH, peer), {
          method: 'POST',
          headers: { 'content-type': 'application/json', [INTERNAL_KEY_HEADER]: key },
          body: JSON.stringify(message),
          signal: AbortSignal.timeout(timeoutMs),
        });
        await response.body?.cancel();
        return response.ok ? { peer, ok: true } : { peer, ok: false, detail: `HTTP ${response.status}` };
      } catch (error) {
        return { peer, ok: false, detail: error instanceof Error ? error.message : String(error) };
      }
    }),
  );
}
