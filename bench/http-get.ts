import http from 'node:http';

/**
 * A plain GET the way the load generator sends it: no Accept-Encoding, so the bytes are what
 * autocannon receives (fetch would ask for gzip).
 */
export function httpGet(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.setTimeout(60_000, () => req.destroy(new Error(`timeout: GET ${url}`)));
  });
}

/** Fails the run with a clear message when a route does not answer as a reader would expect. */
export async function expectStatus(route: string, url: string, status = 200): Promise<Buffer> {
  const response = await httpGet(url);
  if (response.status !== status) {
    const excerpt = response.body.toString('utf8').replace(/\s+/g, ' ').slice(0, 200);
    throw new Error(`route "${route}" is broken: GET ${url} answered ${response.status}, expected ${status}. Not benchmarking an error page. ${excerpt}`);
  }
  return response.body;
}

/** Headers the reference server replays: everything but per-connection and per-response framing. */
export function replayableHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const skip = new Set(['connection', 'keep-alive', 'transfer-encoding', 'date', 'content-length']);
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || skip.has(name) || name === 'set-cookie') continue;
    out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}
