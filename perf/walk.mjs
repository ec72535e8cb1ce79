// The six jobs of issue 17 walked in Chromium, in Bahasa Indonesia and English, with a screenshot at each step.
//   BASE=http://localhost:8080 PW_DIR=<dir with playwright-core> OUT=target/walk node perf/walk.mjs
// Start the app first (./app run, demo data). Prints one line per step with what it checked; a failed check prints
// "PROBLEM" and the walk goes on, so one run shows every problem. Look at the screenshots in OUT afterwards.
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
const { chromium } = createRequire(`${process.env.PW_DIR ?? process.cwd()}/`)('playwright-core');

const base = process.env.BASE ?? 'http://localhost:8080';
const out = process.env.OUT ?? 'target/walk';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
let problems = 0;
const check = (ok, what) => {
  if (!ok) problems++;
  console.log(`${ok ? 'ok     ' : 'PROBLEM'} ${what}`);
};

async function context(lang, viewport = { width: 1440, height: 900 }) {
  const ctx = await browser.newContext({ viewport, locale: lang === 'en' ? 'en-US' : 'id-ID', acceptDownloads: true });
  await ctx.addCookies([{ name: 'jmo-lang', value: lang, url: base }]);
  const page = await ctx.newPage();
  page.setDefaultTimeout(30_000);
  return page;
}

async function login(page, user, password) {
  await page.goto(`${base}/login`);
  await page.locator('vaadin-login-form input[name=username]').fill(user);
  await page.locator('vaadin-login-form input[name=password]').fill(password);
  await page.locator('vaadin-login-form vaadin-button').first().click();
  await page.waitForURL(u => !u.pathname.startsWith('/login'));
}

const settle = async page => {
  await page.waitForFunction(() => !document.querySelector('.v-loading-indicator[style*="display: block"]'));
  await page.waitForTimeout(600);
};
const shot = (page, lang, name) => page.screenshot({ path: `${out}/${lang}-${name}.png`, fullPage: false });

