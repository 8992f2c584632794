import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Where the suite runs: the gateway of `./wardplan up` (the Java e2e test passes its shifted port). */
export const GATEWAY = process.env.WARDPLAN_GATEWAY ?? 'http://localhost:8080';
export const SCREENSHOTS = process.env.WARDPLAN_SCREENSHOTS ?? 'target/screenshots';

/** Debian's Chromium, headless, without the background calls this machine's closed network refuses. */
export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/** What users wait for, as this Chromium waited for it: each action's name and how long it took, in milliseconds. */
const timings = new Map<string, number[]>();

/** Runs the action and keeps how long it took under its name (docs/benchmarks/ui.md). */
export async function timed<T>(what: string, action: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await action();
  timings.set(what, [...(timings.get(what) ?? []), Math.round(performance.now() - start)]);
  return result;
}

/** Writes the suite's timings beside its screenshots: per action, how many, the median and the slowest. */
export function writeTimings(): void {
  const lines = ['| what the user waits for | times | median | slowest |', '| --- | --- | --- | --- |'];
  for (const [what, all] of timings) {
    const sorted = [...all].sort((a, b) => a - b);
    lines.push(`| ${what} | ${sorted.length} | ${sorted[Math.floor((sorted.length - 1) / 2)]} ms | ${sorted.at(-1)} ms |`);
  }
  const file = join(dirname(SCREENSHOTS), 'ui-timings.md');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${lines.join('\n')}\n`);
  console.log(`UI timings (${file}):\n${lines.join('\n')}`);
}

/** Signs in on Keycloak's own login page, as an official would, and waits for the application to know them. */
export async function signIn(browser: Browser, username: string, password = 'demo', viewport = { width: 1366, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  watch(page);
  return timed('sign-in: the application, Keycloak\'s page, the form sent, back in the application', async () => {
    await page.goto(`${GATEWAY}/`);
  await page.waitForSelector('#kc-form-login');
  await page.fill('#username', username);
  await page.fill('#password', password);
  await Promise.all([page.waitForURL(`${GATEWAY}/**`), page.click('#kc-login')]);
    await page.waitForSelector(`#who-name[data-username="${username}"]`);
    return page;
  });
}

const open = new Set<Page>();
const consoleLines = new Map<Page, string[]>();
const policyViolations: string[] = [];

/** Every report of the browser that the gateway's Content-Security-Policy blocked something, on any page so far. */
export function contentSecurityPolicyViolations(): string[] {
  return [...policyViolations];
}

/** Keeps what the page said in its console and which API calls failed, to print should its test fail. */
export function watch(page: Page): Page {
  open.add(page);
  const lines: string[] = [];
  consoleLines.set(page, lines);
  page.on('console', (message) => {
    lines.push(`console.${message.type()}: ${message.text()}`);
    if (message.text().includes('Content Security Policy') && page.url().startsWith(GATEWAY)) {
      policyViolations.push(`${page.url()}: ${message.text()}`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400) {
      lines.push(`${response.status()} ${response.request().method()} ${response.url()}`);
    }
  });
  page.on('close', () => {
    open.delete(page);
    consoleLines.delete(page);
  });
  return page;
}

/**
 * For a failed test: each page it left open, where it was, what it showed, what it logged, and a screenshot named after
 * the test; then closes them, so the next test starts clean.
 */
export async function reportOpenPages(testName: string): Promise<void> {
  let n = 0;
  for (const page of [...open]) {
    const name = `failed-${testName.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60)}-${++n}`;
    try {
      const main = await page.locator('body').innerText({ timeout: 2_000 }).catch(() => '(no body)');
      console.error(`[${name}] ${page.url()}\n${main.slice(0, 2_000)}\n${(consoleLines.get(page) ?? []).join('\n')}`);
      await screenshot(page, name);
    } finally {
      await page.context().close();
    }
  }
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

const require = createRequire(import.meta.url);

/** axe-core's serious and critical findings on the page as it is now (WCAG 2.1 A and AA rules). */
export async function accessibilityProblems(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, not added as a <script>: the page's policy allows no inline script.
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`);
}
