/**
 * The pages in a real browser (Debian's chromium through puppeteer-core), on a stack filled from the recorded
 * fixtures: what a reader sees, what filters and search do, the chart, subscribing end to end through the local
 * SES, no console errors, and axe-core's accessibility rules. Screenshots go to a temporary folder (printed).
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebStack, type WebStack } from './stack.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const AXE = readFileSync(join(process.cwd(), 'node_modules/axe-core/axe.min.js'), 'utf8');
const shots = mkdtempSync(join(tmpdir(), 'kzcm-web-'));

let stack: WebStack;
let browser: Browser;
let page: Page;
const consoleErrors: string[] = [];

beforeAll(async () => {
  stack = await startWebStack();
  browser = await puppeteer.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--headless=new'] });
  page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 900 });
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => consoleErrors.push(`${page.url()}: ${(e as Error).message}`));
  console.log(`screenshots: ${shots}`);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

/** Opens a path and checks the answer is a page. */
async function open(path: string, status = 200): Promise<void> {
  const res = await page.goto(`${stack.url}${path}`, { waitUntil: 'load' });
  expect(res?.status(), path).toBe(status);
}

/** A full-page screenshot, and one of the first screen (`<name>-top.png`, the size a README shows). */
async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
  await page.screenshot({ path: join(shots, `${name}-top.png`) });
}

/** axe-core's serious and critical violations on the current page. */
async function axeViolations(): Promise<string[]> {
  // Evaluated through the debugger protocol, which the pages' CSP (no scripts at all) does not apply to.
  await page.evaluate(AXE);
  const result = (await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<unknown> } }).axe;
    return axe.run();
  })) as { violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> };
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Titles of the events the timeline shows. */
const titles = () =>
  page.$$eval('ol.timeline article h2', (hs) => hs.map((h) => h.textContent?.trim() ?? ''));

