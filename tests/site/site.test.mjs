// The offline site (web/site) in Chromium, built as `npm start` builds it,
// over http (web/site/serve.mjs) and opened from file://: the preloaded
// example, paste, open, drop and export, no network, and offline after the
// first visit.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch } from '../browser/support/launch.mjs';
import { buildSiteTmp, removeDir, repoRoot } from './support/build.mjs';
import { serveSite, fileUrl, openSite, waitAnnotated, generation, readerState, dropFile, dropData, pasteClipboard, fixture } from './support/site.mjs';

const artifacts = path.join(repoRoot, 'artifacts/site');
const SITE_FILES = ['index.html', 'style.css', 'favicon.svg', 'app.js', 'newsann.single.js'];
let siteDir, server, browser;

before(async () => {
  siteDir = await buildSiteTmp();
  server = await serveSite(siteDir);
  browser = await launch();
  fs.mkdirSync(artifacts, { recursive: true });
});
after(async () => {
  await browser?.close();
  await server?.close();
  removeDir(siteDir);
});

const modes = [
  { name: 'http', url: () => server.url, base: () => server.url },
  { name: 'file://', url: () => fileUrl(siteDir), base: () => fileUrl(siteDir).replace(/index\.html$/, '') },
];

// Only the site's own files, from where the site is.
// data: URLs are no request (Chromium's own date-picker icon shows as one
// through CDP).
function assertOwnFilesOnly(mode, urls) {
  for (const u of urls) {
    if (u.startsWith('data:')) continue;
    assert.ok(u.startsWith(mode.base()), `${mode.name}: request outside the site: ${u}`);
    const file = u.slice(mode.base().length).split(/[?#]/)[0] || 'index.html';
    assert.ok(SITE_FILES.includes(file), `${mode.name}: unexpected request ${u}`);
  }
}

async function click(page, selector) {
  await page.locator(selector).first().click();
}

// Exports through the panel's buttons; returns the parsed files.
async function exportAll(page) {
  const out = {};
  for (const format of ['json', 'csv', 'markdown']) {
    const [download] = await Promise.all([page.waitForEvent('download'), click(page, `#panel button[data-key="export-${format}"]`)]);
    out[format] = { name: download.suggestedFilename(), text: fs.readFileSync(await download.path(), 'utf8') };
  }
  return out;
}

// RFC 4180 CSV: rows of cells.
function parseCsv(text) {
  const rows = [];
  let row = [], cell = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; } else if (c === '\n') throw new Error(`bare LF in row ${rows.length + 1}`);
    else cell += c;
  }
  if (cell || row.length) throw new Error('CSV does not end with CRLF');
  return rows;
}

