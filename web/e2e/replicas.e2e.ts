import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GATEWAY, launch, reportOpenPages, screenshot, signIn } from './browser';

/**
 * Two gateway replicas behind one address (LocalStackE2EIT starts the second replica and a round-robin proxy, which
 * sends each request to the next replica): the session is in the store both read, so a browser signs in, works and
 * signs out across them, and stays signed in when one of them stops. Runs only when the Java test names the replica
 * it may stop (WARDPLAN_REPLICA_PID).
 */
const REPLICA = process.env.WARDPLAN_REPLICA_PID;
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') {
    await reportOpenPages(task.name);
  }
});

afterAll(async () => {
  await browser?.close();
});

/** Who the gateway that answers says the session is, five times over (the proxy alternates the replicas). */
async function whoAnswers(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const names: string[] = [];
    for (let n = 0; n < 5; n++) {
      const response = await fetch('/api/me');
      names.push(response.status === 200 ? (await response.json()).username : `HTTP ${response.status}`);
    }
    return names;
  });
}

describe.runIf(REPLICA)('two gateway replicas behind one address', () => {
  it('keeps the chairman signed in across both replicas, and when one of them stops, until he signs out', async () => {
    const page = await signIn(browser, 'anduong.chutich');
    await page.locator('#dashboard-indicators').waitFor({ timeout: 30_000 });
    expect(await whoAnswers(page)).toEqual(Array(5).fill('anduong.chutich'));
    await page.getByRole('navigation').getByRole('link', { name: 'Chỉ tiêu', exact: true }).click();
    await page.locator('#indicator-list').waitFor({ timeout: 30_000 });
    await page.getByRole('navigation').getByRole('link', { name: 'Nhiệm vụ', exact: true }).click();
    await page.locator('#task-list').waitFor({ timeout: 30_000 });

    // One replica stops in the middle of the session.
    process.kill(Number(REPLICA), 'SIGKILL');
    expect(await whoAnswers(page)).toEqual(Array(5).fill('anduong.chutich'));
    await page.reload();
    await page.locator('#task-list').waitFor({ timeout: 30_000 });
    await page.getByRole('navigation').getByRole('link', { name: 'Tổng quan', exact: true }).click();
    await page.locator('#dashboard-indicators').waitFor({ timeout: 30_000 });
    await screenshot(page, '33-two-replicas-one-stopped');

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForSelector('#kc-form-login', { timeout: 30_000 });
    expect((await page.request.get(`${GATEWAY}/api/me`)).status()).toBe(401);
    await page.context().close();
  });
});
