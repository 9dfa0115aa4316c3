import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { INTERNAL_KEY_HEADER } from '../internal-key.ts';
import { PEER_REVALIDATE_PATH, peerRevalidationSchema, tellPeers } from './peers.ts';

type Seen = { path: string; key: string | undefined; body: unknown };
const servers: http.Server[] = [];

async function peer(answer: (res: http.ServerResponse) => void, seen: Seen[] = []): Promise<string> {
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      seen.push({ path: req.url ?? '', key: req.headers[INTERNAL_KEY_HEADER] as string | undefined, body: JSON.parse(body) });
      answer(res);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

describe('tellPeers', () => {
  it('posts the tags and mode with the internal key to every peer', async () => {
    const seenA: Seen[] = [];
    const seenB: Seen[] = [];
    const a = await peer((res) => res.end('{}'), seenA);
    const b = await peer((res) => res.end('{}'), seenB);
    const outcomes = await tellPeers([a, b], { tags: ['article:7', 'front'], mode: 'now' }, { key: 'k3y' });
    expect(outcomes).toEqual([{ peer: a, ok: true }, { peer: b, ok: true }]);
    for (const seen of [seenA, seenB]) {
      expect(seen).toEqual([{ path: PEER_REVALIDATE_PATH, key: 'k3y', body: { tags: ['article:7', 'front'], mode: 'now' } }]);
    }
  });

  it('reports a refusing, a dead and a hanging peer without holding up the healthy one', async () => {
    const healthy = await peer((res) => res.end('{}'));
    const refusing = await peer((res) => {
      res.statusCode = 404;
      res.end();
    });
    const hanging = await peer(() => {});
    const dead = 'http://127.0.0.1:9';
    const started = Date.now();
    const outcomes = await tellPeers([healthy, refusing, hanging, dead], { tags: ['x'], mode: 'soon' }, { key: 'k', timeoutMs: 300 });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(outcomes.map((o) => [o.peer, o.ok])).toEqual([
      [healthy, true],
      [refusing, false],
      [hanging, false],
      [dead, false],
    ]);
    expect(outcomes[1]?.detail).toBe('HTTP 404');
  });
});

describe('peerRevalidationSchema', () => {
  it('accepts tags with a mode and refuses anything else', () => {
    expect(peerRevalidationSchema.safeParse({ tags: ['a'], mode: 'now' }).success).toBe(true);
    expect(peerRevalidationSchema.safeParse({ tags: [], mode: 'now' }).success).toBe(false);
    expect(peerRevalidationSchema.safeParse({ tags: ['a'], mode: 'later' }).success).toBe(false);
    expect(peerRevalidationSchema.safeParse({ tags: 'a', mode: 'now' }).success).toBe(false);
  });
});
