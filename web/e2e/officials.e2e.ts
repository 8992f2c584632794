import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { accessibilityProblems, contentSecurityPolicyViolations, GATEWAY, launch, reportOpenPages, screenshot, signIn, timed, watch, writeTimings } from './browser';

/**
 * The officials' day on the real local stack, in Debian's Chromium: the unit enters and submits the 2026 GRDP value,
 * the ward office approves it, the dashboard shows the new status, and Lê Chân's office sees none of An Dương.
 * (The Java e2e test set the 2025 baseline of 100 before this suite runs.)
 */
const GRDP = 'an-duong:86-KH-UBND:1';
const PLAN = fileURLToPath(new URL('../../deploy/demo/plans/an-duong-86-KH-UBND-2026.txt', import.meta.url));
const FRAME = fileURLToPath(new URL('../../deploy/demo/frames/hai-phong-52-KH-UBND-2026.txt', import.meta.url));
let browser: Browser;

/** A link of the main menu, by its exact text. */
const nav = (page: Page, name: string) => page.getByRole('navigation').getByRole('link', { name, exact: true });

beforeAll(async () => {
  browser = await launch();
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') {
    await reportOpenPages(task.name);
  }
});

afterAll(async () => {
  writeTimings();
  await browser?.close();
});

describe('An Dương enters, submits and approves the 2026 GRDP value', () => {
  it('lets Phòng Kinh tế enter and submit the value, refusing a number written the English way', async () => {
    const page = await signIn(browser, 'anduong.kinhte');
    await timed('first overview after sign-in (indicators, tasks, the unit\'s period)', () => page.locator('#dashboard-indicators').waitFor());
    await screenshot(page, '01-dashboard-unit-officer');

    await nav(page, 'Chỉ tiêu').click();
    await page.locator('#indicator-list').waitFor();
    await screenshot(page, '02-indicator-list');
    await page.locator(`tr[data-indicator="1"] a`).click();
    await page.waitForURL(`**/indicators/${encodeURIComponent(GRDP)}**`);
    await page.locator('#value').waitFor();

    await page.fill('#value', '12.5');
    await page.getByRole('button', { name: 'Gửi duyệt' }).click();
    await expect.poll(() => page.locator('#value-error').textContent()).toContain('Giá trị phải là một số');
    expect(await page.locator('#value-error').textContent()).toContain('phần thập phân viết sau dấu phẩy');
    expect(await page.locator('#value').getAttribute('aria-invalid')).toBe('true');

    await page.fill('#value', '112');
    await page.fill('#source', 'Chi cục Thống kê khu vực');
    // Enter in a field keeps a draft; only the button sends the value for approval.
    await page.press('#source', 'Enter');
    await expect.poll(() => page.locator('#value-status').textContent(), { timeout: 15_000 }).toBe('Bản nháp');
    await timed('a value sent for approval: press, stored, shown as sent', async () => {
      await page.getByRole('button', { name: 'Gửi duyệt' }).click();
      await expect.poll(() => page.locator('#value-status').textContent(), { timeout: 15_000, interval: 20 }).toBe('Đã gửi, chờ duyệt');
    });
    expect(await page.locator('tr[data-period="2026"]').textContent()).toContain('112');
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, '03-indicator-submitted');
    await page.context().close();
  });

  it('keeps what the unit writes with its submission, and a reminder in the inbox opens its item', async () => {
    const page = await signIn(browser, 'anduong.kinhte');
    // Task 3 (thu - chi ngân sách) reports every period; its 6-month report came on paper (demo data), the year's is due 16/12/2026.
    const task = 'an-duong:86-KH-UBND:3';
    await page.goto(`${GATEWAY}/tasks/${encodeURIComponent(task)}`);
    const deliverable = page.locator('section[data-deliverable="2026"]');
    await deliverable.locator('textarea').first().waitFor();
    await deliverable.getByLabel('Nội dung').fill('Thu ngân sách 11 tháng đạt 96 % dự toán; chi đúng tiến độ.');
    await deliverable.getByLabel('Phần trăm hoàn thành').fill('100');
    await deliverable.getByRole('button', { name: 'Nộp sản phẩm' }).click();
    await expect.poll(() => deliverable.locator('[data-deliverable-status]').textContent(), { timeout: 15_000 }).toContain('Đã nộp');
    expect(await deliverable.textContent()).toContain('Thu ngân sách 11 tháng đạt 96 % dự toán');
    const stored = await page.evaluate(async (id) => (await fetch(`/api/tasks/${encodeURIComponent(id)}`)).json(), task);
    const submitted = stored.deliverables.find((d: { id: string }) => d.id === '2026');
    expect(submitted.status).toBe('SUBMITTED');
    expect(submitted.progress.map((p: { text: string }) => p.text)).toContain('Thu ngân sách 11 tháng đạt 96 % dự toán; chi đúng tiến độ.');

    await page.goto(`${GATEWAY}/inbox`);
    const open = page.getByRole('link', { name: 'Mở', exact: true }).first();
    await open.waitFor({ timeout: 30_000 });
    const href = await open.getAttribute('href');
    expect(href).toMatch(/^\/(tasks|indicators)\//);
    await open.click();
    await page.waitForURL(`${GATEWAY}${href}`);
    await page.locator('h1').waitFor();
    expect(page.url()).not.toBe(`${GATEWAY}/`);
    await page.context().close();
  });

  it('lets the ward office approve it, and the assessment says what the remaining years need', async () => {
    const page = await signIn(browser, 'anduong.vanphong');
    await page.goto(`${GATEWAY}/indicators/${encodeURIComponent(GRDP)}?year=2026`);
    await page.locator('#approve').click();
    await expect.poll(() => page.locator('#value-status').textContent(), { timeout: 15_000 }).toBe('Đã duyệt');
    await expect.poll(() => page.locator('#assessment-reason').textContent(), { timeout: 15_000 })
      .toContain('cần đạt 14,5 %/năm trong các năm còn lại');
    expect(await page.locator('.assessment [data-status]').getAttribute('data-status')).toBe('AT_RISK');
    await screenshot(page, '04-indicator-approved');
    await page.context().close();
  });

  it("shows the new status on the leader's dashboard, in Vietnamese and in English", async () => {
    const page = await signIn(browser, 'anduong.chutich');
    const grdp = page.locator('#dashboard-indicators tr[data-indicator="1"] [data-status]');
    // reporting-service learns the approval from Kafka: reload until it shows.
    await expect.poll(async () => {
      await page.reload();
      await page.locator('#dashboard-indicators').waitFor();
      return grdp.getAttribute('data-status');
    }, { timeout: 60_000, interval: 1_000 }).toBe('AT_RISK');
    expect(await grdp.textContent()).toBe('Có nguy cơ không đạt');
    expect(await page.locator('#dashboard-indicators tr[data-indicator="1"]').textContent()).toContain('112 %');
    expect(await page.locator('#dashboard-indicators > tbody > tr').count()).toBe(19);
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, '05-dashboard-leader');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Overview 2026' }).waitFor();
    expect(await grdp.textContent()).toBe('At risk');
    // The reason too reads in English.
    expect(await page.locator('#dashboard-indicators tr[data-indicator="1"] .reason').first().textContent())
      .toContain('the remaining years need 14.5 %/year');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await page.getByRole('heading', { name: 'Tổng quan năm 2026' }).waitFor();

    await nav(page, 'Nhiệm vụ').click();
    await page.locator('#task-list').waitFor();
    expect(await page.locator('#task-list > tbody > tr').count()).toBe(44);
    await page.getByRole('button', { name: 'Bảng theo trạng thái' }).click();
    await page.locator('.board').waitFor();
    await screenshot(page, '06-task-board');
    await nav(page, 'Báo cáo').click();
    expect(await page.locator('#report-annual a[data-format="docx"]').getAttribute('href'))
      .toBe('/api/reports/wards/an-duong/annual-report?year=2026&format=docx');
    const docx = await timed('the annual report downloaded (DOCX, through the gateway)', () => page.evaluate(async () => {
      const response = await fetch('/api/reports/wards/an-duong/annual-report?year=2026&format=docx');
      return { status: response.status, size: (await response.arrayBuffer()).byteLength };
    }));
    expect(docx.status).toBe(200);
    expect(docx.size).toBeGreaterThan(10_000);

    // The chairman's guidance on GRDP, which every official of the ward then reads under the indicator.
    await page.goto(`${GATEWAY}/indicators/${encodeURIComponent(GRDP)}?year=2026`);
    await page.fill('#comment-text', 'Đề nghị Phòng Kinh tế làm rõ nguyên nhân tăng trưởng thấp hơn mục tiêu.');
    await page.getByRole('button', { name: 'Gửi ý kiến' }).click();
    await expect.poll(() => page.locator('#comments').textContent()).toContain('làm rõ nguyên nhân');
    expect(await page.locator('#approve').count()).toBe(0);
    await screenshot(page, '16-indicator-comment');
    await page.context().close();
  });

  it('fits a phone screen with the menu behind a button', async () => {
    const page = await signIn(browser, 'anduong.chutich', 'demo', { width: 390, height: 844 });
    await page.locator('#dashboard-indicators').waitFor();
    expect(await page.locator('#main-nav').isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Danh mục' }).click();
    expect(await page.locator('#main-nav').isVisible()).toBe(true);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await screenshot(page, '07-dashboard-phone');
    await page.getByRole('button', { name: 'Danh mục' }).click();
    // The header leaves the screen to the content, and the task list with its filters fits the phone's width.
    expect((await page.locator('header.top').boundingBox())!.height).toBeLessThanOrEqual(150);
    await page.goto(`${GATEWAY}/tasks`);
    await page.locator('#task-list').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    for (const select of await page.locator('.filters select').all()) {
      const box = (await select.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
    await page.context().close();
  });
});

describe('the ward office and the city', () => {
  it('previews the plan import with every warning before anything is saved', async () => {
    const page = await signIn(browser, 'anduong.vanphong');
    await nav(page, 'Nhập kế hoạch').click();
    await page.setInputFiles('#plan-file', PLAN);
    await timed('a plan import read and previewed (An Dương\'s 86/KH-UBND: 19 indicators, 44 tasks)', async () => {
      await page.getByRole('button', { name: 'Xem trước (chưa lưu)' }).click();
      await page.getByRole('heading', { name: 'Kết quả đọc thử' }).waitFor({ timeout: 30_000 });
    });
    expect(await page.locator('main').textContent()).toContain('86/KH-UBND');
    expect(await page.getByRole('button', { name: 'Lưu vào hệ thống' }).isVisible()).toBe(true);
    // Each row against the city's frame, as the import would map it.
    expect(await page.locator('#import-mappings tr[data-mapping="3"]').getAttribute('data-state')).toBe('AUTO');
    expect(await page.locator('#import-mappings tr[data-mapping="3"]').textContent()).toContain('3 · Thu ngân sách nhà nước trên địa bàn');
    // A target stated only in the body: the office ticks it, names its unit, and the preview counts it as a row.
    const sport = page.locator('#import-body-targets tr', { hasText: 'Tỷ lệ người dân luyện tập thể dục thể thao thường xuyên' });
    expect(await sport.textContent()).toContain('Trên 45');
    await sport.getByRole('checkbox').check();
    await sport.getByLabel('Đơn vị tham mưu').selectOption('van-hoa-xa-hoi');
    await page.getByRole('button', { name: 'Xem trước (chưa lưu)' }).click();
    await expect.poll(() => page.locator('main').textContent(), { timeout: 15_000 }).toContain('20 dòng');
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, '09-plan-import-preview');
    await page.context().close();
  });

  it('offers a template of a plan it reads, which previews whole', async () => {
    const page = await signIn(browser, 'anduong.vanphong');
    await page.goto(`${GATEWAY}/import`);
    const link = page.locator('#plan-templates a').first();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const file = await download.path();
    expect(download.suggestedFilename()).toBe('ke-hoach-mau.docx');
    await page.setInputFiles('#plan-file', { name: 'ke-hoach-mau.docx', mimeType: 'application/octet-stream',
      buffer: (await import('node:fs')).readFileSync(file) });
    await page.getByRole('button', { name: 'Xem trước (chưa lưu)' }).click();
    await page.getByRole('heading', { name: 'Kết quả đọc thử' }).waitFor({ timeout: 30_000 });
    const preview = await page.locator('main').textContent();
    expect(preview).toContain('Kế hoạch số 01/KH-UBND');
    // Every row read, every unit of the template one of the ward's (only spelling notes, nothing to map).
    expect(preview).toContain('7 dòng: 7 mới');
    expect(preview).toContain('4 dòng: 4 mới');
    expect(preview).not.toContain('Tên đơn vị chưa nhận ra');
    expect(preview).not.toContain('không đọc được mức');
    await page.context().close();
  });

  it('maps a unit name the plan uses that no unit answers to, on a phone, and the task follows', async () => {
    const page = await signIn(browser, 'anduong.vanphong');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${GATEWAY}/import`);
    const section = page.locator('section.unresolved-units');
    await section.waitFor({ timeout: 30_000 });
    // The seed's task 4 names the city's tax office among its coordinating units: no unit of the ward answers to it.
    expect(await section.textContent()).toContain('“Chi cục Thuế”');
    expect(await section.textContent()).toContain('nhiệm vụ 4 “Chống thất thu ngân sách và phát triển nguồn thu” (phối hợp)');
    const form = page.getByRole('form', { name: 'Gán “Chi cục Thuế” cho một đơn vị' });
    await form.getByLabel('Gán cho đơn vị').selectOption('__new__');
    await form.getByLabel('Tên đơn vị mới').fill('Chi cục Thuế khu vực');
    await form.getByRole('button', { name: 'Gán' }).click();
    await expect.poll(() => form.locator('.field-error').textContent()).toContain('Nhập tên và mã đơn vị');
    await form.getByLabel('Mã đơn vị (chữ thường không dấu, gạch nối)').fill('chi-cuc-thue');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, '18-plan-import-unit-mapping-phone');
    await form.getByRole('button', { name: 'Gán' }).click();

    await page.getByText('Đã gán “Chi cục Thuế” cho Chi cục Thuế khu vực: 1 nhiệm vụ và 0 chỉ tiêu chuyển theo.').waitFor({ timeout: 15_000 });
    const task = await page.evaluate(async () => (await fetch('/api/tasks/an-duong%3A86-KH-UBND%3A4')).json());
    expect(task.coordinatingUnits.map((u: { code: string | null }) => u.code)).toEqual(['chi-cuc-thue']);
    const unresolved = await page.evaluate(async () => (await fetch('/api/plans/unresolved-units')).json());
    expect(unresolved).toEqual([]);
    await page.context().close();
  });

  it('publishes the plan, which anyone then reads without signing in', async () => {
    const office = await signIn(browser, 'anduong.vanphong');
    await nav(office, 'Báo cáo').click();
    await office.locator('#publish').check();
    await office.locator('#public-link').waitFor();
    await office.context().close();

    const citizen = watch(await (await browser.newContext({ locale: 'vi-VN' })).newPage());
    await citizen.goto(`${GATEWAY}/public/an-duong`);
    await citizen.locator('#public-indicators').waitFor();
    expect(citizen.url()).toBe(`${GATEWAY}/public/an-duong`);
    expect(await citizen.locator('#public-indicators').textContent()).toContain('Tổng giá trị sản phẩm trên địa bàn');
    expect(await accessibilityProblems(citizen)).toEqual([]);
    await screenshot(citizen, '11-public-page');
    await citizen.goto(`${GATEWAY}/public/le-chan`);
    expect(await citizen.locator('[role="alert"]').textContent()).toContain('chưa công khai');
    await citizen.context().close();
  });

  it("lists the ward's officials for its office, and every ward for the platform's administrator", async () => {
    const office = await signIn(browser, 'anduong.vanphong');
    await nav(office, 'Cán bộ').click();
    await office.locator('#officials tr[data-username="anduong.kinhte"]').waitFor();
    expect(await office.locator('#officials').textContent()).not.toContain('lechan.');
    // The form names what is wrong before anything is sent.
    await office.fill('#invite-username', 'Cán bộ mới');
    await office.getByRole('button', { name: 'Thêm cán bộ' }).last().click();
    expect(await office.locator('#invite-username-error').textContent()).toContain('chữ thường không dấu');
    expect(await accessibilityProblems(office)).toEqual([]);
    await screenshot(office, '12-officials');

    // What became of the reminders: the import planned them for every deliverable and indicator value still to come.
    await nav(office, 'Nhật ký nhắc việc').click();
    await office.locator('#reminders-next').waitFor();
    expect(await office.locator('#reminders-next > tbody > tr').count()).toBeGreaterThan(0);
    expect(await office.locator('#reminders-next > tbody > tr a').first().getAttribute('href')).toMatch(/^\/(tasks|indicators)\//);
    expect(await accessibilityProblems(office)).toEqual([]);
    await screenshot(office, '15-reminder-log');

    await nav(office, 'Cài đặt nhắc việc').click();
    await office.locator('#calendar-days').waitFor();
    expect(await office.locator('#policy-beforeWorkingDays').inputValue()).toMatch(/\d/);
    expect(await office.locator('main').textContent()).toContain('Tết Nguyên đán');
    await screenshot(office, '14-reminder-settings');
    await office.context().close();

    const platform = await signIn(browser, 'platform.admin');
    await platform.waitForURL('**/wards');
    await platform.locator('#wards tr[data-ward="an-duong"]').waitFor();
    expect(await platform.locator('#wards tr[data-ward="le-chan"]').count()).toBe(1);
    await screenshot(platform, '13-wards');
    await platform.context().close();
  });

  it("gives the city's viewer An Dương and Lê Chân side by side", async () => {
    const page = await signIn(browser, 'haiphong.viewer');
    await page.waitForURL('**/comparison');
    // The city's name, not its code.
    await expect.poll(() => page.locator('#who-ward').textContent(), { timeout: 15_000 }).toContain('Hải Phòng');
    await page.locator('#ranking').waitFor();
    expect(await page.locator('#ranking tr[data-ward="an-duong"]').count()).toBe(1);
    expect(await page.locator('#ranking tr[data-ward="le-chan"]').count()).toBe(1);
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, '10-city-comparison');

    // A ward of the city, read as its own leaders read it, with its documents but no way into its records.
    await page.locator('#ranking tr[data-ward="an-duong"] a').click();
    await page.waitForURL('**/comparison/an-duong?year=2026');
    await page.locator('#dashboard-indicators').waitFor();
    expect(await page.locator('h1').textContent()).toBe('An Dương: tổng quan năm 2026');
    expect(await page.locator('#dashboard-indicators tr[data-indicator="1"] [data-status]').getAttribute('data-status')).toBe('AT_RISK');
    expect(await page.locator('#dashboard-indicators a').count()).toBe(0);
    expect(await page.locator('#report-annual a[data-format="pdf"]').getAttribute('href'))
      .toBe('/api/reports/wards/an-duong/annual-report?year=2026&format=pdf');
    await screenshot(page, '17-city-ward-dashboard');
    await page.context().close();
  });
});

describe('one city, many wards', () => {
  it("lets Lê Chân's office, on a phone, confirm what the platform was unsure of, with its reason in view", async () => {
    const page = await signIn(browser, 'lechan.vanphong', 'demo', { width: 390, height: 844 });
    await page.goto(`${GATEWAY}/mapping`);
    const row = page.locator('#mapping-review tr[data-mapping="14"]');
    await row.waitFor({ timeout: 30_000 });
    expect(await row.getAttribute('data-state')).toBe('PROPOSED');
    // The first rows are what waits for the office.
    expect(await page.locator('#mapping-review tbody tr').first().getAttribute('data-state')).toBe('PROPOSED');
    expect(await row.locator('[data-reason]').textContent()).toContain('Khớp với chỉ tiêu 13 “Tỷ lệ dân số được cung cấp nước sạch”');
    expect(await row.locator('[data-reason]').textContent()).toContain('độ tin cậy');
    expect(await page.locator('#mapping-review tr[data-mapping="2"]').getAttribute('data-state')).toBe('AUTO');
    expect(await page.locator('#mapping-review tr[data-mapping="2"] [data-reason]').textContent()).toContain('“NSNN” là “ngân sách nhà nước”');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, '24-frame-mapping-review-phone');

    expect(await row.getByLabel('Gắn với chỉ tiêu khung').inputValue()).toBe('13');
    await row.getByRole('button', { name: 'Xác nhận' }).click();
    await expect.poll(() => row.getAttribute('data-state'), { timeout: 15_000 }).toBe('CONFIRMED');
    expect(await row.textContent()).toContain('Quyết định của lechan.vanphong');
    const stored = await page.evaluate(async () => (await fetch('/api/indicator-mappings/le-chan%3A45-KH-UBND%3A14')).json());
    expect(stored).toMatchObject({ state: 'CONFIRMED', frameCode: '13', decidedBy: 'lechan.vanphong' });

    // The indicator's own page says where it stands against the frame, and why.
    await page.locator('#mapping-review tr[data-mapping="2"] a').click();
    await page.locator('#indicator-frame').waitFor({ timeout: 15_000 });
    await expect.poll(() => page.locator('#indicator-frame').textContent(), { timeout: 15_000 }).toContain('3 · Thu ngân sách nhà nước trên địa bàn');
    expect(await page.locator('#indicator-frame').textContent()).toContain('Tự động gắn');
    expect(await page.locator('#indicator-frame').textContent()).toContain('“NSNN” là “ngân sách nhà nước”');
    await page.context().close();
  });

  it("lines the city's wards up on its frame for its viewer: coloured, sorted, filtered, each cell opening the ward", async () => {
    const page = await signIn(browser, 'haiphong.viewer');
    await page.waitForURL('**/comparison');
    const water = page.locator('#matrix tr[data-frame="13"]');
    await water.waitFor({ timeout: 30_000 });
    // Both wards' clean-water indicators, worded differently, stand in one row once Lê Chân's office confirmed it.
    await expect.poll(async () => { await page.reload(); return water.locator('td[data-ward="le-chan"]').getAttribute('data-status'); },
      { timeout: 30_000, interval: 1_000 }).toBe('OFF_TRACK');
    expect(await water.locator('td[data-ward="an-duong"]').getAttribute('data-status')).toBe('OFF_TRACK');
    expect(await water.locator('td[data-ward="le-chan"]').textContent()).toContain('98,7');
    const waste = page.locator('#matrix tr[data-frame="12"]');
    expect(await waste.locator('td[data-ward="an-duong"]').getAttribute('data-status')).toBe('ACHIEVED');
    expect(await waste.locator('td[data-ward="le-chan"]').getAttribute('data-status')).toBe('ACHIEVED');
    expect(await page.locator('#matrix tbody tr').count()).toBe(24);
    expect(await page.locator('#ward-only').textContent()).toContain('Số doanh nghiệp thành lập mới');
    expect(await page.locator('#matrix').textContent()).not.toContain('Số doanh nghiệp thành lập mới');
    expect(await page.locator('#comparison-export').getAttribute('href')).toBe('/api/reports/cities/hai-phong/comparison.xlsx?year=2026');
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, '25-city-overview');

    await page.getByLabel('Nhóm chỉ tiêu').selectOption('CHỈ TIÊU MÔI TRƯỜNG');
    await expect.poll(() => page.locator('#matrix tbody tr').count()).toBe(2);
    await page.getByLabel('Xếp phường, xã').selectOption('name');
    expect(await page.locator('#matrix thead th[data-ward]').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-ward'))))
      .toEqual(['an-duong', 'le-chan']);
    expect(page.url()).toContain('group=');

    await waste.locator('td[data-ward="le-chan"] a').click();
    await page.waitForURL('**/comparison/le-chan?year=2026#indicator-*');
    const marked = page.locator('#dashboard-indicators tr.highlight');
    await marked.waitFor({ timeout: 15_000 });
    expect(await marked.getAttribute('data-indicator')).toBe('13');
    await screenshot(page, '26-city-cell-opens-ward');
    await page.context().close();
  });

  it("lets the city's planning staff edit the frame into a new version and preview it from the city's plan", async () => {
    const page = await signIn(browser, 'haiphong.kehoach');
    await page.goto(`${GATEWAY}/frame`);
    await page.locator('#frame-version').waitFor({ timeout: 30_000 });
    expect(await page.locator('#frame-version').textContent()).toContain('Phiên bản 1 (52/KH-UBND)');
    const target = page.locator('#frame-editor tr[data-frame-row="17"]').getByLabel('Mục tiêu của thành phố');
    expect(await target.inputValue()).toBe('Trên 98');
    await target.fill('Trên 99');
    await page.getByRole('button', { name: 'Lưu các thay đổi' }).click();
    await expect.poll(() => page.locator('#frame-saved').textContent(), { timeout: 15_000 }).toContain('phiên bản 2');
    const stored = await page.evaluate(async () => (await fetch('/api/indicator-frame')).json());
    expect(stored.version).toBe(2);
    expect(stored.indicators.find((i: { code: string }) => i.code === '17').cityTarget).toBe('Trên 99');
    // The page reloads the frame and its versions after the save: the list may still be one behind for a moment.
    await expect.poll(() => page.locator('#frame-history li').count(), { timeout: 15_000 }).toBe(2);

    await page.locator('#frame-file').setInputFiles(FRAME);
    await page.getByRole('button', { name: 'Đọc thử' }).click();
    await page.locator('#frame-preview').waitFor({ timeout: 15_000 });
    expect(await page.locator('#frame-preview-heading').textContent()).toBe('Khung đọc từ Kế hoạch 52/KH-UBND: 24 chỉ tiêu');
    expect(await page.locator('#frame-preview tr[data-frame="15.2"]').textContent()).toContain('Tỷ lệ tiếp nhận, giải quyết tố giác');
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, '27-city-frame');
    // The office's decision stands through the new version.
    const office = await signIn(browser, 'lechan.vanphong');
    const mapping = await office.evaluate(async () => (await fetch('/api/indicator-mappings/le-chan%3A45-KH-UBND%3A14')).json());
    expect(mapping).toMatchObject({ state: 'CONFIRMED', frameCode: '13', frameVersion: 2 });
    await office.context().close();
    await page.context().close();
  });
});

describe('the reporting period', () => {
  it("shows a unit officer what the unit must report this period and by when", async () => {
    const page = await signIn(browser, 'anduong.congan');
    const panel = page.locator('#my-unit-period');
    await panel.locator('h2').waitFor({ timeout: 30_000 });
    expect(await panel.locator('h2').textContent()).toBe('Đơn vị phải báo cáo kỳ Năm 2026');
    expect(await panel.textContent()).toContain('Hạn đơn vị gửi Văn phòng: 16/12/2026');
    expect(await panel.locator('li').count()).toBeGreaterThan(0);
    expect(await panel.locator('li a').first().getAttribute('href')).toMatch(/^\/(tasks|indicators)\//);
    await page.context().close();
  });

  it('lets the office remind the late units once, record a paper report on its day, and download the draft', async () => {
    const page = await signIn(browser, 'anduong.vanphong');
    await nav(page, 'Kỳ báo cáo').click();
    await page.locator('#period').waitFor({ timeout: 30_000 });
    await page.locator('#period').selectOption('2026-6M');
    await page.waitForURL('**/periods/2026-6M');
    // The period's page loads again for the chosen period.
    await expect.poll(() => page.locator('[data-units-due]').textContent(), { timeout: 15_000 }).toBe('16/06/2026');
    const missing = page.locator('section.period-unit[data-unit="ban-chi-huy-quan-su"]');
    await missing.waitFor();
    expect(await missing.locator('li[data-standing="NOT_DONE_OVERDUE"]').count()).toBeGreaterThan(0);
    expect(await page.locator('section.period-unit').first().locator('li[data-standing="NOT_DONE_OVERDUE"]').count()).toBeGreaterThan(0);

    await page.locator('#remind-late').click();
    await expect.poll(() => page.locator('#reminded').textContent(), { timeout: 15_000 }).toMatch(/^Đã nhắc [1-9]\d* đơn vị chậm; 0 đơn vị/);
    const first = Number((await page.locator('#reminded').textContent())!.match(/Đã nhắc (\d+)/)![1]);
    await page.locator('#remind-late').click();
    await expect.poll(() => page.locator('#reminded').textContent(), { timeout: 15_000 }).toBe(`Đã nhắc 0 đơn vị chậm; ${first} đơn vị đã được nhắc hôm nay.`);
    const log = await page.evaluate(async () => (await fetch('/api/notifications/reminders?item=2026-6M&limit=100')).json());
    const requested = (log as { kind: string; deadlineId: string }[]).filter((r) => r.kind === 'REQUESTED' && r.deadlineId.startsWith('period:2026-6M/'));
    expect(requested.length).toBe(first);

    const taskId = await missing.locator('li[data-standing="NOT_DONE_OVERDUE"]')
      .filter({ has: page.getByRole('button', { name: 'Ghi nhận báo cáo nhận ngoài hệ thống' }) }).first().getAttribute('data-owed');
    const item = missing.locator(`li[data-owed="${taskId}"]`);
    await item.getByRole('button', { name: 'Ghi nhận báo cáo nhận ngoài hệ thống' }).click();
    await item.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
    expect(await item.locator('.field-error').first().textContent()).toBe('Hãy chọn ngày nhận.');
    await item.getByLabel('Ngày nhận').fill('2026-06-25');
    await item.getByLabel('Nội dung báo cáo').fill('Ban Chỉ huy Quân sự báo cáo: hoàn thành huấn luyện dân quân đợt 1, đạt 100 % quân số.');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, '20-period-office-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
    await item.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
    const recorded = page.locator(`section.period-unit[data-unit="ban-chi-huy-quan-su"] li[data-owed="${taskId}"]`);
    await expect.poll(async () => {
      await page.reload();
      await page.locator('section.period-unit').first().waitFor();
      return recorded.getAttribute('data-standing');
    }, { timeout: 30_000, interval: 1_000 }).toBe('DONE_LATE');
    expect(await recorded.textContent()).toContain('Ngày nhận 25/06/2026 (bản giấy)');
    const stored = await page.evaluate(async (id) => (await fetch(`/api/tasks/${encodeURIComponent(id!)}`)).json(), taskId);
    const half = stored.deliverables.find((d: { id: string }) => d.id === '2026-6M');
    expect([half.status, half.submittedOn, half.receivedVia]).toEqual(['SUBMITTED', '2026-06-25', 'PAPER']);

    const draft = await page.locator('#period-draft').getAttribute('href');
    expect(draft).toBe('/api/reports/wards/an-duong/periods/2026-6M/draft');
    const download = await page.evaluate(async (href) => {
      const response = await fetch(href!);
      return { status: response.status, type: response.headers.get('Content-Type'), size: (await response.arrayBuffer()).byteLength };
    }, draft);
    expect(download.status).toBe(200);
    expect(download.type).toContain('officedocument.wordprocessingml');
    expect(download.size).toBeGreaterThan(5_000);
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, '19-period-office');
    await page.context().close();
  });

  it("shows the leader the year's reporting on the overview, and the office its regime", async () => {
    const leader = await signIn(browser, 'anduong.chutich');
    const half = leader.locator('#timeliness tr[data-period="2026-6M"]');
    await half.waitFor({ timeout: 30_000 });
    expect(await half.textContent()).toContain('6 tháng đầu năm 2026');
    expect(Number(await half.locator('td.num').first().textContent())).toBeGreaterThan(40);
    expect(await leader.locator('#timeliness tr[data-period-unit^="2026-6M:"]').count()).toBeGreaterThan(3);
    // A value that is not approved says so where it stands as the year's value: 9.1's estimate was returned.
    expect(await leader.locator('#dashboard-indicators tr[data-indicator="9.1"] [data-value-state]').textContent()).toBe('Bị trả lại');
    await half.scrollIntoViewIfNeeded();
    await screenshot(leader, '21-timeliness-leader');
    await leader.context().close();

    const office = await signIn(browser, 'anduong.vanphong');
    await nav(office, 'Cài đặt nhắc việc').click();
    await office.locator('#regime-form').waitFor();
    expect(await office.locator('#regime-periods tbody tr').count()).toBe(2);
    await office.fill('#regime-cutOffDay', '31');
    await office.getByRole('button', { name: 'Lưu chế độ báo cáo' }).click();
    expect(await office.locator('#regime-cutOffDay-error').textContent()).toBe('Ngày chốt là số từ 1 đến 28.');
    const regime = await office.evaluate(async () => (await fetch('/api/reporting-regime')).json());
    expect(regime.periods.map((p: { key: string }) => p.key)).toEqual(['2026-6M', '2026']);
    await screenshot(office, '22-regime-settings');
    await office.context().close();
  });
});

describe('the daily round', () => {
  it("gives the office its queue, acted on in place, and the unit hears the decision", async () => {
    const page = await signIn(browser, 'anduong.vanphong');
    await nav(page, 'Chỉ tiêu').click();
    await page.locator('#indicator-list').waitFor();
    await page.locator('#awaiting').click();
    await page.waitForURL('**awaiting=true**');
    await expect.poll(() => page.locator('#awaiting').isChecked(), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => page.locator('#indicator-list tr[data-indicator="6"]').count(), { timeout: 15_000 }).toBe(1);

    await page.getByRole('navigation').getByRole('link', { name: /^Chờ duyệt/ }).click();
    await page.locator('#queue').waitFor({ timeout: 30_000 });
    expect(await page.evaluate(() => document.title)).toBe('Việc chờ duyệt — wardplan');
    const badge = Number(await page.getByRole('navigation').locator('a[href="/queue"] .count').textContent());
    expect(badge).toBe(await page.locator('#queue > li').count());
    const ages = await page.locator('#queue > li [data-days]').allTextContents();
    const days = ages.map((a) => Number(a.match(/\d+/)![0]));
    expect(days).toEqual([...days].sort((x, y) => y - x));

    const bhyt = page.locator('#queue > li[data-waiting="VALUE:an-duong:86-KH-UBND:6:2026"]');
    await bhyt.getByRole('button', { name: 'Trả lại' }).click();
    await bhyt.getByRole('button', { name: 'Trả lại' }).click();
    expect(await bhyt.locator('.field-error').textContent()).toContain('Hãy ghi lý do trả lại');
    await bhyt.getByLabel('Ý kiến').fill('Số liệu chưa khớp với Bảo hiểm xã hội thành phố, đề nghị kiểm tra lại.');
    await bhyt.getByRole('button', { name: 'Trả lại' }).click();
    await expect.poll(() => bhyt.getByRole('status').textContent(), { timeout: 15_000 }).toBe('Đã trả lại; đơn vị được báo lý do.');
    const values = await page.evaluate(async () => (await fetch('/api/indicators/an-duong%3A86-KH-UBND%3A6/values')).json());
    expect(values.find((v: { period: string }) => v.period === '2026').status).toBe('RETURNED');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await accessibilityProblems(page)).toEqual([]);
    await screenshot(page, '23-office-queue-phone');
    await page.context().close();

    const unit = await signIn(browser, 'anduong.vhxh');
    await expect.poll(async () => {
      await unit.goto(`${GATEWAY}/inbox`);
      await unit.locator('main h1').waitFor();
      return unit.locator('main').textContent();
    }, { timeout: 30_000, interval: 1_000 }).toContain('Bị trả lại: số liệu "Tỷ lệ người dân tham gia bảo hiểm y tế" (năm 2026)');
    expect(await unit.locator('main').textContent()).toContain('Lý do: Số liệu chưa khớp với Bảo hiểm xã hội thành phố');
    await unit.context().close();
  });

  it('shows a moved deadline with its reason on the task and its new date in the list', async () => {
    const page = await signIn(browser, 'anduong.vanphong');
    const task = 'an-duong:86-KH-UBND:2';
    await page.goto(`${GATEWAY}/tasks/${encodeURIComponent(task)}`);
    const year = page.locator('section[data-deliverable="2026"]');
    await year.locator('summary', { hasText: 'Đổi hạn nộp' }).click();
    await year.getByRole('button', { name: 'Đổi hạn nộp' }).click();
    expect(await year.locator('.field-error').textContent()).toBe('Hãy chọn hạn mới.');
    await year.getByLabel('Hạn mới').fill('2026-12-23');
    await year.getByLabel('Lý do').fill('Chờ số liệu quyết toán của Chi cục Thống kê');
    await year.getByRole('button', { name: 'Đổi hạn nộp' }).click();
    await expect.poll(() => year.locator('.notice').first().textContent(), { timeout: 15_000 })
      .toBe('Đổi hạn từ 16/12/2026 sang 23/12/2026: Chờ số liệu quyết toán của Chi cục Thống kê');
    expect(await year.locator('h3').textContent()).toContain('Năm 2026 · Hạn nộp 23/12/2026');
    await page.goto(`${GATEWAY}/tasks?year=2026`);
    await page.locator('#task-list').waitFor();
    expect(await page.locator('#task-list tr[data-task="2"]').textContent()).toContain('23/12/2026');
    await page.context().close();
  });

  it('keeps the year from the overview to the indicator, and names units by the directory', async () => {
    const leader = await signIn(browser, 'anduong.chutich');
    await leader.locator('#dashboard-indicators').waitFor();
    await leader.locator('#year').selectOption('2027');
    await leader.waitForURL('**year=2027**');
    await leader.getByRole('heading', { name: 'Tổng quan năm 2027' }).waitFor();
    await leader.locator('#dashboard-indicators tr[data-indicator="1"] a').click();
    await leader.waitForURL(`**/indicators/${encodeURIComponent(GRDP)}?year=2027`);
    await leader.reload();
    await leader.getByText('Đánh giá năm 2027').first().waitFor();

    const units: { code: string; name: string }[] = await leader.evaluate(async () => (await fetch('/api/units')).json());
    const tasks = (await leader.evaluate(async () => (await fetch('/api/tasks?size=100')).json())).content as
      { id: string; leadUnit: { code: string | null; text: string } | null }[];
    const written = tasks.find((x) => x.leadUnit?.code && units.find((u) => u.code === x.leadUnit!.code)!.name.toLowerCase()
      !== x.leadUnit!.text.replace(/\s+/g, ' ').trim().toLowerCase())!;
    await leader.goto(`${GATEWAY}/tasks/${encodeURIComponent(written.id)}`);
    const lead = leader.locator('#task-lead');
    await expect.poll(() => lead.textContent(), { timeout: 15_000 }).toContain(units.find((u) => u.code === written.leadUnit!.code)!.name);
    expect(await lead.textContent()).toContain(`ghi trong văn bản: “${written.leadUnit!.text}”`);
    expect(await leader.locator('main').textContent()).not.toMatch(/\([a-z]+(-[a-z]+)+\)/);
    // Who reported: the official's name, not the account's username. Task 3's 6-month report came on paper (the office
    // recorded it); its 2026 report was written by Phòng Kinh tế in the first test of this suite.
    await leader.goto(`${GATEWAY}/tasks/${encodeURIComponent('an-duong:86-KH-UBND:3')}`);
    const half = leader.locator('section[data-deliverable="2026-6M"] ol.history');
    await half.waitFor();
    expect(await half.textContent()).toContain('Nguyễn Thị Hoa');
    expect(await leader.locator('section[data-deliverable="2026"] ol.history').textContent()).toContain('Trần Văn Minh');
    expect(await leader.locator('main').textContent()).not.toContain('anduong.');
    await leader.context().close();
  });
});

describe('values that look wrong', () => {
  it("asks the unit why before it sends a family rate of 150 %, shows the office both, and an approval reopens only with a reason", async () => {
    const unit = await signIn(browser, 'anduong.vhxh');
    await unit.goto(`${GATEWAY}/indicators/${encodeURIComponent('an-duong:86-KH-UBND:9')}?year=2026`);
    await unit.locator('#value-form').waitFor({ timeout: 30_000 });
    await unit.fill('#value', '150');
    await unit.getByRole('button', { name: 'Gửi duyệt' }).click();
    const checks = unit.locator('#value-checks');
    await checks.waitFor({ timeout: 15_000 });
    expect(await checks.textContent()).toContain('Tỷ lệ 150 % nằm ngoài khoảng 0–100 %.');
    // The approved 6-month estimate was 91,4 %.
    expect(await checks.textContent()).toContain('Khác ước thực hiện 6 tháng');
    expect(await unit.locator('#check-reason-error').textContent()).toContain('Hãy ghi lý do');
    expect(await unit.locator('#value-status').textContent()).toBe('Bản nháp');
    await screenshot(unit, '28-value-check-reason');
    await unit.getByLabel('Lý do (bắt buộc để gửi duyệt)').fill('Tổ dân phố báo cáo trùng số hộ; đề nghị văn phòng xem lại cùng đơn vị');
    await unit.getByRole('button', { name: 'Gửi duyệt' }).click();
    await expect.poll(() => unit.locator('#value-status').textContent(), { timeout: 15_000 }).toBe('Đã gửi, chờ duyệt');
    const sent = await unit.evaluate(async () => (await fetch('/api/indicators/an-duong%3A86-KH-UBND%3A9/values')).json());
    const year = sent.find((v: { period: string }) => v.period === '2026');
    expect(year.checkReason).toContain('Tổ dân phố báo cáo trùng số hộ');
    expect(year.checks.map((c: { kind: string }) => c.kind)).toEqual(['PERCENT_RANGE', 'ESTIMATE_GAP']);
    await unit.context().close();

    const office = await signIn(browser, 'anduong.vanphong');
    await office.goto(`${GATEWAY}/queue`);
    const item = office.locator('li[data-waiting="VALUE:an-duong:86-KH-UBND:9:2026"]');
    await expect.poll(async () => {
      await office.reload();
      await office.locator('#queue').waitFor({ timeout: 10_000 });
      return item.count();
    }, { timeout: 30_000, interval: 1_000 }).toBe(1);
    expect(await item.locator('[data-checks]').textContent()).toContain('Tỷ lệ 150 % nằm ngoài khoảng 0–100 %.');
    expect(await item.locator('[data-checks]').textContent()).toContain('Lý do của đơn vị: Tổ dân phố báo cáo trùng số hộ');
    await item.getByRole('button', { name: 'Duyệt' }).click();
    await office.goto(`${GATEWAY}/indicators/${encodeURIComponent('an-duong:86-KH-UBND:9')}?year=2026`);
    await office.locator('#reopen').waitFor({ timeout: 15_000 });
    await office.getByRole('button', { name: 'Mở lại để đơn vị sửa' }).click();
    expect(await office.locator('#reopen-error').textContent()).not.toBe('');
    await office.getByLabel('Lý do mở lại giá trị đã duyệt').fill('Chi cục Thống kê đề nghị rà soát lại số hộ gia đình văn hóa');
    await office.getByRole('button', { name: 'Mở lại để đơn vị sửa' }).click();
    await expect.poll(() => office.locator('#value-status').textContent(), { timeout: 15_000 }).toBe('Bị trả lại');
    const reopened = await office.evaluate(async () => (await fetch('/api/indicators/an-duong%3A86-KH-UBND%3A9/values')).json());
    const history = reopened.find((v: { period: string }) => v.period === '2026').history;
    expect(history.map((h: { action: string }) => h.action).slice(-3)).toEqual(['SUBMITTED', 'APPROVED', 'REOPENED']);
    expect(history.at(-1).comment).toBe('Mở lại giá trị đã duyệt: Chi cục Thống kê đề nghị rà soát lại số hộ gia đình văn hóa');
    expect(history.at(-3).checks).toEqual(['PERCENT_RANGE', 'ESTIMATE_GAP']);
    expect(await accessibilityProblems(office)).toEqual([]);
    await office.context().close();
  });
});

describe('requests for explanation', () => {
  it('lets the chairman ask the unit about an indicator, the unit find it on its overview and answer, and the chairman close it', async () => {
    const BHYT = 'an-duong:86-KH-UBND:6';
    const leader = await signIn(browser, 'anduong.chutich');
    await leader.goto(`${GATEWAY}/indicators/${encodeURIComponent(BHYT)}?year=2026`);
    await leader.locator('#explanation-ask').waitFor({ timeout: 30_000 });
    await leader.getByRole('button', { name: 'Gửi yêu cầu giải trình' }).click();
    expect(await leader.locator('#explanation-question-error').textContent()).toBe('Hãy ghi nội dung cần giải trình.');
    await leader.getByLabel('Nội dung yêu cầu giải trình').fill('Vì sao 6 tháng đầu năm tỷ lệ tham gia bảo hiểm y tế chỉ đạt 96,9 %?');
    await leader.getByRole('button', { name: 'Gửi yêu cầu giải trình' }).click();
    const request = leader.locator('#explanations article[data-status="OPEN"]');
    await request.waitFor({ timeout: 15_000 });
    expect(await request.textContent()).toContain('Chờ giải trình');
    // The leaders' overview lists what waits for an answer.
    await nav(leader, 'Tổng quan').click();
    const awaited = leader.locator('#explanations-awaited');
    await expect.poll(async () => { await leader.reload(); await awaited.waitFor(); return awaited.textContent(); }, { timeout: 30_000 })
      .toContain('chỉ tiêu “Tỷ lệ người dân tham gia bảo hiểm y tế” — Chờ giải trình, do ');
    await leader.context().close();

    const unit = await signIn(browser, 'anduong.vhxh');
    const owed = unit.locator('#explanations-due');
    await owed.waitFor({ timeout: 30_000 });
    expect(await owed.textContent()).toContain('Chờ giải trình (1)');
    await owed.getByRole('link', { name: 'chỉ tiêu “Tỷ lệ người dân tham gia bảo hiểm y tế”' }).click();
    const mine = unit.locator('#explanations article[data-status="OPEN"]');
    await mine.waitFor({ timeout: 15_000 });
    await mine.getByLabel('Nội dung giải trình').fill('Bảo hiểm xã hội thành phố chưa chuyển danh sách học sinh; dự kiến đạt 97,8 % cuối năm.');
    await mine.getByRole('button', { name: 'Gửi giải trình' }).click();
    await unit.locator('#explanations article[data-status="ANSWERED"]').waitFor({ timeout: 15_000 });
    expect(await accessibilityProblems(unit)).toEqual([]);
    await screenshot(unit, '29-explanation-answered');
    await unit.context().close();

    const again = await signIn(browser, 'anduong.chutich');
    await again.goto(`${GATEWAY}/indicators/${encodeURIComponent(BHYT)}?year=2026`);
    const answered = again.locator('#explanations article[data-status="ANSWERED"]');
    await answered.waitFor({ timeout: 30_000 });
    expect(await answered.textContent()).toContain('dự kiến đạt 97,8 % cuối năm');
    await answered.getByRole('button', { name: 'Đóng yêu cầu' }).click();
    await again.locator('#explanations article[data-status="CLOSED"]').waitFor({ timeout: 15_000 });
    const stored = await again.evaluate(async (id) => (await fetch(`/api/notifications/explanations?subject=${encodeURIComponent(id)}`)).json(), BHYT);
    expect(stored[0]).toMatchObject({ status: 'CLOSED', unit: 'van-hoa-xa-hoi', askedBy: 'anduong.chutich' });
    expect(stored[0].exchanges.map((x: { kind: string }) => x.kind)).toEqual(['QUESTION', 'ANSWER']);
    await again.context().close();
  });
});

describe('the city asks a ward', () => {
  it('lets a city viewer ask An Dương from its page and the ward office answer on its overview', async () => {
    const viewer = await signIn(browser, 'haiphong.viewer');
    await viewer.goto(`${GATEWAY}/comparison/an-duong?year=2026`);
    await viewer.locator('#explanation-ask').waitFor({ timeout: 30_000 });
    await viewer.getByLabel('Nội dung yêu cầu giải trình').fill('Vì sao giải ngân vốn đầu tư công 6 tháng của phường mới đạt 58,6 %?');
    await viewer.getByRole('button', { name: 'Gửi yêu cầu giải trình' }).click();
    await viewer.locator('#explanations article[data-status="OPEN"]').waitFor({ timeout: 15_000 });
    await viewer.context().close();

    const office = await signIn(browser, 'anduong.vanphong');
    const asked = office.locator('#explanations article[data-status="OPEN"]');
    await asked.waitFor({ timeout: 30_000 });
    expect(await asked.textContent()).toContain('58,6 %');
    await asked.getByLabel('Nội dung giải trình').fill('Hai dự án chờ giải phóng mặt bằng; phường dự kiến giải ngân 95 % vào quý IV.');
    await asked.getByRole('button', { name: 'Gửi giải trình' }).click();
    await office.locator('#explanations article[data-status="ANSWERED"]').waitFor({ timeout: 15_000 });
    await office.context().close();

    const back = await signIn(browser, 'haiphong.viewer');
    await back.goto(`${GATEWAY}/comparison/an-duong?year=2026`);
    const answered = back.locator('#explanations article[data-status="ANSWERED"]');
    await answered.waitFor({ timeout: 30_000 });
    expect(await answered.textContent()).toContain('giải ngân 95 % vào quý IV');
    await screenshot(back, '30-city-asks-a-ward');
    await answered.getByRole('button', { name: 'Đóng yêu cầu' }).click();
    await back.locator('#explanations article[data-status="CLOSED"]').waitFor({ timeout: 15_000 });
    const stored = await back.evaluate(async () => (await fetch('/api/notifications/explanations?ward=an-duong')).json());
    expect(stored[0]).toMatchObject({ subjectKind: 'WARD', unit: 'van-phong', status: 'CLOSED', askedBy: 'haiphong.viewer' });
    expect(await accessibilityProblems(back)).toEqual([]);
    await back.context().close();
  });
});

describe('the change log', () => {
  it('shows the ward office who changed what, filtered, as Excel, on a phone too, and nobody else', async () => {
    const office = await signIn(browser, 'anduong.vanphong');
    await nav(office, 'Nhật ký thay đổi').click();
    await office.locator('#audit').waitFor({ timeout: 30_000 });
    await office.locator('#audit-kind').selectOption({ label: 'Số liệu chỉ tiêu' });
    // The 2026 GRDP value the unit entered and the office approved at the start of this suite.
    await expect.poll(() => office.locator('#audit tbody tr').evaluateAll((rows) => rows.length > 0
      && rows.every((r) => r.getAttribute('data-kind') === 'VALUE')), { timeout: 15_000 }).toBe(true);
    const approval = office.locator('#audit tr[data-action="value.approved"]', { hasText: 'Tổng giá trị sản phẩm' });
    await approval.first().waitFor({ timeout: 30_000 });
    expect(await approval.first().textContent()).toContain('Duyệt số liệu');
    expect(await approval.first().textContent()).toContain('Trạng thái: Chờ duyệt → Đã duyệt');
    await office.getByLabel('Người thực hiện').fill('kinhte');
    await office.getByRole('button', { name: 'Lọc', exact: true }).click();
    await expect.poll(() => office.locator('#audit tr[data-action="value.approved"]').count(), { timeout: 15_000 }).toBe(0);
    await office.locator('#audit tr[data-action="value.submitted"]').first().waitFor({ timeout: 15_000 });
    expect(office.url()).toContain('user=kinhte');
    const href = await office.locator('#audit-export').getAttribute('href');
    expect(href).toBe('/api/reports/wards/an-duong/audit.xlsx?user=kinhte&kind=VALUE');
    const sheet = await office.evaluate(async (path) => {
      const r = await fetch(path);
      return { status: r.status, type: r.headers.get('content-type'), size: (await r.arrayBuffer()).byteLength };
    }, href!);
    expect(sheet).toMatchObject({ status: 200, type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    const stored = await office.evaluate(async () => (await fetch('/api/reports/wards/an-duong/audit?user=kinhte&kind=VALUE')).json());
    expect(await office.locator('#audit-count').textContent()).toContain(`${stored.page.totalElements} thay đổi`);
    expect(stored.content.every((e: { actor: string }) => e.actor === 'anduong.kinhte')).toBe(true);
    expect(await accessibilityProblems(office)).toEqual([]);
    await screenshot(office, '31-change-log');
    await office.setViewportSize({ width: 390, height: 844 });
    await office.reload();
    await office.locator('#audit').waitFor({ timeout: 30_000 });
    expect(await office.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(office, '32-change-log-phone');
    const changed = await office.evaluate(async () => (await fetch('/api/reports/wards/an-duong/audit', { method: 'DELETE' })).status);
    expect([403, 404, 405]).toContain(changed);
    await office.context().close();

    const leader = await signIn(browser, 'anduong.chutich');
    await leader.locator('#dashboard-indicators').waitFor();
    expect(await nav(leader, 'Nhật ký thay đổi').count()).toBe(0);
    expect(await leader.evaluate(async () => (await fetch('/api/reports/wards/an-duong/audit')).status)).toBe(403);
    await leader.context().close();
  });
});

describe('Lê Chân', () => {
  it("sees its own ward and none of An Dương's", async () => {
    const page = await signIn(browser, 'lechan.vanphong');
    await page.locator('#dashboard-indicators, .alert, main p').first().waitFor();
    const main = await page.locator('main').textContent();
    expect(main).not.toContain('An Dương');
    expect(await page.locator('#who-ward').getAttribute('data-ward')).toBe('le-chan');
    await expect.poll(() => page.locator('#who-ward').textContent()).toContain('Lê Chân');

    await page.goto(`${GATEWAY}/indicators/${encodeURIComponent(GRDP)}?year=2026`);
    await page.locator('[role="alert"]').waitFor();
    expect(await page.locator('main').textContent()).not.toContain('Tổng giá trị sản phẩm');
    await screenshot(page, '08-le-chan-refused');
    await page.context().close();
  });
});

describe('the gateway keeps the web application in its bounds', () => {
  it('serves it with a strict content policy under which nothing in the suite was blocked', async () => {
    const context = await browser.newContext();
    const page = watch(await context.newPage());
    const response = await page.request.get(`${GATEWAY}/public/an-duong`);
    const headers = response.headers();
    expect(headers['content-security-policy']).toContain("script-src 'self'");
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['referrer-policy']).toBe('same-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['x-content-type-options']).toBe('nosniff');
    // The actuator is on the management port only: the public entry has no such address.
    const metrics = await page.request.get(`${GATEWAY}/actuator/prometheus`);
    expect(metrics.status()).toBe(404);
    expect(await metrics.text()).not.toContain("jvm_memory");
    expect(contentSecurityPolicyViolations()).toEqual([]);
    await context.close();
  });
});
