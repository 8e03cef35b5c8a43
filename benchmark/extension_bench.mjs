#!/usr/bin/env node
// Benchmark: time from the content script's start to highlights painted,
// per corpus page, with a warm and with a cold service worker.
//
//   node benchmark/extension_bench.mjs [--pages N] [--sets a,b] [--repeat N] [--json FILE] [--interleave]
//
// Each page is loaded with annotation off and left to settle (loaded, two
// frames), then the content script is injected as the toolbar button does
// (scripting.executeScript, issued from an extension page so that the
// service worker is not woken by the injection itself). Warm: the worker
// has annotated before. Cold: the worker was stopped first, so the content
// script's message starts it: module load, wasm compile and instantiation
// are in the measured time. "painted" is taken just after the first frame
// that shows the highlights (requestAnimationFrame, then a posted message).
// The start is the content script's entry code (timing.setupMs, the
// bundle's own set-up before it, is given as a stage).
//
// Stages of a warm run (content.js timing.at): setup, start (to run()),
// walk (detection), map (text map), send, prepare (highlight stylesheet and
// its restyle), wait (for the reply; its legs toWorker, inWorker, fromWorker
// from both sides' clocks), model (the spans), ranges, render (Highlight
// registration), frame (to the painted frame), end. BENCH_VERBOSE=1 lists
// the slowest pages stage by stage.
import fs from 'node:fs';
import path from 'node:path';
import { startServer } from '../tests/browser/support/server.mjs';
import { launchWithExtension, watchPage } from '../tests/browser/support/extension.mjs';
import { listPages, median, percentile, repoRoot } from '../tests/browser/support/corpus.mjs';

const argv = process.argv.slice(2);
const opt = (n, d) => { const i = argv.indexOf(n); return i >= 0 ? argv[i + 1] : d; };
const perSet = Number(opt('--pages', '20'));
// --repeat N: each page's warm time is the median of N runs (its stages are
// those of that run), so that a moment's stall of a shared machine does not
// stand for the page; the p95 is then that of the pages.
const repeat = Math.max(1, Number(opt('--repeat', '1')));
const sets = opt('--sets', 'readability-news,scrapinghub-aeb').split(',');
const jsonOut = opt('--json', path.join(repoRoot, 'artifacts/extension-bench.json'));

const pages = sets.flatMap((s) => listPages([s]).slice(0, perSet));
const server = await startServer(pages);
const ext = await launchWithExtension();
await ext.disableSite(server.origin);
const injector = await ext.context.newPage();
await injector.goto(`chrome-extension://${ext.id}/options.html`);
const page = await ext.context.newPage();
const w = await watchPage(ext, page);
let tabId = null;

async function measure(url, cold) {
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  if (tabId === null) tabId = await injector.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0].id, url);
  if (cold && !(await ext.stopWorker())) throw new Error('could not stop the service worker');
  await injector.evaluate((id) => chrome.scripting.executeScript({ target: { tabId: id }, files: ['content.js'] }), tabId);
  const s = await w.painted(30000);
  if (!s || !s.timing) throw new Error(`no result on ${url}`);
  return s.timing;
}

