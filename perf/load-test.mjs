// Load test (issue 15, docs/PERFORMANCE.md): many people at once, each a real headless Chromium session that speaks
// Vaadin's own protocol, so nothing of the UIDL exchange has to be imitated.
//   BASE=http://localhost:8107 SESSIONS=50 DURATION=180 PW_DIR=<dir> node perf/load-test.mjs
// SESSIONS people: 80 % managers (log in, open the dashboard, change the period or channel every THINK ms),
// 12 % staff (log in, save a new complaint through the form, again and again), 8 % participants (open the public
// survey of PWT in a fresh browser context, i.e. a new phone, fill it and submit it). Sessions start spread over
// RAMP seconds, then every action until DURATION seconds have passed is timed from the click to the result painted.
// Errors: an action that fails or times out (30 s), an HTTP status >= 500, an uncaught page error, Vaadin's
// "session expired"/"internal error" notice. Prints percentiles per kind and overall.
// The server should allow many survey submissions from one address (the load comes from 127.0.0.1):
// start it with --jmo.survey.limit.per-address=1000000.
// MEMORY=1: instead, opens dashboards in steps (STEPS="1 25 50", each step adds sessions that stay open), and after
// each step runs HEAP_CMD (e.g. "jcmd <pid>"): GC.run then GC.heap_info, printing the heap used after GC.
import { createRequire } from 'node:module';
// playwright-core installed with `npm i --prefix $PW_DIR playwright-core` (not a dependency of the app)
const { chromium } = createRequire(`${process.env.PW_DIR ?? process.cwd()}/`)('playwright-core');
import { execSync } from 'node:child_process';

const base = process.env.BASE ?? 'http://localhost:8107';
const sessions = Number(process.env.SESSIONS ?? 50);
const duration = Number(process.env.DURATION ?? 180) * 1000;
const ramp = Number(process.env.RAMP ?? 30) * 1000;
const think = Number(process.env.THINK ?? 3000);
const browsers = Number(process.env.BROWSERS ?? 2);
const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows'];
const pool = [];
for (let i = 0; i < browsers; i++) {
  pool.push(await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args }));
}
const timings = {};
const errors = [];
const record = (kind, ms) => (timings[kind] ??= []).push(ms);
const sleep = ms => new Promise(r => setTimeout(r, ms));
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.ceil(p / 100 * s.length) - 1)] : NaN; };

async function newPage(n, options = {}) {
  const context = await pool[n % pool.length].newContext({ viewport: { width: 1280, height: 800 }, locale: 'id-ID', ...options });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  page.on('response', r => { if (r.status() >= 500) errors.push(`HTTP ${r.status()} ${r.url()}`); });
  page.on('pageerror', e => errors.push(`page error: ${e.message}`));
  return page;
}

async function vaadinTrouble(page) {
  const text = await page.evaluate(() => {
    const n = document.querySelector('vaadin-connection-indicator[offline], .v-system-error');
    return n ? n.textContent : null;
  });
  if (text) { throw new Error(`Vaadin: ${text}`); }
}

async function chartsDrawn(page) {
  await page.waitForFunction(() => {
    const charts = Array.from(document.querySelectorAll('jmo-chart'));
    return charts.length === 9 && charts.every(c => c.chartInstance && c.chartInstance.data.datasets.length > 0);
  }, null, { polling: 100 });
}

async function logIn(page, user, password) {
  const start = Date.now();
  await page.goto(`${base}/login`);
  await page.locator('vaadin-login-form input[name=username]').fill(user);
  await page.locator('vaadin-login-form input[name=password]').fill(password);
  await page.locator('vaadin-login-form vaadin-button').first().click();
  await page.waitForURL(u => !u.pathname.startsWith('/login'));
  await chartsDrawn(page);
  record('login and dashboard', Date.now() - start);
}

async function timed(kind, page, action) {
  const start = Date.now();
  try {
    await action();
    await vaadinTrouble(page);
    record(kind, Date.now() - start);
  } catch (e) {
    errors.push(`${kind}: ${e.message.split('\n')[0]}`);
  }
}

async function manager(n, until) {
  const page = await newPage(n);
  await logIn(page, 'manajer', 'manajer123');
  let i = 0;
  while (Date.now() < until) {
    await sleep(think * (0.5 + Math.random()));
    if (i % 5 === 4) {
      await timed('dashboard', page, async () => { await page.goto(`${base}/?periode=12b`, { waitUntil: 'commit' }); await chartsDrawn(page); });
    } else {
      const before = await page.locator('#kf-responses .key-figure-value').textContent();
      const select = i % 2 === 0 ? '#filter-channel' : '#filter-period';
      await timed('filter change', page, async () => {
        await page.locator(select).click();
        const items = page.locator('vaadin-select-item[role=option]:visible');
        const count = await items.count();
        await items.nth(1 + Math.floor(Math.random() * Math.max(1, count - 1))).click();
        await page.waitForFunction(b => {
          const v = document.querySelector('#kf-responses .key-figure-value');
          return v && v.textContent !== b;
        }, before, { polling: 100 }).catch(() => { /* the same figure for two filters is possible */ });
        await chartsDrawn(page);
      });
    }
    i++;
  }
  await page.context().close();
}

