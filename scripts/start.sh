#!/usr/bin/env bash
# The production server: `next start` (arguments passed on, e.g. -p 3000) with the memory settings
# that `npm run bench` measures. Everything that serves the build uses this: npm start, the demo,
# the e2e servers, the benchmark and the Lighthouse run.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node24.sh
# Left alone, V8 lets a busy server's heap grow towards a gigabyte before it collects, and the page
# buffers it holds are freed only when it does: peak RSS passed 1 GB under the benchmark. A bounded
# old generation (NODE_HEAP_MB, default 192; the live set is about 120 MB) and 8 MB semispaces keep
# the whole process near 350 MB at the same throughput. Raise NODE_HEAP_MB on a larger machine.
# glibc gives each thread that allocates its own malloc arena; two arenas saved about 30 MB of
# resident memory under the benchmark at no measurable cost.
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
# scripts/request-hooks.ts runs before Next sees a request. Per-address rate limits need the client's
# real address, which App Router code cannot see: it stamps each request with it (TRUSTED_PROXIES names
# the reverse proxies whose word is taken). And its front door answers canonical-URL and old-slug 301s
# and routes removed articles, so public pages need no proxy.ts pass (lib/http/front-door.ts); and its page
# door sends public pages Next last served from its cache again from memory (lib/http/page-door.ts).
exec node --max-old-space-size="${NODE_HEAP_MB:-192}" --max-semi-space-size=8 --import ./scripts/request-hooks.ts \
  node_modules/next/dist/bin/next start "$@"
