// Hostile pages (issue 6) in Chromium with the extension loaded: markup-like
// text, bidi controls and zero-width characters, 200,000 text nodes, 5,000-deep
// nesting, open and closed shadow roots, iframes, contenteditable regions, a
// page that never stops changing. On every page: no crash, no page error, the
// run done (or stopped at its budget, and the panel saying so) within the
// budget plus slack, the page's own scripts running all along (their clock
// kept ticking, their click handler still fires), the page's DOM unchanged,
// no network request. Then what each page is about (offsets right through
// invisible characters, markup kept as text, editable text left alone, ...).
// The pages are tests/browser/fixtures/hostile/ (their own script: page.js).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './support/server.mjs';
import { launch } from './support/launch.mjs';
import { launchWithExtension, watchPage } from './support/extension.mjs';

// page.js defaults (web/lib/page.js): the run's time budget and size cap.
const BUDGET_MS = 2000;
const MAX_CHARS = 60000;
// Slack over the budget for one measured wall time (content script start to
// the highlights painted): the annotator's call in the service worker
// (bounded by the size cap: 0.3-1 s) and the frame that paints (on the
// 300,000-node page about 1 s: the style recalculation the highlight
// stylesheet causes), on a machine shared with other jobs.
const SLACK_MS = 3000;
// The longest the page's clock may stall while the extension works: one
// style recalculation of the whole page (adding the highlight stylesheet)
// is a single task the browser cannot split; on the 300,000-node page it
// takes about a second. Every other step runs in 50 ms slices.
const MAX_STALL_MS = { big: 3000, default: 1000 };
const INVISIBLE = /[\u200b-\u200f\u2060\ufeff\u00ad\u061c\u202a-\u202e\u2066-\u2069]/g;

let server, ext;
const rows = [];
before(async () => {
  server = await startServer();
  ext = await launchWithExtension();
  await ext.enableSite(server.origin);
});
after(async () => {
  if (rows.length) {
    console.log('\nhostile pages (extension):');
    console.table(rows);
  }
  await ext?.close();
  await server?.close();
});

// Opens a hostile page with the extension on, waits for the first run, and
// checks what every page must satisfy. Returns what the page tests need.
async function annotate(name, { domUnchanged = true } = {}) {
  const page = await ext.context.newPage();
  const pageErrors = [];
  let crashed = false;
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('crash', () => { crashed = true; });
  const w = await watchPage(ext, page);
  const swBefore = ext.swRequests.length;
  await page.goto(`${server.origin}/fixtures/hostile/${name}.html`, { waitUntil: 'domcontentloaded', timeout: 60000 });
  const state = await w.painted(30000);
  assert.ok(!crashed, `${name}: the page crashed`);
  assert.ok(state && state.timing, `${name}: the content script finished`);
  assert.deepEqual(state.errors, [], `${name}: no annotation error`);
  const t = state.timing;
  // The wall time of the run: content script start to painted.
  assert.ok(t.painted <= BUDGET_MS + SLACK_MS, `${name}: done in ${Math.round(t.painted)} ms (budget ${BUDGET_MS} + ${SLACK_MS})`);
  assert.ok(t.detectMs <= BUDGET_MS * 0.6 + 300, `${name}: the DOM walk stopped at its share of the budget (${Math.round(t.detectMs)} ms)`);
  const start = await w.inExtension('globalThis.__newsann.start');
  // The page's scripts: the clock ticked during the run, never stalled long,
  // and the page still answers (its click handler fires).
  // (A window of at least 300 ms, so that a fast run on a busy machine
  // still spans several ticks of the 30 ms clock.)
  const clock = await page.evaluate(async (start) => {
    const s = window.__page;
    while (performance.now() - start < 300) await new Promise((r) => setTimeout(r, 20));
    const end = performance.now();
    return { ticks: s.tickTimes.filter((x) => x >= start && x <= end).length, stall: s.maxGap(start, end),
      clicksBefore: s.clicks, textNodes: (() => { let n = 0; const tw = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        while (tw.nextNode()) n++; return n; })() };
  }, start);
  assert.ok(clock.ticks >= 3, `${name}: the page's clock kept ticking (${clock.ticks} ticks)`);
  const maxStall = MAX_STALL_MS[name] || MAX_STALL_MS.default;
  assert.ok(clock.stall <= maxStall, `${name}: the page's main thread stalled ${Math.round(clock.stall)} ms (at most ${maxStall})`);
  await page.click('#poke');
  assert.equal(await page.evaluate(() => window.__page.clicks), clock.clicksBefore + 1, `${name}: the page's click handler fires`);
  if (domUnchanged) {
    const dom = await page.evaluate(() => ({ same: document.querySelector('article').outerHTML === window.__page.articleHtml,
      mutations: window.__page.articleMutations, marks: document.querySelectorAll('newsann-mark').length }));
    assert.deepEqual(dom, { same: true, mutations: 0, marks: 0 }, `${name}: the article's DOM is unchanged`);
  }
  // Spans highlighted: every one of the document (the Highlight API path).
  const ranges = await page.evaluate(() => { let n = 0; for (const [k, h] of CSS.highlights) if (k.startsWith('newsann-')) n += h.size; return n; });
  assert.equal(ranges, t.spans, `${name}: every span highlighted`);
  assert.deepEqual(w.extensionRequests().map((r) => r.url), [], `${name}: no request from the extension`);
  assert.deepEqual(ext.swRequests.slice(swBefore).filter((r) => !/^(chrome-extension|blob|data):/.test(r.url)), []);
  assert.deepEqual(pageErrors, [], `${name}: no page error`);
  assert.deepEqual(w.exceptions, [], `${name}: no exception`);
  const snap = state.snapshot;
  rows.push({ page: name, textNodes: clock.textNodes, walked: t.nodes, blocks: t.blocks, chars: t.chars, spans: t.spans,
    'done ms': Math.round(t.painted), 'work ms': Math.round(t.totalMs), 'stall ms': Math.round(clock.stall),
    truncated: snap.truncated ? `${snap.truncated.reason}: ${snap.truncated.blocksDone}/${snap.truncated.blocksTotal ?? '?'}` : 'no' });
  return { page, w, state, snap, texts: snap.texts, all: snap.texts.join('\n') };
}