for (const lang of ['id', 'en']) {
  console.log(`--- ${lang}`);
  // 1. A manager's Monday question: Purwokerto, semester II, then Findings by the side navigation keeps the filter
  let page = await context(lang);
  await login(page, 'manajer', 'manajer123');
  await page.goto(`${base}/?periode=s2&cabang=PWT`);
  await page.waitForFunction(() => document.querySelectorAll('jmo-chart').length >= 9);
  await settle(page);
  await shot(page, lang, '1-dashboard-pwt-s2');
  const text = await page.locator('main, vaadin-app-layout').first().innerText();
  check(lang === 'en' ? !/\d,\d{2}\b/.test(text.replace(/\d{1,3}(,\d{3})+/g, '')) : true,
    'English dashboard: no decimal comma in figures');
  const findingsItem = page.locator('vaadin-side-nav-item[path^="temuan"]');
  console.log(`        side navigation link to Findings: ${await findingsItem.getAttribute('path')}`);
  await findingsItem.click();
  await page.waitForURL(u => u.pathname.includes('temuan'));
  await settle(page);
  check(page.url().includes('cabang=PWT') && page.url().includes('periode=s2'), `filter follows to Findings: ${page.url()}`);
  await shot(page, lang, '1-findings-follows');
  await page.goBack();
  await page.waitForURL(u => !u.pathname.includes('temuan'), { timeout: 15_000 }).catch(() => {});
  await page.waitForFunction(() => document.querySelectorAll('jmo-chart').length >= 9);
  await settle(page);
  check(!page.url().includes('temuan') && page.url().includes('periode=s2'), `Back returns to the dashboard: ${page.url()}`);

  // 2. Preparing the semester meeting: presentation, PPTX and PDF
  await page.goto(`${base}/temuan?periode=s2&cabang=PWT`);
  await page.locator('#findings-pptx').waitFor();
  await settle(page);
  for (const [id, ext] of [['#findings-pptx', 'pptx'], ['#findings-pdf', 'pdf']]) {
    const start = Date.now();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.locator(id).click()]);
    const name = download.suggestedFilename();
    await download.saveAs(`${out}/${lang}-2-deck.${ext}`);
    check(name.endsWith(`.${ext}`), `${ext.toUpperCase()} downloaded as ${name} in ${Date.now() - start} ms`);
  }
  const present = Date.now();
  await page.goto(`${base}/presentasi?periode=s2&cabang=PWT`);
  await page.locator('#slide-1').waitFor();
  check(true, `presentation first slide in ${Date.now() - present} ms`);
  await settle(page);
  await shot(page, lang, '2-presentation');
  await page.context().close();

  // 3. Staff at the counter: a complaint typed with the keyboard only, saved with Ctrl+Enter, then the queues
  page = await context(lang);
  await login(page, 'petugas', 'petugas123');
  await page.goto(`${base}/pengaduan/tiket`);
  await page.locator('#complaint-kpj').waitFor();
  await settle(page);
  await page.locator('#complaint-kpj input').fill('12345678901');
  const category = page.locator('#complaint-category input');
  await category.click();
  await category.pressSequentially(lang === 'en' ? 'bal' : 'sal', { delay: 50 });
  await page.waitForTimeout(400);
  await category.press('Enter');
  await page.waitForTimeout(300);
  const chosen = await category.inputValue();
  check(chosen.length > 3, `combo box: Enter picks the highlighted category ("${chosen}")`);
  await page.locator('#complaint-description textarea').fill(lang === 'en'
    ? 'The participant cannot see the JHT balance after logging in'
    : 'Peserta tidak bisa melihat saldo JHT setelah masuk');
  await shot(page, lang, '3-complaint-form');
  await page.locator('#complaint-description textarea').press('Control+Enter');
  await page.waitForURL(u => /pengaduan\/tiket\/\d+/.test(u.pathname) || u.searchParams.has('id'), { timeout: 15_000 })
    .catch(() => {});
  await settle(page);
  await shot(page, lang, '3-complaint-saved');
  const errors = await page.locator('[invalid]').count();
  check(errors === 0, `Ctrl+Enter saved without invalid fields (${errors} invalid), now at ${page.url()}`);
  await page.goto(`${base}/pengaduan?periode=12b`);
  await page.locator('#complaint-queues').waitFor();
  await settle(page);
  const queues = await page.locator('#complaint-queues [id^="queue-"]').allInnerTexts();
  check(queues.length >= 4, `queue buttons: ${queues.map(q => q.replace(/\s+/g, ' ')).join(' | ')}`);
  await shot(page, lang, '3-complaint-queues');
  await page.context().close();

  // 4. A participant on a 360-px phone: the public survey, an incomplete submit, then the error message
  page = await context(lang, { width: 360, height: 740 });
  await page.goto(`${base}/survei/PWT${lang === 'en' ? '?lang=en' : ''}`);
  await page.waitForLoadState('domcontentloaded');
  await shot(page, lang, '4-survey-phone');
  const small = await page.evaluate(() => Array.from(document.querySelectorAll('label:has(input), button, select, input[type=text], input[type=tel], input[type=email], textarea'))
    .filter(e => e.offsetParent !== null && e.closest('header') === null)
    .map(e => ({ text: (e.innerText || e.getAttribute('name') || e.tagName).trim().slice(0, 30), h: e.getBoundingClientRect().height }))
    .filter(r => r.h > 0 && r.h < 47.5));
  check(small.length === 0, `survey tap targets under 48 px high: ${small.length} ${JSON.stringify(small.slice(0, 5))}`);
  await page.context().close();

  // 5. The IKM report
  page = await context(lang);
  await login(page, 'manajer', 'manajer123');
  await page.goto(`${base}/laporan-ikm?periode=s2&cabang=PWT`);
  await page.locator('#ikm-elements').waitFor();
  await settle(page);
  await shot(page, lang, '5-ikm-report');
  const ikm = await page.locator('main, vaadin-app-layout').first().innerText();
  check(/IKM/.test(ikm), 'IKM report shows the IKM');
  await page.context().close();

  // 6. An admin task: a holiday, then the users
  page = await context(lang);
  await login(page, 'admin', 'admin123');
  await page.goto(`${base}/admin/hari-libur`);
  await page.locator('#holiday-grid').waitFor();
  await settle(page);
  await page.locator('#holiday-add').click();
  await page.locator('#holiday-date').waitFor();
  await page.waitForTimeout(500);
  const focused = await page.evaluate(() => {
    let e = document.activeElement;
    while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;
    return e ? (e.closest('vaadin-date-picker') ?? e.getRootNode()?.host?.closest?.('vaadin-date-picker') ?? e).id || e.tagName : 'none';
  });
  check(/holiday-date/.test(focused) || focused === 'INPUT', `holiday dialog puts the cursor in its first field (${focused})`);
  // a day that changes every minute (November 2027 in Indonesian, December in English), so a rerun does not meet
  // the holiday of its last run
  const day = String(1 + Math.floor(Date.now() / 60_000) % 28).padStart(2, '0');
  await page.locator('#holiday-date input').fill(`${day}/${lang === 'en' ? 12 : 11}/2027`);
  await page.locator('#holiday-date input').press('Enter');
  await page.locator('#holiday-name input').fill(lang === 'en' ? 'Christmas Eve (walk test)' : 'Cuti bersama Natal (uji jalan)');
  await shot(page, lang, '6-holiday-dialog');
  await page.keyboard.press('Control+Enter');
  await page.waitForTimeout(1500);
  const dialogs = await page.locator('vaadin-dialog-overlay[opened]').count();
  check(dialogs === 0, `Ctrl+Enter saves the holiday and closes the dialog (${dialogs} dialog open)`);
  await shot(page, lang, '6-holidays');
  await page.goto(`${base}/admin/pengguna`);
  await page.locator('#users-grid').waitFor();
  await settle(page);
  await shot(page, lang, '6-users');
  await page.context().close();
}
await browser.close();
console.log(problems === 0 ? 'walk: no problems' : `walk: ${problems} problem(s)`);