// Warm-up: the worker compiles the wasm once.
await measure(server.urlOf(pages[0]), false);
// The warm runs first, all of them, then the cold ones: a warm run just
// after a cold one would meet a worker whose wasm is still being compiled
// to optimised code in the background (on a two-core machine, that competes
// with the page). --interleave: warm and cold page by page, as before.
const interleave = argv.includes('--interleave');
const warmRuns = new Map(), coldRuns = new Map();
for (const p of pages) {
  const runs = [];
  for (let k = 0; k < repeat; k++) runs.push(await measure(server.urlOf(p), false));
  runs.sort((x, y) => x.painted - y.painted);
  warmRuns.set(p, runs[(runs.length - 1) >> 1]);
  if (interleave) coldRuns.set(p, await measure(server.urlOf(p), true));
}
if (!interleave) for (const p of pages) coldRuns.set(p, await measure(server.urlOf(p), true));
const rows = [];
for (const p of pages) {
  const warm = warmRuns.get(p), cold = coldRuns.get(p);
  rows.push({ set: p.set, id: p.id, chars: warm.chars, spans: warm.spans, warm: warm.painted, cold: cold.painted,
    detect: warm.detectMs, annotate: warm.annotateMs, annotateCold: cold.annotateMs, warmTiming: warm, coldTiming: cold });
  console.log(`${p.set.padEnd(22)} ${p.id.slice(0, 28).padEnd(28)} chars ${String(warm.chars).padStart(6)} spans ${String(warm.spans).padStart(4)}  warm ${warm.painted.toFixed(1).padStart(6)} ms (detect ${warm.detectMs.toFixed(1)}, annotate ${warm.annotateMs.toFixed(1)})  cold ${cold.painted.toFixed(1).padStart(6)} ms (annotate ${cold.annotateMs.toFixed(1)})`);
}
// Cold, as a reader meets it: the worker is stopped, the reader opens a page
// of a switched-on site; the worker wakes with the navigation and compiles
// the wasm while the page loads, and the registered content script runs at
// document_idle.
await ext.enableSite(server.origin);
for (const [i, p] of pages.entries()) {
  if (!(await ext.stopWorker())) throw new Error('could not stop the service worker');
  await page.goto(server.urlOf(p), { waitUntil: 'domcontentloaded' });
  const s = await w.painted(30000);
  rows[i].coldNav = s && s.timing ? s.timing.painted : NaN;
}
const f = (xs) => `median ${median(xs).toFixed(1)} ms, p95 ${percentile(xs, 0.95).toFixed(1)} ms`;
// The stages of one run (content.js timing.at, times from the content
// script's start; worker: the message's legs, from both sides' clocks).
function stages(t) {
  const a = t.at || {};
  const w = t.worker || {};
  return { setup: t.setupMs, start: t.runAt, walk: a.walked - a.start, map: a.mapped - a.walked, send: a.sent - a.mapped,
    prepare: a.prepared - a.sent, wait: a.replied - a.prepared, toWorker: w.toWorker, inWorker: w.inWorker,
    fromWorker: w.fromWorker, model: a.modelled - a.replied, ranges: a.ranged - a.modelled,
    render: a.rendered - a.ranged, frame: t.paintedAt - a.rendered, end: t.painted - t.paintedAt };
}
console.log(`\ncontent script start -> highlights painted, ${rows.length} pages` +
            (repeat > 1 ? ` (warm: each page's median of ${repeat} runs)` : ''));
console.log(`  warm service worker: ${f(rows.map((r) => r.warm))}`);
console.log(`  cold service worker: ${f(rows.map((r) => r.cold))}`);
console.log(`  cold service worker woken by the navigation (content script at document_idle): ${f(rows.map((r) => r.coldNav))}`);
console.log(`  of which detection + text map (warm): ${f(rows.map((r) => r.detect))}; annotate round trip (warm): ${f(rows.map((r) => r.annotate))}`);
const st = rows.map((r) => stages(r.warmTiming));
console.log('  warm stages (ms):');
for (const k of Object.keys(st[0])) {
  const xs = st.map((x) => x[k]).filter((x) => Number.isFinite(x));
  if (xs.length) console.log(`    ${k.padEnd(10)} median ${median(xs).toFixed(1).padStart(6)}  p95 ${percentile(xs, 0.95).toFixed(1).padStart(6)}  max ${Math.max(...xs).toFixed(1).padStart(6)}`);
}
if (process.env.BENCH_VERBOSE) {
  console.log('  slowest warm pages:');
  for (const r of [...rows].sort((x, y) => y.warm - x.warm).slice(0, 5)) {
    const s = stages(r.warmTiming);
    console.log(`    ${r.id.slice(0, 20).padEnd(20)} ${r.warm.toFixed(1).padStart(6)}: ${Object.entries(s).map(([k, v]) => `${k} ${Number(v).toFixed(1)}`).join(', ')}`);
  }
}
fs.mkdirSync(path.dirname(jsonOut), { recursive: true });
fs.writeFileSync(jsonOut, JSON.stringify(rows, null, 1));
await ext.close();
await server.close();