// The side panel for a tab, as a page (?tab=ID).
async function openPanel(page) {
  const tabId = await ext.sw.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0].id, page.url());
  const panel = await ext.context.newPage();
  await panel.goto(`chrome-extension://${ext.id}/sidepanel.html?tab=${tabId}`);
  await panel.waitForSelector('body[data-ready]');
  return panel;
}

// Highlighted ranges (main world) as strings, and each model item against
// its range's text (the content script's world).
const highlighted = (page) => page.evaluate(() => {
  const out = [];
  for (const [k, h] of CSS.highlights) if (k.startsWith('newsann-')) for (const r of h) out.push(r.toString());
  return out;
});
const itemMismatches = (w) => w.inExtension(`(() => {
  const pa = globalThis.__newsann.pa, bad = [];
  for (const it of pa.model.items) {
    const r = pa.map.rangeFor(it.block, it.start, it.end);
    const dom = r ? r.toString().replace(${INVISIBLE}, '').replace(/\\s+/g, ' ') : null;
    if (dom !== it.text) bad.push({ id: it.id, dom, text: it.text });
  }
  return bad;
})()`);

test('markup-like text stays text: nothing runs, the panel shows it as text', async () => {
  const { page, w, texts } = await annotate('markup');
  const all = texts.join('\n');
  for (const s of ['<script>alert(1)</script>', '<b>Prices</b>', '<img src=x onerror="window.__pwned=1">',
    "{{constructor.constructor('window.__pwned=2')()}}", ']]> and <!-- comments -->', '&lt;escaped&gt;', '</p></article><iframe']) {
    assert.ok(all.includes(s), `sent as text: ${s}`);
  }
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no markup ran');
  assert.deepEqual(await itemMismatches(w), []);
  const panel = await openPanel(page);
  const p = await panel.evaluate(() => ({ text: document.body.textContent,
    injected: document.querySelectorAll('#panel script, #panel img, #panel iframe, #panel b').length }));
  assert.equal(p.injected, 0, 'no element from page text in the panel');
  assert.ok(p.text.includes('<b>Prices</b>') || p.text.includes('<script>alert(1)</script>'), 'page text shown as text');
  assert.equal(await panel.evaluate(() => document.querySelector('.truncated')), null, 'no truncation line');
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  await panel.close();
  await page.close();
});

