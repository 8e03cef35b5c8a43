// Browser tests of the extension, loaded unpacked into Chromium: strict CSP,
// the toolbar switch, side panel, hover card, toggles, export, keyboard
// navigation, options, single-page apps, and no network.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startServer } from './support/server.mjs';
import { launchWithExtension, watchPage } from './support/extension.mjs';
import { repoRoot } from './support/corpus.mjs';

let server, ext;
before(async () => {
  server = await startServer();
  ext = await launchWithExtension();
});
after(async () => {
  await ext?.close();
  await server?.close();
});

const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'";
const ARTICLE = () => `${server.origin}/fixtures/article.html?csp=${encodeURIComponent(STRICT_CSP)}`;

async function openAnnotated(url = ARTICLE()) {
  await ext.enableSite(server.origin);
  const page = await ext.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const w = await watchPage(ext, page);
  await page.goto(url);
  const state = await w.painted();
  return { page, w, state, errors };
}

// The annotation layers the core found on the fixture article; the tests
// that need spans of a layer skip (and say so) while the core has none.
const layerCounts = (doc) => ({ actors: doc?.actors.length || 0, figures: doc?.figures.length || 0, claims: doc?.claims.length || 0 });

test('the shipped code makes no network request of any kind; minimal permissions', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'web/extension/manifest.json'), 'utf8'));
  assert.deepEqual(manifest.permissions.sort(), ['activeTab', 'scripting', 'sidePanel', 'storage']);
  assert.equal(manifest.host_permissions, undefined);
  assert.match(manifest.content_security_policy.extension_pages, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.match(manifest.content_security_policy.extension_pages, /connect-src 'self'/);
  for (const f of ['content.js', 'background.js', 'sidepanel.js', 'options.js']) {
    const js = fs.readFileSync(path.join(ext.dir, f), 'utf8');
    for (const api of [/\bfetch\s*\(/, /XMLHttpRequest/, /sendBeacon/, /WebSocket/, /EventSource/, /importScripts/, /\.src\s*=/]) {
      assert.doesNotMatch(js, api, `${f} uses ${api}`);
    }
    const urls = (js.match(/https?:\/\/[^\s'"`)]+/g) || []).filter((u) => !u.startsWith('http://www.w3.org/'));
    assert.deepEqual(urls, [], `${f} names remote URLs`);
  }
});

test('a page with a strict CSP (script-src self) is annotated, its DOM untouched, nothing requested', async () => {
  const { page, w, state, errors } = await openAnnotated();
  assert.ok(state && state.timing, 'content script finished');
  assert.deepEqual(state.errors, []);
  assert.ok(state.snapshot.texts.length >= 8, 'title and paragraphs found');
  assert.ok(state.snapshot.texts.some((t) => t.includes('Harbour Council in Port Elwyn voted')));
  const hl = await page.evaluate(() => ({ names: [...CSS.highlights.keys()], ranges: [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0),
    hosts: document.querySelectorAll('newsann-ui, newsann-mark').length }));
  assert.equal(hl.hosts, 0);
  const spans = state.timing.spans;
  assert.equal(hl.ranges, spans, 'every span of the document is highlighted');
  assert.deepEqual(w.extensionRequests(), []);
  assert.deepEqual(ext.swRequests.filter((r) => !/^(chrome-extension|blob|data):/.test(r.url)), []);
  assert.deepEqual(errors, []);
  assert.deepEqual(w.exceptions, []);
  await page.close();
});

test('toolbar switch: on annotates the tab and is remembered, off clears it', async () => {
  await ext.disableSite(server.origin);
  const page = await ext.context.newPage();
  const w = await watchPage(ext, page);
  await page.goto(`${server.origin}/fixtures/article.html`);
  await page.waitForTimeout(200);
  assert.equal(await w.inExtension('typeof globalThis.__newsann'), undefined, 'not injected while off');
  const url = page.url();
  const toggle = () => ext.sw.evaluate(async (u) => {
    const [tab] = await chrome.tabs.query({ url: u });
    return globalThis.newsann.toggleSite(tab);
  }, url);
  assert.equal(await toggle(), true);
  const s = await w.painted();
  assert.ok(s && s.timing);
  const stored = await ext.sw.evaluate(() => chrome.storage.local.get('sites'));
  assert.equal(stored.sites[server.origin], true);
  const registered = await ext.sw.evaluate(() => chrome.scripting.getRegisteredContentScripts());
  assert.deepEqual(registered.map((r) => [r.id, r.runAt, r.js, r.matches]),
    [['newsann-sites', 'document_idle', ['content.js'], ['http://127.0.0.1/*']]]);
  const badge = await ext.sw.evaluate(async (u) => { const [tab] = await chrome.tabs.query({ url: u }); return chrome.action.getBadgeText({ tabId: tab.id }); }, url);
  assert.equal(badge, 'on');
  // Remembered: a new visit is annotated without a click; one stylesheet,
  // its rules on anchors near the article, not on every element.
  await page.reload();
  assert.ok(await w.painted());
  assert.deepEqual(await w.inExtension(`({ sheets: document.adoptedStyleSheets.length,
    scoped: [...document.adoptedStyleSheets[0].cssRules].every((r) => !r.selectorText.startsWith('::highlight')),
    highlighted: [...CSS.highlights.keys()].some((k) => k.startsWith('newsann-')) })`), { sheets: 1, scoped: true, highlighted: true });
  assert.equal(await toggle(), false);
  await page.waitForFunction(() => ![...CSS.highlights.keys()].some((k) => k.startsWith('newsann-')));
  assert.deepEqual(await ext.sw.evaluate(() => chrome.scripting.getRegisteredContentScripts()), []);
  await page.close();
});

test('side panel: summary, entity click scrolls and flashes, layer toggles, keyboard, export downloads', async (t) => {
  const { page, state } = await openAnnotated();
  const counts = layerCounts(state.snapshot.doc);
  if (!counts.actors || !counts.claims || !counts.figures) return t.skip(`core found ${JSON.stringify(counts)} on the fixture`);
  const tabId = await ext.sw.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0].id, page.url());
  const panel = await ext.context.newPage();
  await panel.goto(`chrome-extension://${ext.id}/sidepanel.html?tab=${tabId}`);
  await panel.waitForSelector('body[data-ready="annotated"]');
  const summary = await panel.textContent('.summary');
  assert.match(summary, /^\d+ claims? from \d+ sources?, \d+ unsourced$/);
  // Entity click: the article scrolls to the mention and flashes it.
  await panel.click('[data-entity]');
  await page.waitForFunction(() => CSS.highlights.has('newsann-flash'));
  // Layer toggle.
  await panel.click('input[data-key="layer-figures"]');
  await page.waitForFunction(() => !CSS.highlights.has('newsann-figure'));
  await panel.click('input[data-key="layer-figures"]');
  await page.waitForFunction(() => CSS.highlights.has('newsann-figure'));
  // Keyboard: j goes to the first claim.
  await panel.focus('[data-key="next"]');
  await panel.keyboard.press('j');
  await page.waitForFunction(() => CSS.highlights.has('newsann-focus'));
  await panel.waitForFunction(() => document.querySelector('.row .count').textContent.startsWith('Claim 1 of'));
  // Export: three downloads, no network.
  for (const [format, check] of [['json', (s) => assert.equal(JSON.parse(s).annotation.schema, 1)],
    ['csv', (s) => assert.match(s, /^layer,type,block,start,end,text/)],
    ['markdown', (s) => assert.match(s, /## Claims by source/)]]) {
    const [dl] = await Promise.all([panel.waitForEvent('download'), panel.click(`[data-key="export-${format}"]`)]);
    check(fs.readFileSync(await dl.path(), 'utf8'));
  }
  fs.mkdirSync(path.join(repoRoot, 'artifacts/extension'), { recursive: true });
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.screenshot({ path: path.join(repoRoot, 'artifacts/extension/sidepanel.png') });
  await panel.close();
  await page.close();
});

test('hover card and on-page keyboard navigation through the extension', async (t) => {
  const { page, w, state } = await openAnnotated();
  const counts = layerCounts(state.snapshot.doc);
  if (!counts.actors || !counts.claims) return t.skip(`core found ${JSON.stringify(counts)} on the fixture`);
  // The middle of the first actor mention.
  const box = await w.inExtension(`(() => { const pa = globalThis.__newsann.pa; const a = pa.model.items.find((i) => i.layer === 'actors');
    const r = pa.map.rangeFor(a.block, a.start, a.end).getClientRects()[0]; return { x: r.left + r.width / 2, y: r.top + r.height / 2, id: a.id }; })()`);
  await page.mouse.move(box.x, box.y);
  await page.waitForFunction(() => { const h = document.querySelector('newsann-ui'); return h && h.shadowRoot.querySelector('.card:not([hidden])'); });
  const card = await page.evaluate(() => document.querySelector('newsann-ui').shadowRoot.querySelector('.card').innerText);
  const name = await w.inExtension(`(() => { const pa = globalThis.__newsann.pa; const a = pa.model.byId.get('${box.id}');
    return pa.model.entities.find((e) => e.id === a.entity).name; })()`);
  assert.ok(card.includes(name), `card shows ${name}`);
  fs.mkdirSync(path.join(repoRoot, 'artifacts/extension'), { recursive: true });
  await page.screenshot({ path: path.join(repoRoot, 'artifacts/extension/fixture-card.png') });
  await page.keyboard.press('Alt+Shift+KeyN');
  assert.equal(await w.inExtension('globalThis.__newsann.pa.snapshot().current'), 0);
  await page.close();
});

test('options: a layer switched off by default is not shown on the next page', async () => {
  const opts = await ext.context.newPage();
  await opts.goto(`chrome-extension://${ext.id}/options.html`);
  await opts.uncheck('input[name="layer-figures"]');
  await opts.waitForFunction(() => document.getElementById('status').textContent === 'Saved.');
  const { page, state } = await openAnnotated();
  assert.equal(state.snapshot.layers.figures, false);
  assert.equal(await page.evaluate(() => CSS.highlights.has('newsann-figure')), false);
  // A colour chosen on the options page applies to the open page at once.
  await opts.fill('input[name="color-person"]', '#112233');
  await page.waitForFunction(() => document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) =>
    r.cssText.includes('newsann-actor-person') && /rgb\(17, 34, 51|#112233/.test(r.cssText))));
  await opts.click('#reset');
  await opts.check('input[name="layer-figures"]');
  await opts.close();
  await page.close();
});

test('single-page app: a late article and an in-page navigation are (re)annotated', async () => {
  await ext.enableSite(server.origin);
  const page = await ext.context.newPage();
  const w = await watchPage(ext, page);
  await page.goto(`${server.origin}/fixtures/spa.html`);
  const find = (s) => w.inExtension(`(() => { const s = globalThis.__newsann; return !!(s && s.pa && s.pa.model &&
    s.pa.model.texts.some((t) => t.includes(${JSON.stringify(s)}))); })()`);
  const until = async (fn) => { for (let i = 0; i < 100; i++) { if (await fn()) return true; await page.waitForTimeout(50); } return false; };
  assert.ok(await until(() => find('Port Elwyn voted on Tuesday')), 'late article annotated');
  await page.evaluate(() => window.nextStory());
  assert.ok(await until(() => find('Elwyn Ferries said on Monday')), 'next story annotated');
  const snap = await w.inExtension('globalThis.__newsann.pa.snapshot()');
  assert.ok(snap.url.endsWith('?story=second'));
  assert.ok(!snap.texts.some((t) => t.includes('Port Elwyn voted')));
  await page.close();
});
