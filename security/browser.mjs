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
  let response;
  const listener = r => { if (r.request().method() === 'POST' && r.url().includes('/login')) response = r; };
  page.on('response', listener);
  try {
    await Promise.all([
      page.waitForURL(u => !new URL(u).pathname.startsWith('/login'), { timeout: 30000 }),
      page.click('#signIn'),
    ]);
  } catch (e) {
    throw new Error('sign-in failed for ' + user + ' (still at ' + page.url() + '): ' + String(e).slice(0, 200));
  } finally {
    page.off('response', listener);
  }
  return response;
}
