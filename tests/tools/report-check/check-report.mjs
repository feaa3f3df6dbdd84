// Opens a report.html in headless Chromium and prints, as one JSON object, what a person would see:
// script errors, the instruments listed, what a search finds and what a click on a node lists.
// Usage: node check-report.mjs REPORT.html SEARCH   (Chromium from CHROMIUM or /usr/bin/chromium)
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [report, query] = process.argv.slice(2);
if (!report || !query) {
  console.error('usage: node check-report.mjs REPORT.html SEARCH');
  process.exit(2);
}

const profile = mkdtempSync(join(tmpdir(), 'citations-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run',
    '--disable-component-update', '--disable-sync'],
  viewport: { width: 1400, height: 900 },
});
const result = { errors: [], requests: [] };
try {
  const page = context.pages()[0] ?? await context.newPage();
  page.on('pageerror', (e) => result.errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') result.errors.push(m.text()); });
  page.on('request', (r) => { if (!r.url().startsWith('file:')) result.requests.push(r.url()); });
  await page.goto(pathToFileURL(resolve(report)).href, { waitUntil: 'load' });

  result.title = await page.title();
  // Set only if text from a statement ran as script (a hostile statement in the tests tries to).
  result.injected = await page.evaluate(() => window.injected !== undefined);
  result.cards = await page.$$eval('#cards .card', (cards) => cards.map((c) => c.textContent));
  result.instruments = await page.$$eval('#instrument-list a.instrument', (links) => links.map((a) => a.textContent));
  result.issuers = await page.$$eval('#by-issuer td:first-child', (cells) => cells.map((c) => c.textContent));

  await page.click('header nav a[data-view="graph"]');
  await page.waitForFunction(() => window.citationsReport && window.citationsReport.cy);
  result.graphNodes = await page.evaluate(() => window.citationsReport.cy.nodes().length);
  await page.fill('#search', query);
  await page.press('#search', 'Enter');
  result.found = await page.$$eval('#search-results li', (items) => items.map((li) => li.textContent));

  // A real click on the node the search centred, at its place on the canvas.
  await page.waitForTimeout(400);
  const target = await page.evaluate(() => {
    const node = window.citationsReport.cy.$(':selected')[0];
    const box = document.getElementById('cy').getBoundingClientRect();
    const at = node.renderedPosition();
    return { id: node.id(), label: node.data('label'), x: box.left + at.x, y: box.top + at.y };
  });
  await page.evaluate(() => {
    window.citationsReport.cy.$(':selected').unselect();
    const details = document.getElementById('details');
    while (details.firstChild) details.removeChild(details.firstChild);
  });
  await page.mouse.click(target.x, target.y);
  await page.waitForSelector('#details h2', { timeout: 5000 });
  result.clicked = target.label;
  result.detailsTitle = await page.textContent('#details h2');
  result.detailsStatements = await page.$$eval('#details-statements .mention .where:first-child', (items) => items.map((w) => w.textContent));
  result.marked = await page.$$eval('#details-statements mark', (marks) => marks.map((m) => m.textContent));

  // The instrument filter keeps the statements invoking the instrument found (and what they invoke).
  if (target.id.startsWith('i')) {
    await page.selectOption('#filter-instrument', target.id.slice(1));
    result.filteredStatements = await page.evaluate(() =>
      window.citationsReport.cy.nodes('[kind = "statement"]').filter((n) => n.visible()).length);
    await page.selectOption('#filter-instrument', '');
  }

  // Issuers are optional in the graph: the checkbox adds one node per issuer.
  await page.check('#show-issuers');
  result.issuerNodes = await page.evaluate(() => window.citationsReport.cy.nodes('[kind = "issuer"]').filter((n) => n.visible()).length);
} catch (e) {
  result.errors.push('check failed: ' + (e && e.stack || e));
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
process.stdout.write(JSON.stringify(result));
