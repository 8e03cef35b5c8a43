// A hostile file (fixtures/hostile.html: inline and remote scripts, event
// handler attributes, javascript: URLs, remote and relative images, styles
// with url(), iframes, objects, meta refresh, <base>, mXSS shapes, escaped
// text that looks like markup) dropped, opened or pasted into the site:
// nothing runs and nothing loads. Tested on the build as shipped (its CSP
// would block what slipped through, and would report it) and on a copy
// without any CSP (so nothing is blocked: whatever the import let through
// would run or load, and be seen).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launch } from '../browser/support/launch.mjs';
import { buildSiteTmp, removeDir } from './support/build.mjs';
import { serveSite, fileUrl, openSite, waitAnnotated, generation, readerState, dropFile, dropData, pasteClipboard, fixture,
  withoutCsp } from './support/site.mjs';

const READER_TAGS = new Set(['h1', 'h2', 'p', 'ul', 'li', 'blockquote', 'pre']);
let siteDir, noCspDir, server, noCspServer, browser;

before(async () => {
  siteDir = await buildSiteTmp();
  noCspDir = withoutCsp(siteDir, fs.mkdtempSync(path.join(os.tmpdir(), 'newsann-site-nocsp-')));
  server = await serveSite(siteDir);
  noCspServer = await serveSite(noCspDir);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await noCspServer?.close();
  removeDir(siteDir);
  removeDir(noCspDir);
});

const variants = [
  { name: 'http', url: () => server.url, csp: true },
  { name: 'file://', url: () => fileUrl(siteDir), csp: true },
  { name: 'http, no CSP', url: () => noCspServer.url, csp: false },
  { name: 'file://, no CSP', url: () => fileUrl(noCspDir), csp: false },
];

const hostileHtml = fixture('hostile.html');
const deliveries = [
  { name: 'dropped .html file', run: (page) => dropFile(page, 'hostile.html', 'text/html', hostileHtml) },
  { name: 'opened .html file', run: (page) => page.setInputFiles('#file', { name: 'hostile.html', mimeType: 'text/html', buffer: hostileHtml }) },
  { name: 'pasted HTML (clipboard)', run: (page) => pasteClipboard(page, { 'text/html': hostileHtml.toString('utf8'), 'text/plain': 'x' }) },
  { name: 'dropped HTML (dragged from a page)', run: (page) => dropData(page, 'text/html', hostileHtml.toString('utf8')) },
];

// Lets anything deferred (a load, an onerror, a refresh, a timer) happen.
const settle = (page) => page.evaluate(() => new Promise((r) => setTimeout(r, 400)));

function assertInert(w, m, s, label) {
  const requests = w.since(m).filter((u) => !u.startsWith('data:'));
  assert.deepEqual(requests, [], `${label}: requests`);
  assert.equal(s.pwned, undefined, `${label}: a script or handler ran`);
  // Chromium checks the page's CSP while DOMParser builds the inert
  // document: it refuses (and reports) inline handlers, inline styles and
  // <base> there, though none of them could run in it. Those reports are
  // no attempt to run or load; a fetch directive (img-src, script-src-elem,
  // connect-src, frame-src, ...) or an inline <script> would be.
  const attempts = s.violations.filter((x) => !/^(script-src-attr inline|style-src-attr inline|style-src-elem inline|base-uri .*)$/.test(x));
  assert.deepEqual(attempts, [], `${label}: something tried to run or load (CSP violations)`);
  assert.deepEqual(w.dialogs, [], `${label}: dialogs`);
  assert.deepEqual(w.errors, [], `${label}: page errors`);
  for (const t of s.tags) assert.ok(READER_TAGS.has(t), `${label}: <${t}> in the reading view`);
  assert.equal(s.attributes, 0, `${label}: attributes in the reading view`);
}

for (const v of variants) {
  test(`${v.name}: a hostile .html file, dropped, opened or pasted, runs and loads nothing`, async () => {
    const w = await openSite(browser.context, v.url());
    const page = w.page;
    const startUrl = page.url();
    for (const d of deliveries) {
      const m = w.mark();
      const g = await generation(page);
      await d.run(page);
      assert.equal((await waitAnnotated(page, g)).state, 'annotated', d.name);
      await settle(page);
      const s = await readerState(page);
      const label = `${v.name}, ${d.name}`;
      assertInert(w, m, s, label);
      assert.equal(page.url(), startUrl, `${label}: no navigation (meta refresh, <base>)`);
      // The article is there, as text, and annotated.
      assert.equal(s.h1, 'Harbour bridge reopens after repairs', label);
      assert.ok(s.hl['newsann-actor-person'].includes('Priya Natarajan'), label);
      assert.equal(s.date, '2025-02-11', label);
      for (const t of ['about 45,000 vehicles', 'Read more about the repairs', 'Local shops said trade fell by 30%', 'Cyclists had asked']) {
        assert.ok(s.text.includes(t), `${label}: ${t}`);
      }
      // Markup-looking text stays text.
      assert.ok(s.text.includes(`<script>window.__pwned = 'escaped script'</script>`), `${label}: escaped script shown as text`);
      assert.ok(s.text.includes(`<img src=x onerror="window.__pwned='escaped img'">`), `${label}: escaped img shown as text`);
      // No code, no comment, no hidden text.
      for (const t of ['inline script', 'module script', 'document.write', 'Great bridge', 'no script', 'mxss']) {
        assert.ok(!s.text.includes(t), `${label}: ${t} not shown`);
      }
    }
    // The hostile text file: shown character for character.
    const m = w.mark();
    const g = await generation(page);
    await dropFile(page, 'hostile.txt', 'text/plain', fixture('hostile.txt'));
    await waitAnnotated(page, g);
    await settle(page);
    const s = await readerState(page);
    assertInert(w, m, s, `${v.name}, dropped .txt`);
    assert.equal(s.h1, 'Text that looks like markup');
    assert.ok(s.blocks.includes(`<script>window.__pwned = 'txt script'</script> The mayor, Ana Costa, said the budget would rise by 4%.`));
    assert.ok(s.blocks.includes(`<a href="javascript:window.__pwned='txt link'">javascript link</a> &amp; &lt;b&gt;entities&lt;/b&gt; stay as typed.`));
    assert.ok(s.hl['newsann-actor-person'].includes('Ana Costa'));
    // The panel and card show page text as text too.
    const panelImgs = await page.evaluate(() => document.querySelectorAll('#panel img, #panel a, #panel script').length);
    assert.equal(panelImgs, 0);

    // The instruments can fail: a real remote image is seen.
    const control = w.mark();
    await page.evaluate(() => { const i = document.createElement('img'); i.src = 'http://evil.example/control.png'; document.body.append(i); });
    await settle(page);
    if (v.csp) {
      const violations = await page.evaluate(() => window.__violations);
      assert.ok(violations.some((x) => /img-src http:\/\/evil\.example\/control\.png/.test(x)), `control: ${violations}`);
    } else {
      assert.ok(w.since(control).includes('http://evil.example/control.png'), 'control: the request is seen');
    }
    await page.close();
  });
}
