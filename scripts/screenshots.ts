import fs from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Full-page screenshots of a running site at phone and desktop widths, light and dark,
 * for looking at what we build: node scripts/screenshots.ts [baseURL] [path ...]
 * With SCREENSHOT_EMAIL and SCREENSHOT_PASSWORD set, it signs in first (for the desk).
 */
const [base = 'http://localhost:3000', ...args] = process.argv.slice(2);
const paths = args.length ? args : ['/', '/science/inside-the-aldine-tidal-observatory', '/news', '/news/no-such-story'];
const executablePath = process.env.PLAYWRIGHT_CHROMIUM_PATH ?? (fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

fs.mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({ executablePath, args: ['--disable-background-networking'] });
for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [390, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
    if (process.env.SCREENSHOT_EMAIL) {
      await context.request.post(`${base}/api/auth/sign-in/email`, {
        data: { email: process.env.SCREENSHOT_EMAIL, password: process.env.SCREENSHOT_PASSWORD },
        headers: { origin: new URL(base).origin },
      });
    }
    const page = await context.newPage();
    for (const path of paths) {
      await page.goto(base + path, { waitUntil: 'networkidle' });
      // Scroll through so lazy images load before the full-page capture.
      await page.evaluate(async () => {
        for (let y = 0; y < document.body.scrollHeight; y += 600) {
          window.scrollTo(0, y);
          await new Promise((r) => setTimeout(r, 50));
        }
        window.scrollTo(0, 0);
      });
      await page.waitForLoadState('networkidle');
      const name = `${path.replace(/\W+/g, '_') || 'home'}-${width}-${colorScheme}.png`;
      await page.screenshot({ path: `screenshots/${name}`, fullPage: true });
      console.log(`screenshots/${name}`);
    }
    await context.close();
  }
}
await browser.close();
