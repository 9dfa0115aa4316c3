/**
 * True while `next build` prerenders. The build must not need a database: shared chrome
 * (navigation) renders empty then, and every content route renders on its first request.
 */
export function isBuildPhase(): boolean {
  return process.env.NEXT_PHASE === 'phase-production-build';
}