async function staff(n, until) {
  const page = await newPage(n);
  await logIn(page, 'petugas', 'petugas123');
  while (Date.now() < until) {
    await sleep(think * (0.5 + Math.random()));
    await page.goto(`${base}/pengaduan/tiket`);
    await page.locator('#complaint-kpj input').fill(String(10_000_000_000 + Math.floor(Math.random() * 89_999_999_999)).slice(0, 11));
    await page.locator('#complaint-category input').click();
    await page.locator('vaadin-combo-box-item:visible').first().click();
    await page.locator('#complaint-description textarea').fill('Uji beban: aplikasi error saat login OTP');
    await timed('save complaint', page, async () => {
      await page.keyboard.press('Control+Enter');
      await page.waitForURL('**/pengaduan/tiket/*-*');
    });
  }
  await page.context().close();
}

async function participant(n, until) {
  while (Date.now() < until) {
    await sleep(think * (0.5 + Math.random()));
    const page = await newPage(n, { viewport: { width: 360, height: 740 } });
    try {
      await timed('survey first screen', page, async () => {
        await page.goto(`${base}/survei/PWT`);
        await page.locator('#survey-consent').waitFor();
      });
      await page.locator('#survey-consent').click();
      await page.locator('vaadin-select').filter({ has: page.locator("label:has-text('Anda dilayani melalui')") }).click();
      await page.locator('vaadin-select-item[role=option]:visible').first().click();
      await page.locator("vaadin-radio-button:has-text('Laki-laki')").click();
      await page.locator('vaadin-integer-field input').fill('41');
      for (const label of ['Pendidikan terakhir', 'Pekerjaan']) {
        await page.locator('vaadin-select').filter({ has: page.locator(`label:has-text('${label}')`) }).click();
        await page.locator('vaadin-select-item[role=option]:visible').first().click();
      }
      await page.locator("vaadin-radio-button:has-text('Tidak')").first().click();
      for (let u = 1; u <= 9; u++) { await page.locator(`#survey-u${u} vaadin-radio-button`).nth(2 + (u % 2)).click(); }
      for (const a of ['RELATIVE_ADVANTAGE', 'COMPATIBILITY', 'COMPLEXITY', 'TRIALABILITY', 'OBSERVABILITY']) {
        await page.locator(`#survey-${a} vaadin-radio-button`).nth(3).click();
      }
      await page.locator('#survey-overall vaadin-radio-button').nth(3).click();
      await timed('survey submit', page, async () => {
        await page.locator('#survey-submit').click();
        await page.locator('#survey-thanks').waitFor();
      });
    } catch (e) {
      errors.push(`survey: ${e.message.split('\n')[0]}`);
    }
    await page.context().close();
  }
}

async function heapAfterGc() {
  const cmd = process.env.HEAP_CMD;
  execSync(`${cmd} GC.run`);
  const info = execSync(`${cmd} GC.heap_info`).toString();
  const used = /used (\d+)K/.exec(info);
  return used ? Number(used[1]) : NaN;
}

if (process.env.MEMORY) {
  const steps = (process.env.STEPS ?? '1 25 50').split(' ').map(Number);
  const pages = [];
  const baseline = await heapAfterGc();
  console.log(`MEMORY | sessions 0 | heap used after GC ${baseline} KB |`);
  for (const step of steps) {
    while (pages.length < step) {
      const page = await newPage(pages.length);
      await logIn(page, 'manajer', 'manajer123');
      pages.push(page);
    }
    await sleep(2000);
    const used = await heapAfterGc();
    console.log(`MEMORY | sessions ${step} | heap used after GC ${used} KB | per session ${((used - baseline) / step).toFixed(0)} KB |`);
  }
} else {
  const started = Date.now();
  const until = started + ramp + duration;
  const people = [];
  for (let n = 0; n < sessions; n++) {
    const share = n / sessions;
    const role = share < 0.8 ? manager : share < 0.92 ? staff : participant;
    people.push(sleep(ramp * n / sessions).then(() => role(n, until)).catch(e => errors.push(`${role.name}: ${e.message.split('\n')[0]}`)));
  }
  await Promise.all(people);
  const all = [];
  console.log(`LOAD | sessions ${sessions} | ${((Date.now() - started) / 1000).toFixed(0)} s |`);
  console.log('| action | count | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) |');
  console.log('|---|---|---|---|---|---|');
  for (const [kind, xs] of Object.entries(timings)) {
    all.push(...xs);
    console.log(`| ${kind} | ${xs.length} | ${pct(xs, 50)} | ${pct(xs, 95)} | ${pct(xs, 99)} | ${Math.max(...xs)} |`);
  }
  console.log(`| all actions | ${all.length} | ${pct(all, 50)} | ${pct(all, 95)} | ${pct(all, 99)} | ${Math.max(...all)} |`);
  console.log(`ERRORS ${errors.length}`);
  const counted = {};
  for (const e of errors) { counted[e] = (counted[e] ?? 0) + 1; }
  for (const [e, c] of Object.entries(counted)) { console.log(`  ${c} × ${e}`); }
}
for (const b of pool) { await b.close(); }
