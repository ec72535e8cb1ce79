// Page timings in Chromium (issue 15, docs/PERFORMANCE.md): what a person waits for on the production build.
//   BASE=http://localhost:8107 PW_DIR=<dir> node perf/page-timings.mjs
// (playwright-core from npm, Chromium from the system: CHROMIUM=/usr/bin/chromium by default).
// Start the server just before, so the first dashboard is "cold" (first visit after start).
// Prints one line per measurement and a summary with medians:
//   dashboard cold  – from navigation to all nine charts drawn, first visit after the server started
//   dashboard warm  – the same, median of 7 further full navigations
//   filter change   – channel "JMO" chosen in the filter bar until the new key figure and all charts are painted
//   presentation    – from navigation to the first slide shown
import { createRequire } from 'node:module';
// playwright-core installed with `npm i --prefix $PW_DIR playwright-core` (not a dependency of the app)
const { chromium } = createRequire(`${process.env.PW_DIR ?? process.cwd()}/`)('playwright-core');

const base = process.env.BASE ?? 'http://localhost:8107';
const user = process.env.JMO_USER ?? 'manajer';
const password = process.env.JMO_PASSWORD ?? 'manajer123';
const rounds = Number(process.env.ROUNDS ?? 7);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'id-ID' });
const page = await context.newPage();
page.setDefaultTimeout(60_000);

const painted = () => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)));
// all nine charts have a Chart.js instance with data, and two frames have been painted since
async function chartsDrawn() {
  await page.waitForFunction(() => {
    const charts = Array.from(document.querySelectorAll('jmo-chart'));
    return charts.length === 9 && charts.every(c => c.chartInstance && c.chartInstance.data.datasets.length > 0);
  }, null, { polling: 'raf' });
  await page.evaluate(painted);
}
const median = xs => { const s = [...xs].sort((a, b) => a - b); const n = s.length; return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2; };

async function dashboard() {
  const start = Date.now();
  await page.goto(`${base}/?periode=12b`, { waitUntil: 'commit' });
  await chartsDrawn();
  return Date.now() - start;
}

// log in (lands on the dashboard, which is then the first visit)
const loginStart = Date.now();
await page.goto(`${base}/login`);
await page.locator('vaadin-login-form input[name=username]').fill(user);
await page.locator('vaadin-login-form input[name=password]').fill(password);
await page.locator('vaadin-login-form vaadin-button').first().click();
await page.waitForURL(u => !u.pathname.startsWith('/login'));
await chartsDrawn();
const cold = Date.now() - loginStart;
console.log(`dashboard cold (login click included) ${cold} ms`);
const coldNav = await dashboard();
console.log(`dashboard first navigation after login ${coldNav} ms`);

const warm = [];
for (let i = 0; i < rounds; i++) { warm.push(await dashboard()); }
console.log(`dashboard warm ${warm.join(' ')} ms`);

const filter = [];
for (let i = 0; i < rounds; i++) {
  await page.goto(`${base}/?periode=12b`, { waitUntil: 'commit' });
  await chartsDrawn();
  const before = await page.locator('#kf-responses .key-figure-value').textContent();
  const choice = i % 2 === 0 ? 1 : 2; // JMO, counter
  const start = Date.now();
  await page.locator('#filter-channel').click();
  await page.locator('vaadin-select-item[role=option]:visible').nth(choice).click();
  await page.waitForFunction(b => {
    const v = document.querySelector('#kf-responses .key-figure-value');
    return v && v.textContent !== b;
  }, before, { polling: 'raf' });
  await chartsDrawn();
  filter.push(Date.now() - start);
}
console.log(`filter change ${filter.join(' ')} ms`);

const presentation = [];
for (let i = 0; i < rounds; i++) {
  const start = Date.now();
  await page.goto(`${base}/presentasi?periode=12b`, { waitUntil: 'commit' });
  await page.locator('#deck > *').first().waitFor({ state: 'visible' });
  await page.evaluate(painted);
  presentation.push(Date.now() - start);
}
console.log(`presentation ${presentation.join(' ')} ms`);
await page.screenshot({ path: process.env.SHOT ?? '/tmp/jmo-presentation.png' });
await page.goto(`${base}/?periode=12b`);
await chartsDrawn();
await page.waitForTimeout(1200);
await page.screenshot({ path: (process.env.SHOT ?? '/tmp/jmo-presentation.png').replace('presentation', 'dashboard') });

console.log(`SUMMARY | dashboard cold incl. login ${cold} | first navigation ${coldNav} | warm median ${median(warm)}`
  + ` | filter change median ${median(filter)} | presentation median ${median(presentation)} | ms`);
await browser.close();
