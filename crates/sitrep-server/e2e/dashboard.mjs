// End-to-end test of the dashboard in Debian's Chromium: open it, apply a
// country filter, click an edge of the system map, read its evidence, open
// the report it comes from, and save screenshots.
//
//   SITREP_URL=http://127.0.0.1:8080 SITREP_SCREENSHOT=/tmp/dashboard.png node dashboard.mjs
//
// run.sh starts a server and sets both.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const base = process.env.SITREP_URL;
const screenshot = process.env.SITREP_SCREENSHOT || 'dashboard.png';
if (!base) {
  console.error('SITREP_URL must name the server, e.g. http://127.0.0.1:8080');
  process.exit(2);
}

const checks = [];
function check(name, ok, detail = '') {
  checks.push({ name, ok });
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` — ${detail}` : ''}`);
}

const userDataDir = mkdtempSync(join(tmpdir(), 'sitrep-e2e-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1440, height: 1100 },
});

try {
  const page = context.pages()[0] || (await context.newPage());
  const outside = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith('data:')) outside.push(r.url());
  });
  const consoleErrors = [];
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));

  await page.goto(base, { waitUntil: 'load' });
  await page.waitForSelector('body[data-ready]:not(.loading)', { timeout: 20000 });
  const stats = await page.textContent('[data-testid=stats]');
  check('the dashboard loads with the store\'s counts', /\d+ events/.test(stats || ''), stats);
  const edgesBefore = await page.locator('[data-testid=edge]').count();
  check('the system map has relations', edgesBefore > 0, `${edgesBefore} edges`);

  // Filter on the country of the busiest relation's source.
  const country = (await page.locator('[data-testid=edge]').first().getAttribute('data-source')).slice(0, 3);
  await page.selectOption('[data-testid=filter-country]', country);
  await page.click('[data-testid=apply]');
  await page.waitForFunction((c) => location.hash.includes(`country=${c}`), country);
  await page.waitForSelector('body[data-ready]:not(.loading)');
  const pairs = await page.$$eval('[data-testid=edge]', (bs) => bs.map((b) => [b.dataset.source, b.dataset.target]));
  check(`filter country=${country} keeps only its relations`,
    pairs.length > 0 && pairs.every(([s, t]) => s.startsWith(country) || t.startsWith(country)), `${pairs.length} edges`);
  const claims = await page.locator('[data-testid=claim]').count();
  check('the claims table fills', claims > 0, `${claims} claims`);

  // Click an edge on the canvas where cytoscape drew it: the one with the
  // most room around its midpoint, so the click cannot land on another.
  const box = await page.locator('[data-testid=graph] canvas').last().boundingBox();
  const target = await page.evaluate(() => window.sitrepGraph.clearestEdge());
  await page.mouse.click(box.x + target.x, box.y + target.y);
  let clickedCanvas = true;
  try {
    await page.waitForSelector('[data-testid=evidence-item]', { timeout: 4000 });
  } catch {
    // Another edge may cross the same point; the list is the accessible way in.
    clickedCanvas = false;
    await page.locator('[data-testid=edge]').first().click();
    await page.waitForSelector('[data-testid=evidence-item]', { timeout: 10000 });
  }
  const shown = (await page.textContent('#evidence h3')).split(' ').slice(0, 3).join(' ');
  const listed = pairs.map(([s, t]) => `${s} → ${t}`);
  check('clicking an edge on the canvas opens its evidence',
    clickedCanvas && listed.includes(shown) && shown === `${target.source} → ${target.target}`,
    clickedCanvas ? `clicked ${shown}` : 'used the relations list instead');
  const items = await page.locator('[data-testid=evidence-item]').count();
  const marks = await page.locator('[data-testid=evidence-sentence] mark').allTextContents();
  check('the evidence lists sentences with the evidence marked', items > 0 && marks.length === items && marks.every((m) => m.trim().length > 0),
    `${items} events; first: “${marks[0]}”`);
  await page.screenshot({ path: screenshot, fullPage: true });
  console.log(`screenshot: ${screenshot}`);

  // The report behind the first event, its evidence in focus.
  await page.locator('[data-testid=evidence-item] button.link').first().click();
  await page.waitForSelector('[data-testid=document-text] mark.focus', { timeout: 10000 });
  const focus = await page.textContent('[data-testid=document-text] mark.focus');
  check('the document view highlights the evidence', marks.some((m) => m.includes(focus.trim()) || focus.includes(m.trim())), `“${focus}”`);
  await page.screenshot({ path: screenshot.replace(/(\.png)?$/, '-document.png') });

  check('the map explains why it is empty, or draws places',
    (await page.locator('[data-testid=map-empty], [data-testid=map] svg').count()) === 1);
  check('nothing was fetched from outside the server', outside.length === 0, outside.slice(0, 3).join(' '));
  check('no errors in the console', consoleErrors.length === 0, consoleErrors.slice(0, 3).join(' | '));
} catch (err) {
  check('the run completed', false, err.stack || String(err));
} finally {
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}

const failed = checks.filter((c) => !c.ok).length;
console.log(`${checks.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
