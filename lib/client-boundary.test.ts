import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clientModules, findForbiddenImports, isNodeBuiltin, type Edge } from './testing/import-graph';

/**
 * Client components ship to every reader's browser. Server code reached from one would either break
 * the build, leak into the bundle (secrets, SQL, logging) or bloat it, so nothing reachable from a
 * 'use client' module may import these.
 */
const ROOT = path.resolve(import.meta.dirname, '..');
const FORBIDDEN_PACKAGES = new Set(['server-only', 'next/headers', 'better-sqlite3', 'pg', 'pino']);
const FORBIDDEN_DIRS = ['lib/db/', 'lib/site/'];

function isServerOnly(edge: Edge, relativeFile: string | null): boolean {
  if (relativeFile) return FORBIDDEN_DIRS.some((dir) => relativeFile.startsWith(dir));
  const { specifier } = edge;
  if (specifier.startsWith('.') || specifier.startsWith('@/')) return false; // a non-code asset (CSS) in the project
  return FORBIDDEN_PACKAGES.has(specifier) || FORBIDDEN_PACKAGES.has(specifier.split('/')[0] ?? '') || isNodeBuiltin(specifier);
}

const entries = clientModules(ROOT, ['app', 'components', 'lib']);

describe('client boundary', () => {
  it('finds the client modules', () => {
    expect(entries.length).toBeGreaterThan(20);
    expect(entries).toContain(path.join(ROOT, 'components/layout/AccountLink.tsx'));
  });

  it('sees server code where it is (so a clean result below means something)', () => {
    const violations = findForbiddenImports(path.join(ROOT, 'app/api/articles/[articleId]/body/route.ts'), ROOT, isServerOnly);
    expect(violations.map((v) => v.specifier)).toEqual(expect.arrayContaining(['@/lib/site/api', '@/lib/site/content']));
  });

  it.each(entries.map((file) => [path.relative(ROOT, file), file]))('%s reaches no server code', (_name, file) => {
    const violations = findForbiddenImports(file, ROOT, isServerOnly);
    expect(violations.map((v) => `${v.chain.join(' → ')} imports ${v.specifier}`)).toEqual([]);
  });
});
