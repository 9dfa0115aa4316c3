import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // Page-facing modules import 'server-only'; under Vitest they run as plain modules.
      'server-only': path.resolve(import.meta.dirname, 'lib/testing/empty-module.ts'),
    },
  },
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.tsx', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Each file makes its own databases; files run in parallel on both cores.
    fileParallelism: true,
  },
});
