// First deck export after a start (issue 15, docs/PERFORMANCE.md): click on PPTX / PDF on the findings page until the
// file has arrived, the first time after the server started, then twice more.
//   BASE=http://localhost:8109 PW_DIR=<dir> WAIT=20 node perf/first-export.mjs
// Start the server just before; WAIT (seconds, default 20) lets a background warm-up run as a person would arrive.
import { createRequire } from 'node:module';
const { chromium } = createRequire(`${process.env.PW_DIR ?? process.cwd()}/`)('playwright-core');

const base = process.env.BASE ?? 'http://localhost:8109';
await new Promise(r => setTimeout(r, 1000 * Number(process.env.WAIT ?? 20)));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'id-ID', acceptDownloads: true });
const page = await context.newPage();
page.setDefaultTimeout(120_000);
await page.goto(`${base}/login`);
await page.locator('vaadin-login-form input[name=username]').fill(process.env.JMO_USER ?? 'manajer');
await page.locator('vaadin-login-form input[name=password]').fill(process.env.JMO_PASSWORD ?? 'manajer123');
await page.locator('vaadin-login-form vaadin-button').first().click();
await page.waitForURL(u => !u.pathname.startsWith('/login'));
await page.goto(`${base}/temuan?periode=12b`);
const times = { pptx: [], pdf: [] };
for (let round = 0; round < 3; round++) {
  for (const type of ['pptx', 'pdf']) {
    const link = page.locator(`#findings-${type}`);
    await link.waitFor();
    const start = Date.now();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    await download.path();
    times[type].push(Date.now() - start);
  }
}
console.log(`SUMMARY | first PPTX ${times.pptx[0]} | first PDF ${times.pdf[0]} | later PPTX ${times.pptx.slice(1).join(' ')}`
  + ` | later PDF ${times.pdf.slice(1).join(' ')} | ms`);
await browser.close();