test('bidi controls and zero-width characters: the highlights cover exactly the right characters', async () => {
  const { page, w, texts } = await annotate('bidi');
  assert.doesNotMatch(texts.join('\n'), INVISIBLE, 'no invisible character sent to the core');
  assert.ok(texts.some((t) => t.includes('Mayor Jane Doe said')), 'isolates dropped from the text');
  assert.ok(texts.some((t) => t.includes('Union leader Robert Fenn told')), 'zero-width characters dropped from the text');
  assert.deepEqual(await itemMismatches(w), [], 'every span maps back to the characters it names');
  const strings = await highlighted(page);
  const visible = strings.map((s) => s.replace(INVISIBLE, ''));
  for (const s of ['Jane Doe', 'Robert Fenn', 'Alan Hart', 'Grace Mbeki', 'Daniel Brandt', '4,200', '£3 billion', '£45 million']) {
    assert.ok(visible.includes(s), `highlighted: ${s} (got ${JSON.stringify(visible.filter((v) => v.length < 40))})`);
  }
  // The DOM ranges themselves: the invisible characters inside a name are
  // inside its range, and nothing else is.
  assert.ok(strings.includes('Ro\u200bbert Fe\u200cnn'), 'Robert Fenn with its zero-width characters');
  assert.ok(strings.includes('Jane Doe'), 'Jane Doe without the isolates around it');
  assert.ok(strings.some((s) => s.startsWith('Daniel\u2060 Brandt')), 'Daniel Brandt with its word joiner');
  await page.close();
});

test('200,000 text nodes: stopped at the size cap or the time budget, said so in the panel, the page kept running', async () => {
  const { page, state, snap } = await annotate('big');
  const t = snap.truncated;
  assert.ok(t, 'truncated');
  // The walk of the page's 310,000 nodes takes about 1 s, its share of the
  // budget 1.2 s: on a busy machine the time stops it first; else the whole
  // article is found and the size cap cuts it.
  assert.ok(t.reason === 'size' || t.reason === 'time', t.reason);
  if (t.reason === 'size') assert.equal(t.blocksTotal, 10001, 'title and 10,000 paragraphs found');
  else assert.equal(t.blocksTotal, null);
  assert.ok(t.blocksDone > 100 && t.blocksDone < 10001);
  assert.ok(t.charsDone <= MAX_CHARS, `${t.charsDone} characters sent`);
  assert.equal(state.timing.chars, t.charsDone);
  assert.match(snap.texts[t.blocksDone - 1], /million\.$/, 'whole paragraphs only');
  const panel = await openPanel(page);
  const line = await panel.textContent('.truncated');
  assert.match(line, t.reason === 'size'
    ? /^Stopped at the size limit \([\d,]+ characters\): annotated the first [\d,]+ of 10,001 paragraphs$/
    : /^Stopped after 1\.\d s: annotated the first [\d,]+ paragraphs \(the rest of the page was not read\)$/);
  assert.ok(line.includes(`first ${t.blocksDone.toLocaleString('en-US')} `));
  await panel.close();
  await page.close();
});

test('5,000-deep nesting: walked to the bottom, no recursion, highlights right', async () => {
  const { page, w, all } = await annotate('deep');
  assert.equal(await page.evaluate(() => { let d = 0; for (let e = document.getElementById('deepest'); e; e = e.parentElement) d++; return d; }) > 5000, true);
  assert.ok(all.includes('The deepest paragraph: Henry Castell'), 'the paragraph 5,000 levels down');
  for (let d = 250; d <= 5000; d += 250) assert.ok(all.includes(`At depth ${d}:`), `paragraph at depth ${d}`);
  assert.ok(all.includes('Lucia Ferraro said that 900 passengers were waiting in Westbury, the harbour office confirmed.'),
    'the paragraph inside 5,000 inline elements, as one block');
  assert.deepEqual(await itemMismatches(w), []);
  await page.close();
});

