import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/cli/seed/demo';
import { call } from '../../electron/core/dispatch';
import { assertRendererBuilt, launchChromium, openPage, screenshot, serveTempDb } from './harness';

let browser: Browser;
let served: Awaited<ReturnType<typeof serveTempDb>>;
let page: Page;
let errors: string[];
let teamId: string;

const NEWCOMERS = ['Đặng Thị Quỳnh', 'Huỳnh Văn Sáng', 'Tô Thị Tuyết', 'Lâm Văn Vĩnh', 'Mạc Thị Xuân'];

beforeAll(async () => {
  assertRendererBuilt();
  browser = await launchChromium();
  served = await serveTempDb(async (core) => {
    await seedDemo(core);
    // Five residents of Tổ dân phố 1 already in the register (e.g. imported), in no team yet.
    const villages = await call(core.handlers, core.ctx, 'villages.list', {});
    const tdp1 = villages.find((v) => v.name === 'Tổ dân phố 1')!;
    for (const [i, fullName] of NEWCOMERS.entries()) {
      await call(core.handlers, core.ctx, 'people.create', { person: { fullName, villageId: tdp1.id, phone: `098800000${i}`, birthYear: 1980 + i } });
    }
    const teams = await call(core.handlers, core.ctx, 'teams.list', {});
    teamId = teams.find((t) => t.name.endsWith('tổ dân phố 1'))!.id;
  });
  ({ page, errors } = await openPage(browser, served.server.url));
});
afterAll(async () => {
  await page?.context().close();
  await served?.dispose();
  await browser?.close();
});

/** Every click and key press the officer makes, counted as the test makes them. */
const input = { clicks: 0, keys: 0 };
const click = async (l: Locator) => { input.clicks++; await l.click(); };
const type = async (text: string) => { input.keys += text.length; await page.keyboard.type(text); };
const press = async (key: string) => { input.keys++; await page.keyboard.press(key); };
void press;

const dialog = () => page.getByRole('dialog');
const members = async () =>
  ((await served.core.call('teams.get', { id: teamId })) as { ok: true; result: { members: { fullName: string }[] } }).result.members.map((m) => m.fullName);

describe('adding five members (issue 11, acceptance 3)', () => {
  it('today: one person per dialog', async () => {
    await page.getByRole('heading', { level: 1, name: 'Tổng quan' }).waitFor();
    await page.evaluate((id) => { location.hash = `#/teams/${id}`; }, teamId);
    await page.getByRole('heading', { level: 1 }).filter({ hasText: 'tổ dân phố 1' }).waitFor();
    for (const name of NEWCOMERS) {
      await click(page.getByRole('button', { name: 'Thêm thành viên' }));
      await dialog().waitFor();
      await click(dialog().getByRole('searchbox'));
      const given = name.split(' ').at(-1)!.normalize('NFD').replace(/[\u0300-\u036f]/gu, '').replace(/đ/giu, 'd').toLowerCase();
      await type(given);
      await click(dialog().getByRole('radio', { name: new RegExp(name, 'u') }));
      await click(dialog().getByRole('button', { name: 'Thêm vào tổ' }));
      await dialog().waitFor({ state: 'detached' });
    }
    expect(await members()).toEqual(expect.arrayContaining(NEWCOMERS));
    console.log(`TODAY: ${input.clicks} clicks + ${input.keys} keys = ${input.clicks + input.keys}`);
    expect(errors).toEqual([]);
  });
});
