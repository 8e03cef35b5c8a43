#!/usr/bin/env node
// Measures main-content detection (web/lib/content.js) in Chromium against
// the ground truth of ../shared/corpus: token precision, recall and F1 per
// page (bags of lower-cased words) and the median per set.
//
//   node scripts/content-eval.mjs [--set scrapinghub-aeb] [--show N] [--min-f1 0.9] [--id ID]
//
// Sets with full body text: scrapinghub-aeb (human), readability-news
// (expected HTML), newspaper4k-news (expected text). --min-f1 makes the exit
// status 1 when a set's median is below it.
import esbuild from 'esbuild';
import path from 'node:path';
import { listPages, truthHtml, tokenF1, median, repoRoot } from '../tests/browser/support/corpus.mjs';
import { startServer } from '../tests/browser/support/server.mjs';
import { launch } from '../tests/browser/support/launch.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const sets = opt('--set', 'scrapinghub-aeb,readability-news,newspaper4k-news').split(',');
const show = Number(opt('--show', '0'));
const minF1 = opt('--min-f1', null);
const onlyId = opt('--id', null);

const bundle = (await esbuild.build({
  stdin: { contents: `import { findArticle, findPublicationDate } from './content.js';
    import { blockText } from './textmap.js';
    globalThis.__newsannEval = () => {
      const t0 = performance.now();
      const a = findArticle(document);
      const ms = performance.now() - t0;
      const texts = a.blocks.map(blockText);
      return { ms, title: texts.slice(0, a.titleBlocks).join(' '), body: texts.slice(a.titleBlocks).join('\\n'),
               date: findPublicationDate(document), blocks: texts.length };
    };`, resolveDir: path.join(repoRoot, 'web/lib') },
  bundle: true, format: 'iife', write: false,
})).outputFiles[0].text;

let pages = listPages(sets).filter((p) => ['text', 'html'].includes(p.truth.kind));
if (onlyId) pages = pages.filter((p) => p.id.startsWith(onlyId));
const server = await startServer(pages);
const { context, close } = await launch();
const results = [];
const work = [...pages];
async function worker() {
  const page = await context.newPage();
  for (let p; (p = work.shift());) {
    try {
      await page.goto(server.urlOf(p), { waitUntil: 'load', timeout: 30000 });
      await page.evaluate(bundle);
      const r = await page.evaluate(() => globalThis.__newsannEval());
      const truth = p.truth.kind === 'text' ? p.truth.text : await page.evaluate(
        (html) => new DOMParser().parseFromString(html, 'text/html').body.textContent, truthHtml(p));
      results.push({ set: p.set, id: p.id, ...tokenF1(r.body, truth), ms: r.ms, r, truth });
    } catch (e) {
      results.push({ set: p.set, id: p.id, precision: 0, recall: 0, f1: 0, ms: 0, error: String(e).slice(0, 200) });
    }
  }
  await page.close();
}
await Promise.all([worker(), worker()]);
await close();
await server.close();

let failed = false;
const f = (x) => x.toFixed(3);
for (const set of sets) {
  const rs = results.filter((r) => r.set === set).sort((a, b) => a.f1 - b.f1);
  if (!rs.length) continue;
  console.log(`\n== ${set}: ${rs.length} pages`);
  console.log('precision recall f1     ms  page');
  for (const r of rs) {
    console.log(`${f(r.precision)}     ${f(r.recall)}  ${f(r.f1)} ${String(Math.round(r.ms)).padStart(4)}  ${r.id.slice(0, 40)}${r.error ? '  ERROR ' + r.error : ''}`);
  }
  const m = median(rs.map((r) => r.f1));
  console.log(`${set}: median precision ${f(median(rs.map((r) => r.precision)))} recall ${f(median(rs.map((r) => r.recall)))} F1 ${f(m)}; mean F1 ${f(rs.reduce((s, r) => s + r.f1, 0) / rs.length)}; detection ms median ${median(rs.map((r) => r.ms)).toFixed(1)}`);
  if (minF1 !== null && m < Number(minF1)) failed = true;
  for (const r of rs.slice(0, show)) {
    console.log(`\n--- ${r.id} f1 ${f(r.f1)} title: ${r.r?.title}\nPRED: ${r.r?.body.slice(0, 600)}\nTRUTH: ${r.truth?.slice(0, 600)}`);
  }
}
process.exit(failed ? 1 : 0);