describe('web pages in a browser', () => {
  it('finds the browser', () => expect(existsSync(CHROMIUM)).toBe(true));

  it('the timeline lists the fixture events, newest first, with their details', async () => {
    await open('/');
    const all = await titles();
    expect(all.length).toBeGreaterThanOrEqual(5);
    expect(all.some((t) => /Wang Yi arrives in Kazakhstan/.test(t))).toBe(true);
    const dates = await page.$$eval('ol.timeline article time', (ts) =>
      ts.map((t) => t.getAttribute('datetime') ?? ''),
    );
    expect(dates.filter(Boolean)).toEqual([...dates.filter(Boolean)].sort().reverse());
    const text = await page.$eval('main', (m) => m.textContent ?? '');
    expect(text).toMatch(/Wang Yi/);
    expect(text).toMatch(/\(China\)/);
    expect(text).toMatch(/memorandum/i);
    expect(text).toMatch(/43\.8 billion USD/);
    await shot('timeline');
    expect(await axeViolations()).toEqual([]);
    // keyboard: the first Tab reaches the skip link, the next ones the navigation
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Skip to content');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.getAttribute("href")')).toBe('/');
    await page.setViewport({ width: 390, height: 844, isMobile: true });
    await open('/');
    const overflow = await page.evaluate('document.documentElement.scrollWidth > window.innerWidth + 1');
    expect(overflow).toBe(false);
    await shot('timeline-phone');
    await page.setViewport({ width: 1100, height: 900 });
  });

  it('a filter narrows the timeline (submitted through the form)', async () => {
    await open('/');
    const before = (await titles()).length;
    await page.select('#f-kind', 'visit');
    await Promise.all([page.waitForNavigation(), page.click('form.filters button[type=submit]')]);
    expect(page.url()).toContain('kind=visit');
    const after = await titles();
    expect(after.length).toBeGreaterThan(0);
    expect(after.length).toBeLessThan(before);
    const kinds = await page.$$eval('ol.timeline .kind', (ks) => ks.map((k) => k.textContent));
    expect(new Set(kinds)).toEqual(new Set(['visit']));
  });

  it('a Russian search finds the same events as the English one', async () => {
    await open('/');
    const before = (await titles()).length;
    await page.type('#f-q', 'Ван И');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    const ru = await titles();
    expect(ru.length).toBeGreaterThan(0);
    expect(ru.length).toBeLessThan(before);
    await open(`/?q=${encodeURIComponent('Wang Yi')}`);
    const en = await titles();
    expect(new Set(ru)).toEqual(new Set(en));
    await open(`/?q=${encodeURIComponent('пшеница')}`);
    const wheat = await titles();
    expect(wheat.length).toBeGreaterThan(0);
    expect(wheat.length).toBeLessThan(before);
    expect(wheat.every((t) => /wheat/i.test(t))).toBe(true);
    await open(`/?q=${encodeURIComponent('Ван И')}`);
    await shot('timeline-search-ru');
  });

  it('an event page shows every source with a link to the original', async () => {
    await open('/?hasAgreement=true&q=memorandum');
    const href = await page.$eval('ol.timeline article h2 a', (a) => a.getAttribute('href'));
    expect(href).toMatch(/^\/event\/ev_/);
    await open(href as string);
    const sources = await page.$$eval('ul.srcs li a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(sources.length).toBeGreaterThanOrEqual(2);
    expect(sources.every((s) => /^https?:\/\//.test(s))).toBe(true);
    const text = await page.$eval('main', (m) => m.textContent ?? '');
    expect(text).toMatch(/First reported/);
    expect(text).toMatch(/First seen here/);
    expect(text).toMatch(/Kazinform/);
    await shot('event');
    expect(await axeViolations()).toEqual([]);
    // outside the browser: a 404 is logged to its console, which the last test keeps clean
    expect((await fetch(`${stack.url}/event/ev_doesnotexist0`)).status).toBe(404);
  });

  it('the trade chart is drawn with a point per reported value', async () => {
    await open('/trade');
    const points = await page.$$eval('#chart-trade_turnover-USD g.point', (gs) =>
      gs.map((g) => [Number(g.getAttribute('data-year')), Number(g.getAttribute('data-value'))]),
    );
    expect(points).toContainEqual([2023, 41e9]);
    expect(points).toContainEqual([2024, 43.8e9]);
    const box = await page.$eval('#chart-trade_turnover-USD circle', (c) => c.getBoundingClientRect().width);
    expect(box).toBeGreaterThan(4);
    await shot('trade');
    expect(await axeViolations()).toEqual([]);
  });

  it('the documents table sorts, and person and status pages read', async () => {
    await open('/documents');
    const rows = await page.$$eval('tbody tr', (trs) => trs.length);
    expect(rows).toBeGreaterThanOrEqual(3);
    await Promise.all([page.waitForNavigation(), page.click('th a[href*="sort=type"]')]);
    const types = await page.$$eval('tbody tr td:nth-child(2)', (tds) => tds.map((t) => t.textContent ?? ''));
    expect(types).toEqual([...types].sort());
    await shot('documents');
    expect(await axeViolations()).toEqual([]);
    await open('/person/wang-yi');
    expect(await page.$$eval('ol.timeline article', (as) => as.length)).toBeGreaterThanOrEqual(3);
    await shot('person');
    expect(await axeViolations()).toEqual([]);
    await open('/status');
    expect(await page.$eval('main', (m) => m.textContent ?? '')).toMatch(/working/);
    await shot('status');
    expect(await axeViolations()).toEqual([]);
  });

  it('subscribe form → confirmation mail in the local SES → the confirm page confirms', async () => {
    await open('/subscribe?participant=Wang%20Yi');
    expect(await page.$eval('#f-participant', (i) => (i as unknown as { value: string }).value)).toBe(
      'Wang Yi',
    );
    expect(await axeViolations()).toEqual([]);
    await shot('subscribe');
    await stack.ses.clear();
    await page.type('#s-email', 'reader@example.org');
    await Promise.all([
      page.waitForNavigation(),
      page.click('form[aria-label=Subscribe] button[type=submit]'),
    ]);
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('Check your inbox');
    const mails = await stack.ses.readMail();
    expect(mails.map((m) => m.destination.to)).toEqual([['reader@example.org']]);
    const body = mails[0]?.body.text ?? '';
    expect(body).toMatch(/Wang Yi/);
    const link = /https?:\/\/\S+\/subscriptions\/confirm\?token=[\w-]+/.exec(body)?.[0];
    expect(link).toBeTruthy();
    await page.goto(link as string);
    expect(await stack.store.getSubscriberByEmail('reader@example.org')).toMatchObject({ status: 'pending' });
    await Promise.all([page.waitForNavigation(), page.click('form button[type=submit]')]);
    expect(await page.$eval('h1', (h) => h.textContent)).toMatch(/confirmed/i);
    expect(await stack.store.getSubscriberByEmail('reader@example.org')).toMatchObject({
      status: 'confirmed',
    });
    await shot('confirmed');
    expect(await axeViolations()).toEqual([]);
    // the manage page (restyled, with the channels form): add a webhook, see its secret once
    await Promise.all([page.waitForNavigation(), page.click('main a[href*="/subscriptions/manage?token="]')]);
    expect(await page.$eval('h1', (h) => h.textContent)).toMatch(/preferences/i);
    expect(await axeViolations()).toEqual([]);
    await shot('manage');
    const allow = process.env.WEBHOOKS_ALLOW_PRIVATE;
    process.env.WEBHOOKS_ALLOW_PRIVATE = 'true';
    try {
      await page.type('#c-url', 'http://127.0.0.1:9/hook');
      await Promise.all([page.waitForNavigation(), page.click('form[action="/subscribe/channels"] button')]);
    } finally {
      process.env.WEBHOOKS_ALLOW_PRIVATE = allow;
    }
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('Channel added');
    expect(await page.$eval('#secret', (c) => c.textContent)).toMatch(/^whsec_/);
    const sub = await stack.store.getSubscriberByEmail('reader@example.org');
    expect(sub?.channels?.map((c) => c.url)).toEqual(['http://127.0.0.1:9/hook']);
  });

  it('logged no console error on any page', () => {
    expect(consoleErrors).toEqual([]);
  });
});
