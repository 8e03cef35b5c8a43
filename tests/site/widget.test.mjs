// The embeddable widget (web/widget) in Chromium, on demo host pages with
// aggressive CSS of their own and a strict CSP (support/server.mjs): what
// the README promises a site owner.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { launch } from '../browser/support/launch.mjs';
import { startHostServer, NO_WASM_CSP } from './support/server.mjs';
import { buildWidgetTmp, removeDir, repoRoot } from './support/build.mjs';
import { widgetSize } from '../../web/widget/build.mjs';

const artifacts = path.join(repoRoot, 'artifacts/site');
let widgetDir, server, browser;

before(async () => {
  widgetDir = await buildWidgetTmp();
  server = await startHostServer(widgetDir);
  browser = await launch();
  fs.mkdirSync(artifacts, { recursive: true });
});
after(async () => {
  await browser?.close();
  await server?.close();
  removeDir(widgetDir);
});

// A page of the host server, watched: requests, console errors, page errors.
async function openHost(pathAndQuery) {
  const page = await browser.context.newPage();
  const seen = { requests: [], errors: [], console: [] };
  page.on('request', (r) => seen.requests.push(r.url()));
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') seen.console.push(`${m.text()} @ ${m.location().url}`); });
  await page.goto(`${server.origin}${pathAndQuery}`);
  await page.waitForFunction(() => window.hostState && window.hostState.ready);
  return { page, seen };
}

// What a host page loads: its own three files and the widget's two.
function assertOnlyOwnFiles(seen, extra = []) {
  const allowed = new Set(['/host/host.html', '/host/host-api.html', '/host/host.css', '/host/host.js', '/host/host-api.js',
    '/widget/dist/newsann-widget.js', '/widget/dist/newsann.wasm', ...extra]);
  for (const u of seen.requests) {
    const url = new URL(u);
    assert.equal(url.origin, server.origin, `request to another origin: ${u}`);
    assert.ok(allowed.has(url.pathname), `unexpected request: ${u}`);
  }
  // The browser's own favicon probe is the only 404 allowed.
  assert.deepEqual(seen.console.filter((c) => !/favicon\.ico/.test(c) && !/status of 404/.test(c)), []);
}

// The bounding box and a few computed styles of an element in a shadow root.
const shadowBox = ([hostSel, sel]) => {
  const host = document.querySelector(hostSel);
  const el = host && host.shadowRoot && host.shadowRoot.querySelector(sel);
  if (!el) return null;
  const r = el.getBoundingClientRect();
  const cs = getComputedStyle(el);
  return { x: r.x, y: r.y, width: r.width, height: r.height, font: cs.fontFamily, color: cs.color, transform: cs.textTransform,
    border: cs.borderTopStyle, display: cs.display, visibility: cs.visibility, text: el.innerText };
};

test('package: exports resolve, types, README with the CSP requirement; size', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(widgetDir, 'package.json'), 'utf8'));
  assert.equal(pkg.type, 'module');
  const targets = [pkg.types, pkg.module, ...Object.values(pkg.exports).flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v)))];
  for (const t of targets) assert.ok(fs.existsSync(path.join(widgetDir, t)), `exports target ${t} exists`);
  assert.equal(pkg.exports['.'].types, './newsann-widget.d.ts');
  const dts = fs.readFileSync(path.join(widgetDir, 'newsann-widget.d.ts'), 'utf8');
  for (const s of ['export function annotate(', 'class ArticleAnnotatorElement', "'article-annotator': ArticleAnnotatorElement",
    'annotated: CustomEvent<AnnotatedDetail>', 'select: CustomEvent<SelectDetail>']) assert.ok(dts.includes(s), s);
  const annotatorTypes = fs.readFileSync(path.join(widgetDir, 'annotator.d.ts'), 'utf8');
  for (const name of /import type \{([^}]+)\}/.exec(dts)[1].split(',').map((s) => s.trim())) {
    assert.match(annotatorTypes, new RegExp(`export (interface|type) ${name}\\b`), `annotator.d.ts declares ${name}`);
  }
  const readme = fs.readFileSync(path.join(widgetDir, 'README.md'), 'utf8');
  assert.match(readme, /script-src 'self' 'wasm-unsafe-eval'/);
  // What npm would publish.
  const packed = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: widgetDir, encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'] }))[0];
  const files = packed.files.map((f) => f.path).sort();
  assert.deepEqual(files, ['README.md', 'annotator.d.ts', 'dist/newsann-widget.js', 'dist/newsann.wasm', 'newsann-widget.d.ts', 'package.json']);
  const s = widgetSize(widgetDir);
  const js = s['dist/newsann-widget.js'], wasm = s['dist/newsann.wasm'];
  console.log(`# widget package: newsann-widget.js ${js.raw} B (${js.gzip} B gzip), newsann.wasm ${wasm.raw} B (${wasm.gzip} B gzip); ` +
    `npm tarball ${packed.size} B, unpacked ${packed.unpackedSize} B`);
  assert.ok(js.raw < 200 * 1024, 'the widget script stays small (the wasm is the bulk)');
});

