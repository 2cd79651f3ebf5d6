// Headless Chromium (Debian's /usr/bin/chromium) through playwright-core.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { chromium } = require('./browser/node_modules/playwright-core');
import { PASSWORD } from './lib.mjs';

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
}

/** Signs in through the sign-in page; answers the response of the sign-in post. */
export async function signIn(page, base, user) {
  await page.goto(base + '/login');
  await page.fill('#username', user);
  await page.fill('#password', PASSWORD);
  const [response] = await Promise.all([
    page.waitForResponse(r => r.url().includes('/login') && r.request().method() === 'POST'),
    page.click('#signIn'),
  ]);
  await page.waitForLoadState('load');
  if (new URL(page.url()).pathname.startsWith('/login')) throw new Error('sign-in failed for ' + user);
  return response;
}
