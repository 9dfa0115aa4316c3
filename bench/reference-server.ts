import fs from 'node:fs';
import http from 'node:http';

/**
 * The reference: a bare node:http server answering every request with the bytes and headers
 * Next sent for the cached article. Its own process, so its event loop is nobody else's.
 * Usage (forked by the runner): node bench/reference-server.ts <port> <body-file> <headers-json>
 */

const [port, bodyFile, headersJson] = process.argv.slice(2);
if (!port || !bodyFile || !headersJson) {
  console.error('usage: reference-server.ts <port> <body-file> <headers-json>');
  process.exit(2);
}
const body = fs.readFileSync(bodyFile);
const headers = { ...(JSON.parse(headersJson) as Record<string, string>), 'content-length': String(body.length) };

const server = http.createServer((_req, res) => {
  res.writeHead(200, headers);
  res.end(body);
});
server.keepAliveTimeout = 5_000;
server.listen(Number(port), '127.0.0.1', () => process.send?.({ type: 'listening' }));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