// tsc (Debian's node-typescript) where installed: a host page's TypeScript
// against the package as npm would install it, in strict mode.
const tsc = ['/usr/bin/tsc', path.join(repoRoot, 'node_modules/.bin/tsc')].find((f) => fs.existsSync(f));
test('types: a host page written in TypeScript compiles against the package (tsc --strict)', { skip: !tsc && 'tsc is not installed' }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsann-types-'));
  try {
    const src = path.join(repoRoot, 'tests/site/fixtures/types');
    for (const f of ['use.ts', 'tsconfig.json']) fs.copyFileSync(path.join(src, f), path.join(dir, f));
    fs.writeFileSync(path.join(dir, 'package.json'), '{"type": "module"}');
    fs.cpSync(widgetDir, path.join(dir, 'node_modules/newsann-widget'), { recursive: true });
    execFileSync(tsc, ['-p', dir], { encoding: 'utf8' });
  } catch (e) {
    assert.fail(`tsc: ${e.stdout || e.message}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('strict-CSP host page with aggressive CSS: highlights painted, panels intact, host scripts unaffected', async () => {
  const { page, seen } = await openHost('/host/host.html');
  await page.waitForFunction(() => hostState.events.filter((e) => e.type === 'annotated').length >= 2, null, { timeout: 30000 });
  const events = await page.evaluate(() => hostState.events);
  const wrapped = events.find((e) => e.type === 'annotated' && e.target === 'wrapped').detail;
  const pointed = events.find((e) => e.type === 'annotated' && e.target === 'pointed').detail;
  assert.match(wrapped.summary.text, /^\d+ claims? from \d+ sources?/);
  assert.ok(wrapped.counts.claims >= 3 && wrapped.counts.entities >= 3 && wrapped.counts.figures >= 3, JSON.stringify(wrapped.counts));
  assert.equal(wrapped.texts[0], 'Riverton clinic to stay open after £2.5m rescue');
  assert.ok(pointed.counts.claims >= 1 && pointed.texts.length === 3, JSON.stringify(pointed));

  // Highlights: each widget under its own names; the pointed one without
  // figures (layers="actors claims") and with its own colours.
  const hl = await page.evaluate(() => {
    const out = {};
    for (const [name, h] of CSS.highlights) out[name] = [...h].map((r) => r.toString().replace(/\s+/g, ' '));
    const css = document.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n');
    return { out, css };
  });
  assert.ok(hl.out['newsann-w1-actor-person'].includes('Helen Adebayo'), JSON.stringify(hl.out['newsann-w1-actor-person']));
  assert.ok(hl.out['newsann-w1-figure'].includes('£2.5 million'), JSON.stringify(hl.out['newsann-w1-figure']));
  assert.ok(hl.out['newsann-w2-actor-person'].some((t) => t.includes('Tom Reyes')), JSON.stringify(hl.out['newsann-w2-actor-person']));
  assert.equal(hl.out['newsann-w2-figure'], undefined, 'figures hidden on the pointed widget');
  assert.deepEqual(hl.out['host-mark'].length, 1, "the host page's own highlight is still there");
  assert.match(hl.css, /::highlight\(newsann-w2-actor-person\)[^}]*rgba?\(170, 0, 255,/);
  // Painted: the first paragraph's pixels change when the layers go off.
  const para = page.locator('#story p').first();
  const withHl = await para.screenshot();
  await page.evaluate(() => { for (const l of ['actors', 'figures', 'claims']) document.getElementById('wrapped').controller.setLayer(l, false); });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const without = await para.screenshot();
  assert.ok(!withHl.equals(without), 'the highlights paint pixels over the page');
  await page.evaluate(() => { for (const l of ['actors', 'figures', 'claims']) document.getElementById('wrapped').controller.setLayer(l, true); });
  await page.screenshot({ path: path.join(artifacts, 'widget-host.png') });

  // The drawer's tab, clicked with the mouse: nothing of the page covers it.
  const tab = await page.evaluate(shadowBox, ['newsann-widget', '.tab']);
  assert.ok(tab && tab.width > 20 && tab.height > 60, JSON.stringify(tab));
  const edge = await page.evaluate(() => document.documentElement.clientWidth);  // the viewport, less its scrollbar
  assert.ok(Math.abs(tab.x + tab.width - edge) < 2, `the tab sits at the right edge: ${JSON.stringify(tab)}`);
  await page.mouse.click(tab.x + tab.width / 2, tab.y + tab.height / 2);
  await page.waitForFunction(() => !document.querySelector('newsann-widget').shadowRoot.querySelector('.drawer').hidden);
  const drawer = await page.evaluate(shadowBox, ['newsann-widget', '.drawer']);
  assert.ok(drawer.width >= 300 && Math.abs(drawer.x + drawer.width - edge) < 2 && drawer.height >= 890, JSON.stringify(drawer));
  const panel = await page.evaluate(shadowBox, ['newsann-widget', '.panel']);
  assert.doesNotMatch(panel.font, /Comic|Courier/, 'the page font does not reach the panel');
  assert.equal(panel.color, 'rgb(29, 29, 31)');
  assert.equal(panel.transform, 'none');
  assert.ok(panel.text.includes(wrapped.summary.text), panel.text.slice(0, 200));
  const button = await page.evaluate(shadowBox, ['newsann-widget', '.panel button[data-key="next"]']);
  assert.notEqual(button.border, 'dotted');
  assert.equal(button.visibility, 'visible');
  const onTop = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y).localName, { x: drawer.x + drawer.width / 2, y: drawer.y + 300 });
  assert.equal(onTop, 'newsann-widget', 'the drawer is on top of the page');
  const claimCount = await page.evaluate(() => document.querySelector('newsann-widget').shadowRoot.querySelectorAll('.claims li').length);
  assert.equal(claimCount, wrapped.counts.claims);
  await page.screenshot({ path: path.join(artifacts, 'widget-drawer.png') });

  // A claim clicked in the panel: 'select' reaches the page, the card shows.
  const item = await page.evaluate(shadowBox, ['newsann-widget', '.claims li button']);
  await page.mouse.click(item.x + 20, item.y + item.height / 2);
  await page.waitForFunction(() => hostState.events.some((e) => e.type === 'select'));
  const sel = (await page.evaluate(() => hostState.events)).find((e) => e.type === 'select');
  assert.equal(sel.target, 'wrapped');
  assert.match(sel.detail.id, /^c\d+$/);
  assert.equal(sel.detail.layer, 'claims');
  assert.ok(sel.detail.claim && sel.detail.claim.kind, JSON.stringify(sel.detail));
  const card = await page.evaluate(shadowBox, ['newsann-ui', '.card']);
  assert.ok(card && card.display !== 'none' && card.width >= 200, JSON.stringify(card));
  assert.doesNotMatch(card.font, /Comic|Courier/);
  await page.keyboard.press('Escape');

  // The page's `*::before { content: "¶" !important }` adds nothing to the widget's hosts.
  const pseudo = await page.evaluate(() => ['newsann-widget', '#wrapped', '#pointed', 'newsann-ui']
    .map((sel) => getComputedStyle(document.querySelector(sel), '::before').content));
  assert.deepEqual(pseudo, ['none', 'none', 'none', 'none']);

  // The inline summary of the pointed widget, and its details.
  const inline = await page.evaluate(shadowBox, ['#pointed', '.inline .bar']);
  assert.ok(inline && inline.width > 100 && inline.text.includes(pointed.summary.text), JSON.stringify(inline));
  assert.doesNotMatch(inline.font, /Comic|Courier/);
  const toggle = await page.evaluate(shadowBox, ['#pointed', '.toggle']);
  await page.evaluate(() => document.getElementById('pointed').scrollIntoView());
  const toggle2 = await page.evaluate(shadowBox, ['#pointed', '.toggle']);
  assert.ok(toggle.width > 0);
  await page.mouse.click(toggle2.x + toggle2.width / 2, toggle2.y + toggle2.height / 2);
  const details = await page.evaluate(shadowBox, ['#pointed', '.details']);
  assert.ok(details.height > 100 && details.text.includes('Tom Reyes'), JSON.stringify(details).slice(0, 300));

  // The host page's scripts, DOM and globals.
  await page.evaluate(() => document.getElementById('host-counter').scrollIntoView());
  await page.click('#host-counter');
  await page.click('#host-input');
  await page.keyboard.type('abc');
  const host = await page.evaluate(() => ({
    clicks: hostState.clicks, label: document.getElementById('host-counter').textContent, value: document.getElementById('host-input').value,
    keys: hostState.keys, storyMutations: hostState.storyMutations, violations: hostState.violations, errors: hostState.errors,
    newGlobals: Object.getOwnPropertyNames(window).filter((n) => !hostState.globalsBefore.includes(n)),
    prototypes: [Object.prototype, Array.prototype, Function.prototype, String.prototype, Element.prototype, Node.prototype,
      EventTarget.prototype].map((p) => Object.getOwnPropertyNames(p).length), prototypesBefore: hostState.prototypesBefore,
    storyParent: document.getElementById('story').parentElement.id,
  }));
  assert.equal(host.clicks, 1);
  assert.equal(host.label, 'Clicked 1 times');
  assert.equal(host.value, 'abc');
  assert.deepEqual(host.keys.slice(-3), ['a', 'b', 'c']);
  assert.equal(host.storyMutations, 0, 'the article DOM is not changed');
  assert.equal(host.storyParent, 'wrapped');
  assert.deepEqual(host.newGlobals, [], 'no globals added');
  assert.deepEqual(host.prototypes, host.prototypesBefore, 'no built-in prototype touched');
  assert.deepEqual(host.violations, [], 'no CSP violation (Trusted Types enforced too)');
  assert.deepEqual(server.reports, []);
  assert.deepEqual(host.errors, []);
  assert.deepEqual(seen.errors, []);
  assertOnlyOwnFiles(seen);
  await page.close();
});

test('annotate(element, options): inline panel, layers, date, colours, events, export, destroy', async () => {
  const colors = encodeURIComponent(JSON.stringify({ figure: '#123456', person: 'red; background: url(http://x/)' }));
  const { page, seen } = await openHost(`/host/host-api.html?panel=inline&layers=actors,claims&date=2025-06-03&colors=${colors}`);
  await page.waitForFunction(() => window.hostApiReady, null, { timeout: 30000 });
  assert.equal(await page.evaluate(() => window.hostApiReady), 'ok');
  const first = await page.evaluate(() => {
    const w = window.hostWidget;
    const css = document.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n');
    return { events: window.hostApiEvents, before: document.getElementById('story').previousElementSibling.localName,
      names: [...CSS.highlights.keys()], css, summary: w.summary,
      figuresBox: document.querySelector('newsann-summary').shadowRoot.querySelector('input[data-key="layer-figures"]').checked };
  });
  const annotated = first.events.find((e) => e.type === 'annotated').detail;
  assert.equal(first.before, 'newsann-summary', 'the inline summary goes just before the article');
  assert.ok(!first.names.some((n) => /figure/.test(n)), 'figures off (layers option)');
  assert.equal(first.figuresBox, false);
  assert.match(first.css, /::highlight\(newsann-w\d+-figure\)[^}]*rgba?\(18, 52, 86,/, 'a #rrggbb colour is used');
  assert.doesNotMatch(first.css, /url\(/, 'anything else is refused');
  // The date option resolves relative dates: "on Monday" before Tuesday 2025-06-03.
  const monday = annotated.document.figures.find((f) => annotated.texts[f.block].slice(f.start, f.end) === 'Monday');
  assert.equal(monday && monday.value.iso, '2025-06-02', JSON.stringify(monday));
  assert.deepEqual(first.summary, annotated.summary);

  // The reader turns figures on in the panel.
  await page.evaluate(() => document.querySelector('newsann-summary').shadowRoot.querySelector('.toggle').click());
  await page.evaluate(() => document.querySelector('newsann-summary').shadowRoot.querySelector('input[data-key="layer-figures"]').click());
  assert.ok(await page.evaluate(() => [...CSS.highlights.keys()].some((n) => /-figure$/.test(n))));

  // select: from the controller, and from the keyboard on the page.
  await page.evaluate(() => window.hostWidget.select('c1'));
  await page.keyboard.press('Alt+Shift+N');
  const selects = await page.evaluate(() => window.hostApiEvents.filter((e) => e.type === 'select').map((e) => e.detail));
  assert.deepEqual(selects.map((s) => s.id), ['c1', 'c2']);
  assert.ok(selects.every((s) => s.layer === 'claims' && typeof s.text === 'string' && s.text.length > 5));
  const actor = await page.evaluate(() => { window.hostWidget.select('a0'); return window.hostApiEvents.at(-1).detail; });
  assert.equal(actor.layer, 'actors');
  assert.ok(actor.entity && actor.entity.name, JSON.stringify(actor));

  // Export through the controller; the panel's buttons download.
  const csv = await page.evaluate(() => window.hostWidget.export('csv'));
  assert.match(csv.text, /^layer,type,block,start,end,text/);
  const [download] = await Promise.all([page.waitForEvent('download'),
    page.evaluate(() => document.querySelector('newsann-summary').shadowRoot.querySelector('[data-key="export-json"]').click())]);
  const json = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  assert.equal(json.annotation.schema, 1);
  assert.deepEqual(json.texts, annotated.texts);

  // destroy(): nothing of the widget is left.
  const left = await page.evaluate(() => {
    window.hostWidget.destroy();
    return { names: [...CSS.highlights.keys()], hosts: document.querySelectorAll('newsann-summary, newsann-widget, newsann-ui, newsann-mark').length };
  });
  assert.deepEqual(left.names, ['host-mark']);
  assert.equal(left.hosts, 0);
  assert.deepEqual(await page.evaluate(() => hostState.violations), []);
  assert.deepEqual(seen.errors, []);
  assertOnlyOwnFiles(seen);
  await page.close();
});

test("a CSP without 'wasm-unsafe-eval': the widget says so, the page keeps working", async () => {
  const { page, seen } = await openHost(`/host/host.html?csp=${encodeURIComponent(NO_WASM_CSP)}`);
  await page.waitForFunction(() => hostState.events.filter((e) => e.type === 'error').length >= 2, null, { timeout: 30000 });
  const r = await page.evaluate(() => ({
    errors: hostState.events.filter((e) => e.type === 'error').map((e) => [e.target, e.detail.message]),
    shown: document.querySelector('#pointed').shadowRoot.querySelector('.error').textContent,
    names: [...CSS.highlights.keys()],
  }));
  assert.deepEqual(r.errors.map((e) => e[0]).sort(), ['pointed', 'wrapped']);
  for (const [, m] of r.errors) assert.match(m, /Content-Security-Policy.*'wasm-unsafe-eval'/);
  assert.match(r.shown, /'wasm-unsafe-eval'/);
  assert.deepEqual(r.names, ['host-mark']);
  await page.click('#host-counter');
  assert.equal(await page.evaluate(() => hostState.clicks), 1);
  assert.deepEqual(seen.errors, []);
  // The browser reports the refused compilation to the page's report-uri.
  assertOnlyOwnFiles({ ...seen, console: seen.console.filter((c) => !/WebAssembly|wasm/i.test(c)) }, ['/csp-report']);
  await page.close();
});