test('open and closed shadow roots: not entered, not changed; slotted light text annotated', async () => {
  const { page, all } = await annotate('shadow');
  assert.ok(all.includes('Union leader Robert Fenn said'), 'slotted light-DOM paragraph');
  assert.ok(all.includes('Ingrid Solberg'));
  assert.ok(!all.includes('Shadow text'), 'shadow trees not read');
  const shadow = await page.evaluate(() => ({
    open: document.getElementById('open').shadowRoot.innerHTML,
    closed: window.__closedRoots.map((r) => r.innerHTML),
    hl: (() => { let inShadow = 0; for (const [k, h] of CSS.highlights) if (k.startsWith('newsann-')) for (const r of h) if (r.startContainer.getRootNode() !== document) inShadow++; return inShadow; })(),
  }));
  assert.equal(shadow.open, '<style>p { color: #333 }</style><p id="open-inner">Shadow text (open): Omar Haddad said 40 boats were idle.</p><slot></slot>');
  assert.deepEqual(shadow.closed, ['<p>Shadow text (closed): Victor Amsel said 17 ports were shut.</p>']);
  assert.equal(shadow.hl, 0);
  await page.close();
});

test('iframes (same-origin, sandboxed, data:): the frames are left alone', async () => {
  const { page, all } = await annotate('iframes');
  assert.ok(all.includes('Council leader Maria Okafor said'));
  assert.ok(!all.includes('Inside the'), 'no frame text in the article');
  const frame = await page.evaluate(() => {
    const d = document.getElementById('same').contentDocument;
    return { html: d.body.innerHTML, highlights: document.getElementById('same').contentWindow.CSS.highlights.size };
  });
  assert.deepEqual(frame, { html: '<p>Inside the same-origin frame, Aisha Rahman said 60 boats would leave the harbour.</p>', highlights: 0 });
  assert.equal(page.frames().length, 4);
  await page.close();
});

test('contenteditable: editable text not annotated, typing works and does not re-annotate', async () => {
  const { page, w, all } = await annotate('editable');
  assert.ok(all.includes('Council leader Maria Okafor said'));
  assert.ok(!all.includes('Your comment') && !all.includes('Plain editable'), 'editable text left out');
  const inEditable = await page.evaluate(() => {
    let n = 0;
    for (const [k, h] of CSS.highlights) if (k.startsWith('newsann-')) for (const r of h) if (r.startContainer.parentElement.closest('[contenteditable]')) n++;
    return n;
  });
  assert.equal(inEditable, 0, 'no highlight in an editable region');
  const runs = await w.inExtension('globalThis.__newsann.pa.runs');
  await page.click('#draft p');
  await page.keyboard.type(' Edited by the reader, 12 words.');
  await page.click('#plain');
  await page.keyboard.type(' More.');
  assert.ok(await page.evaluate(() => window.__page.inputs) >= 10, "the page's input handler ran");
  assert.ok((await page.textContent('#draft')).includes('Edited by the reader'));
  await page.waitForTimeout(1200);  // past the re-run debounce
  assert.equal(await w.inExtension('globalThis.__newsann.pa.runs'), runs, 'typing does not re-annotate');
  await page.close();
});

test('a page that never stops changing: annotated, re-runs back off, the page keeps going', async () => {
  const { page, w, all } = await annotate('mutating', { domUnchanged: false });
  assert.ok(all.includes('Passengers waiting'));
  const runs0 = await w.inExtension('globalThis.__newsann.pa.runs');
  const m0 = await page.evaluate(() => window.__page.mutations);
  const t0 = Date.now();
  await page.waitForTimeout(8000);
  const runs = (await w.inExtension('globalThis.__newsann.pa.runs')) - runs0;
  const mutations = (await page.evaluate(() => window.__page.mutations)) - m0;
  const seconds = (Date.now() - t0) / 1000;
  // 8 s of changes: re-runs at most every maxWait (2 s), then less often.
  assert.ok(mutations > 100, `the page changed ${mutations} times`);
  assert.ok(runs >= 1, 'the changes are picked up');
  assert.ok(runs <= 5, `${runs} re-runs in ${seconds.toFixed(1)} s`);
  assert.deepEqual(await w.inExtension('globalThis.__newsann.errors'), []);
  const latest = await w.inExtension('globalThis.__newsann.pa.snapshot().texts.join("\\n")');
  assert.match(latest, /Update \d+:/, 'a recent state of the feed annotated');
  rows.find((r) => r.page === 'mutating').truncated += `; ${runs} re-runs / ${mutations} changes in ${seconds.toFixed(0)} s`;
  await page.close();
});