for (const mode of modes) {
  test(`${mode.name}: the example article is preloaded and annotated, from the site's own files only`, async () => {
    const w = await openSite(browser.context, mode.url());
    const s = await readerState(w.page);
    assert.ok(s.blocks.length >= 9, `${s.blocks.length} blocks`);
    assert.ok(s.blocks[0].includes('Poland said that on the evening of November 18'));
    assert.match(s.summary, /^\d+ claims from \d+ sources/);
    assert.ok(s.claims >= 5, `${s.claims} claims listed`);
    assert.ok(s.hl['newsann-actor-person'].includes('Alexander Lukashenko'), JSON.stringify(s.hl['newsann-actor-person']));
    assert.equal(s.date, '2021-11-20');
    // With the example's date, "November 18" is 2021-11-18 (in the card).
    const ok = await w.page.evaluate(() => document.getElementById('panel').innerText.includes('2021-11-18'));
    assert.ok(ok, 'the relative date resolves against the example date');
    assertOwnFilesOnly(mode, [...w.requests, ...w.cdpRequests]);
    assert.deepEqual(s.violations, []);
    assert.deepEqual(w.errors, []);
    assert.deepEqual(w.console.filter((c) => !/favicon/.test(c)), []);
    await w.page.screenshot({ path: path.join(artifacts, `site-${mode.name === 'http' ? 'http' : 'file'}.png`) });
    await w.page.close();
  });

  test(`${mode.name}: paste, open (.txt, .html), drop (file, text) and export; nothing requested`, async () => {
    const w = await openSite(browser.context, mode.url());
    const page = w.page;
    const m = w.mark();

    // Paste into the text box.
    let g = await generation(page);
    await click(page, '#paste-open');
    await page.fill('#paste-text', fixture('article.txt').toString('utf8'));
    await click(page, '#paste-go');
    assert.equal((await waitAnnotated(page, g)).state, 'annotated');
    let s = await readerState(page);
    assert.equal(s.h1, 'Riverton clinic to stay open after £2.5m rescue');
    assert.equal(s.blocks.length, 5);
    assert.ok(s.hl['newsann-actor-person'].includes('Helen Adebayo'));
    assert.ok(s.hl['newsann-figure'].includes('£2.5 million'));
    assert.match(s.summary, /^\d+ claims from \d+ sources/);
    assert.equal(s.date, '', 'a paste has no publication date');

    // Ctrl+V on the page (not in the box): the clipboard's text.
    g = await generation(page);
    await pasteClipboard(page, { 'text/plain': 'Mayor Tom Reyes said the ferry would run every 20 minutes.' });
    assert.equal((await waitAnnotated(page, g)).state, 'annotated');
    s = await readerState(page);
    assert.deepEqual(s.blocks, ['Mayor Tom Reyes said the ferry would run every 20 minutes.']);
    assert.match(await page.textContent('#status'), /^pasted text: /);

    // Open a .txt file.
    g = await generation(page);
    await page.setInputFiles('#file', { name: 'clinic.txt', mimeType: 'text/plain', buffer: fixture('article.txt') });
    assert.equal((await waitAnnotated(page, g)).state, 'annotated');
    s = await readerState(page);
    assert.equal(s.h1, 'Riverton clinic to stay open after £2.5m rescue');
    assert.match(await page.textContent('#status'), /^clinic\.txt: /);

    // Open an .html file: its article, without navigation, related links, comments, footer.
    g = await generation(page);
    await page.setInputFiles('#file', { name: 'ferry.html', mimeType: 'text/html', buffer: fixture('article.html') });
    assert.equal((await waitAnnotated(page, g)).state, 'annotated');
    s = await readerState(page);
    assert.equal(s.h1, 'Ferry fares rise by 8% in July');
    assert.equal(s.date, '2025-06-03', "the file's publication date");
    for (const t of ['Mayor Tom Reyes said', 'Students protest', 'Adult single: £4.20', 'Fuel costs have doubled']) assert.ok(s.text.includes(t), t);
    for (const t of ['Home', 'Related stories', 'Bus timetable', 'outrageous', 'All rights reserved', 'Staff Reporter']) {
      assert.ok(!s.text.includes(t), `left out: ${t}`);
    }
    assert.ok(s.tags.includes('ul') && s.tags.includes('blockquote') && s.tags.includes('h2'), s.tags.join());
    assert.ok(s.hl['newsann-actor-person'].includes('Tom Reyes'), JSON.stringify(s.hl['newsann-actor-person']));

    // Drop a file, then text.
    g = await generation(page);
    const overlay = await dropFile(page, 'clinic.txt', 'text/plain', fixture('article.txt'));
    assert.ok(overlay, 'the drop zone shows while dragging');
    assert.equal((await waitAnnotated(page, g)).state, 'annotated');
    s = await readerState(page);
    assert.equal(s.h1, 'Riverton clinic to stay open after £2.5m rescue');
    assert.equal(await page.evaluate(() => document.getElementById('drop').hidden), true);
    g = await generation(page);
    await dropData(page, 'text/plain', 'Mayor Tom Reyes said fares would rise by 8% in July.');
    assert.equal((await waitAnnotated(page, g)).state, 'annotated');
    s = await readerState(page);
    assert.deepEqual(s.blocks, ['Mayor Tom Reyes said fares would rise by 8% in July.']);
    assert.ok(s.hl['newsann-figure'].includes('8%'));

    // Export what is shown (the ferry article again), in all three formats.
    g = await generation(page);
    await page.setInputFiles('#file', { name: 'ferry.html', mimeType: 'text/html', buffer: fixture('article.html') });
    await waitAnnotated(page, g);
    const model = await page.evaluate(() => ({ claims: document.querySelectorAll('#panel .claims li').length,
      summary: document.querySelector('#panel .summary').textContent }));
    const files = await exportAll(page);
    const json = JSON.parse(files.json.text);
    assert.equal(files.json.name, 'newsann-ferry-fares-rise-by-8-in-july.json');
    assert.equal(json.annotation.schema, 1);
    assert.equal(json.source.title, 'Ferry fares rise by 8% in July');
    assert.equal(json.source.date, '2025-06-03');
    assert.equal(json.texts[0], 'Ferry fares rise by 8% in July');
    assert.equal(json.annotation.claims.length, model.claims);
    for (const a of json.annotation.actors) assert.ok(json.texts[a.block].slice(a.start, a.end).length > 0);
    const rows = parseCsv(files.csv.text);
    assert.deepEqual(rows[0].slice(0, 6), ['layer', 'type', 'block', 'start', 'end', 'text']);
    assert.ok(rows.length > 5 && rows.every((r) => r.length === rows[0].length), 'every row has every column');
    for (const r of rows.slice(1)) assert.equal(json.texts[Number(r[2])].slice(Number(r[3]), Number(r[4])), r[5].replace(/^'/, ''));
    const md = files.markdown.text;
    assert.match(md, /^# Ferry fares rise by 8% in July$/m);
    assert.ok(md.includes(`**${model.summary}**`));
    assert.match(md, /^## Claims by source$/m);
    assert.match(md, /^\| name \| mentions \|$/m);

    // None of it sent or fetched anything (a Blob URL download is not a request).
    const during = w.since(m).filter((u) => !/^(blob|data):/.test(u));
    assert.deepEqual(during, []);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(w.dialogs, []);
    assert.deepEqual(w.errors, []);
    await page.close();
  });
}

test('http: offline after the first visit (service worker), with the server gone', async () => {
  const own = await serveSite(siteDir);  // a server (an origin) of its own, stopped below
  const w = await openSite(browser.context, own.url);
  await w.page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await w.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10000 }).catch(async () => {
    await w.page.reload();  // controlled from the next load where clients.claim() was late
  });
  await own.close();
  const refused = await fetch(own.url).then(() => false, () => true);
  assert.ok(refused, 'the server is down');
  const g0 = 0;
  const response = await w.page.reload();
  assert.ok(response.fromServiceWorker(), 'the page comes from the service worker');
  assert.equal((await waitAnnotated(w.page, g0)).state, 'annotated');
  const s = await readerState(w.page);
  assert.ok(s.hl['newsann-actor-person'].includes('Alexander Lukashenko'));
  // And a file opened offline.
  const g = await generation(w.page);
  await w.page.setInputFiles('#file', { name: 'clinic.txt', mimeType: 'text/plain', buffer: fixture('article.txt') });
  assert.equal((await waitAnnotated(w.page, g)).state, 'annotated');
  assert.deepEqual(w.errors, []);
  await w.page.close();
});

test('the static server: types, gzip, no path outside the site, a free port when taken', async () => {
  const res = await fetch(server.url, { headers: { 'accept-encoding': 'gzip' } });
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type'), /^text\/html/);
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  const js = await fetch(`${server.url}newsann.single.js`, { headers: { 'accept-encoding': 'gzip' } });
  assert.equal(js.headers.get('content-encoding'), 'gzip');
  assert.equal((await js.text()).length, fs.statSync(path.join(siteDir, 'newsann.single.js')).size);
  const { port } = new URL(server.url);
  for (const p of ['/../package.json', '/%2e%2e/%2e%2e/package.json', '/..%2f..%2fpackage.json', '/nothing-here.js']) {
    const r = await new Promise((resolve) => {
      import('node:http').then((http) => http.get({ host: '127.0.0.1', port, path: p }, (x) => { x.resume(); resolve(x.statusCode); }));
    });
    assert.equal(r, 404, p);
  }
  const second = await serveSite(siteDir);
  const taken = Number(new URL(server.url).port);
  const { createStaticServer, listen } = await import('../../web/site/serve.mjs');
  const third = createStaticServer(siteDir);
  const { url } = await listen(third, { port: taken });
  assert.notEqual(Number(new URL(url).port), taken, 'the next port when the asked one is taken');
  await new Promise((r) => third.close(r));
  await second.close();
});
