// Launches the machine's Chromium through playwright-core (Playwright cannot download browsers here).
import { chromium } from 'playwright-core';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ARGS,
  });
}

/**
 * Records a context's requests and reports CSP violations (as console errors) and failed
 * responses into `errors`. Resolves to the list of requested paths, filled as pages load.
 */
export async function watch(context, errors) {
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective}`)),
  );
  const requested = [];
  context.on('request', (r) => requested.push(new URL(r.url()).pathname));
  context.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()} ${r.url()}`);
  });
  return requested;
}

/** Opens a page that records console errors and page errors into `errors`. */
export async function openPage(browser, url, errors, viewport = { width: 1000, height: 900 }) {
  const page = await browser.newPage({ viewport });
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`page: ${err.message}`));
  await page.goto(url);
  return page;
}

/**
 * A screenshot of the whole page. The viewport is first stretched to the page's height and
 * one frame is let through: sections off screen skip rendering (`content-visibility: auto`),
 * and a plain full-page capture can catch them before they are painted.
 */
export async function screenshotWhole(page, path) {
  const viewport = page.viewportSize();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height });
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  await page.screenshot({ path, fullPage: true });
  await page.setViewportSize(viewport);
}