// The time budget itself, deterministically: web/lib on the 200,000-node
// page with a budget far below any walk of it (the extension's 2 s is not
// reached on a fast machine: its walk of that page takes about 1 s; and a
// budget of 400 ms here let a fast, idle machine walk the whole page, so the
// size cap stopped it first). 30 ms leaves the walk 18 ms: 310,000 nodes at
// under 60 ns each would be needed to finish, and a slow machine still walks
// more than two blocks.
test('page library: a run stops at its time budget, annotates the part walked, the panel says so', async () => {
  const b = await launch();
  try {
    const page = await b.context.newPage();
    await page.goto(`${server.origin}/fixtures/hostile/big.html`);
    // As a content script would (document_idle): after the page's first frame.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100))));
    const r = await page.evaluate(async () => {
      const { createPageAnnotator } = await import('/web/lib/page.js');
      const { createPanel } = await import('/web/lib/panel.js');
      const { buildModel } = await import('/web/lib/model.js');
      let sent = null;
      const annotate = async (texts) => { sent = texts; return { schema: 1, blocks: texts.length, entities: [], actors: [], figures: [], claims: [] }; };
      const t0 = performance.now();
      const pa = createPageAnnotator({ annotate, budgetMs: 30, observe: false });
      await pa.run();
      const wall = performance.now() - t0;
      const snap = pa.snapshot();
      const div = document.createElement('div');
      const panel = createPanel(div);
      panel.update(buildModel(snap.doc, snap.texts), { truncated: snap.truncated });
      const stall = window.__page.maxGap(t0, t0 + pa.timing.detectMs);
      pa.stop();
      return { wall, timing: pa.timing, truncated: snap.truncated, line: div.querySelector('.truncated').textContent,
        sent: sent.length, last: sent[sent.length - 1], stall };
    });
    const t = r.truncated;
    assert.equal(t.reason, 'time');
    assert.equal(t.blocksTotal, null, 'the total is not known');
    // The walk's share of the budget (18 ms), one slice (50 ms), and what
    // follows the walk (scoring the blocks walked, the text map).
    assert.ok(t.elapsedMs <= 30 * 0.6 + 200, `stopped after ${Math.round(t.elapsedMs)} ms`);
    assert.equal(r.sent, t.blocksDone);
    assert.ok(t.blocksDone >= 2 && t.blocksDone < 10001, `${t.blocksDone} blocks`);
    assert.match(r.last, /million\.$/, 'the last block sent is complete');
    assert.match(r.line, /^Stopped after 0\.\d s: annotated the first [\d,]+ paragraphs \(the rest of the page was not read\)$/);
    assert.ok(r.stall < 400, `the walk ran in slices (longest stall ${Math.round(r.stall)} ms)`);
    rows.push({ page: 'big (library, budget 30 ms)', textNodes: 200000, walked: r.timing.nodes, blocks: r.timing.blocks, chars: r.timing.chars,
      spans: 0, 'done ms': Math.round(r.wall), 'work ms': Math.round(r.timing.detectMs), 'stall ms': Math.round(r.stall),
      truncated: `${t.reason}: ${t.blocksDone}/?` });
    await page.close();
  } finally {
    await b.close();
  }
});

test('page library: the fallback (no Highlight API) ignores its own DOM changes', async () => {
  const b = await launch();
  try {
    const page = await b.context.newPage();
    await page.goto(`${server.origin}/fixtures/hostile/markup.html`);
    const r = await page.evaluate(async () => {
      const { createPageAnnotator } = await import('/web/lib/page.js');
      // One span per block: its first word.
      const annotate = async (texts) => ({ schema: 1, blocks: texts.length, entities: [], figures: [], claims: [],
        actors: texts.map((t, block) => ({ block, start: 0, end: t.indexOf(' '), type: 'group' })) });
      const pa = createPageAnnotator({ annotate, useFallback: true, debounceMs: 100 });
      await pa.run();
      const marks = document.querySelectorAll('newsann-mark').length;
      await new Promise((res) => setTimeout(res, 1500));
      const text = document.querySelector('article').textContent;
      const runs = pa.runs;
      pa.stop();
      return { marks, runs, same: text === document.querySelector('article').textContent, left: document.querySelectorAll('newsann-mark').length,
        pwned: window.__pwned };
    });
    assert.equal(r.marks, 6);
    assert.equal(r.runs, 1, 'no re-run from its own <newsann-mark> changes');
    assert.equal(r.left, 0);
    assert.equal(r.same, true);
    assert.equal(r.pwned, undefined);
    await page.close();
  } finally {
    await b.close();
  }
});
