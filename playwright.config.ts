import fs from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { E2E_PEER_PORT, E2E_PORT, serverEnv } from './e2e/server-env.ts';

const PORT = E2E_PORT;
const baseURL = `http://127.0.0.1:${PORT}`;
// A system Chromium (Debian's) when present; Playwright's own browser download does not work on these machines.
const chromium = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const UNREACHABLE_DATABASE = 'postgres://build@127.0.0.1:9/must-not-be-read';

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  timeout: 30_000,
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } } },
    { name: 'mobile', use: { ...devices['Pixel 7'], viewport: { width: 390, height: 844 } }, grep: /@mobile/ },
  ],
  webServer: {
    // The production build, pointed at a database that cannot answer (the build must not read content),
    // then a fresh, seeded local database, then the server as readers get it.
    command: `DATABASE_URL=${UNREACHABLE_DATABASE} npm run build && node e2e/setup-database.ts && bash scripts/start.sh -p ${PORT}`,
    url: `${baseURL}/`,
    timeout: 300_000,
    reuseExistingServer: !process.env.CI,
    env: serverEnv(PORT, E2E_PEER_PORT),
    stdout: 'pipe',
  },
});
