// @ts-check
// JavaScript rather than TypeScript on purpose: a .ts config makes `next start` load Next's SWC
// compiler to read it, about 35 MB of resident memory in every server for one small file.
// @ts-check and the JSDoc types keep it type-checked (tsconfig.json includes it).

import { fileURLToPath } from 'node:url';

/**
 * Rendered pages, and 'use cache' results, each keep an in-memory LRU of this many MB (Next's
 * default is 50 each); pages beyond it are read from the disk cache. Part of the memory budget that
 * scripts/start.sh sets: raise it together with NODE_HEAP_MB.
 * @returns {number}
 */
function cacheMemoryBytes() {
  const mb = Number(process.env.CACHE_MEMORY_MB ?? 16);
  if (!Number.isFinite(mb) || mb < 0) throw new Error(`CACHE_MEMORY_MB must be a number of megabytes, got "${process.env.CACHE_MEMORY_MB}"`);
  return Math.round(mb * 1024 * 1024);
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  cacheComponents: true,
  partialPrefetching: false,
  poweredByHeader: false,
  cacheMaxMemorySize: cacheMemoryBytes(),
  // Next's page cache with the fix that lets pages rendered at request time be read back from disk
  // (without it, every page that left the memory LRU was rendered again on each request).
  cacheHandler: fileURLToPath(new URL('./lib/cache/page-cache-handler.ts', import.meta.url)),
  // The front door (lib/http/front-door.ts) answers 301 (not Next's 308) for trailing slashes, with upper-case paths.
  skipTrailingSlashRedirect: true,
  reactStrictMode: true,
  // Native and Node-only modules stay out of the server bundle.
  serverExternalPackages: ['better-sqlite3', 'pg', 'pino'],
  cacheLife: {
    /** Article bodies, sections, related lists: tags revalidate them; hourly refresh is a safety net. */
    content: { stale: 300, revalidate: 3600, expire: 7 * 86400 },
    /** Lists with relative times and scheduled stories: refreshed every minute in the background. */
    latest: { stale: 60, revalidate: 60, expire: 86400 },
  },
  images: {
    // Only these local paths may be optimised, and without query strings: uploads (served by
    // app/media/[...key]/route.ts from MEDIA_DIR) and the demo library in public/demo.
    localPatterns: [
      { pathname: '/media/**', search: '' },
      { pathname: '/demo/**', search: '' },
    ],
    formats: ['image/avif', 'image/webp'],
    deviceSizes: [390, 640, 828, 1080, 1280, 1600, 1920],
    imageSizes: [64, 96, 128, 256, 384],
    minimumCacheTTL: 31536000,
  },
  async redirects() {
    // The moderation queue moved into the desk.
    return [{ source: '/moderation', destination: '/desk/moderation', permanent: true }];
  },
  async headers() {
    // Share links carry their token in the URL: never pass it on as a Referer, never index it.
    return [{ source: '/preview/:path*', headers: [{ key: 'Referrer-Policy', value: 'no-referrer' }, { key: 'X-Robots-Tag', value: 'noindex, nofollow' }] }];
  },
  async rewrites() {
    // The front page lives on a parametrised route so that, like every content route,
    // it renders on its first request instead of at build time (the build needs no database).
    return { beforeFiles: [{ source: '/', destination: '/edition/front' }] };
  },
};

export default nextConfig;
