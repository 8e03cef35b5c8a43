// The saved news pages of ../shared/corpus and their ground truth, for the
// browser tests and the main-content measurement. Tests may read ../shared;
// the product never does.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../../..');
export const corpusRoot = process.env.NEWSANN_CORPUS || path.resolve(repoRoot, '../shared/corpus');

const gunzip = (file) => zlib.gunzipSync(fs.readFileSync(file));
const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

// Every news page: {set, id, file, truth}. truth.kind says what is known:
// 'text' (full body text), 'html' (expected body as HTML), 'snippets'
// (must / must-not contain), 'first-words'.
export function listPages(sets = ['readability-news', 'scrapinghub-aeb', 'newspaper4k-news',
                                  'postlight-parser-news', 'trafilatura-eval-news']) {
  const pages = [];
  for (const set of sets) {
    const dir = path.join(corpusRoot, set);
    if (!fs.existsSync(dir)) continue;
    if (set === 'readability-news') {
      for (const name of fs.readdirSync(path.join(dir, 'pages')).sort()) {
        const p = path.join(dir, 'pages', name);
        pages.push({ set, id: name, file: path.join(p, 'source.html.gz'),
          truth: { kind: 'html', file: path.join(p, 'expected.html.gz') } });
      }
    } else if (set === 'scrapinghub-aeb') {
      const gt = readJson(path.join(dir, 'ground-truth-news.json'));
      for (const id of Object.keys(gt).sort()) {
        pages.push({ set, id, file: path.join(dir, 'html', `${id}.html.gz`),
          truth: { kind: 'text', text: gt[id].articleBody } });
      }
    } else if (set === 'newspaper4k-news') {
      for (const f of fs.readdirSync(path.join(dir, 'html')).sort()) {
        const id = f.replace(/\.html\.gz$/, '');
        const txt = path.join(dir, 'txt', `${id}.txt`);
        pages.push({ set, id, file: path.join(dir, 'html', f),
          truth: fs.existsSync(txt) ? { kind: 'text', text: fs.readFileSync(txt, 'utf8') } : { kind: 'none' } });
      }
    } else if (set === 'postlight-parser-news') {
      const exp = readJson(path.join(dir, 'expected.json'));
      for (const f of fs.readdirSync(path.join(dir, 'html')).sort()) {
        const id = f.replace(/\.html\.gz$/, '');
        const e = exp[id] || {};
        pages.push({ set, id, file: path.join(dir, 'html', f),
          truth: { kind: 'first-words', words: e.content_first_words || '', title: e.title || '' } });
      }
    } else if (set === 'trafilatura-eval-news') {
      const ev = readJson(path.join(dir, 'evaldata-news.json'));
      const byFile = new Map(Object.values(ev).map((e) => [path.basename(e.file).replace(/\.gz$/, ''), e]));
      for (const f of fs.readdirSync(path.join(dir, 'html')).sort()) {
        const id = f.replace(/\.html\.gz$/, '');
        const e = byFile.get(`${id}.html`) || byFile.get(id) || {};
        pages.push({ set, id, file: path.join(dir, 'html', f),
          truth: { kind: 'snippets', with: e.with || [], without: e.without || [] } });
      }
    }
  }
  return pages;
}

export function pageBytes(page) { return gunzip(page.file); }
export function truthHtml(page) { return gunzip(page.truth.file).toString('utf8'); }

// Token precision / recall / F1 over bags of lower-cased words.
export function tokens(s) { return (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) || []); }
export function tokenF1(predicted, truth) {
  const p = tokens(predicted), t = tokens(truth);
  const bag = new Map();
  for (const w of t) bag.set(w, (bag.get(w) || 0) + 1);
  let hit = 0;
  for (const w of p) {
    const n = bag.get(w);
    if (n) { hit++; bag.set(w, n - 1); }
  }
  const precision = p.length ? hit / p.length : (t.length ? 0 : 1);
  const recall = t.length ? hit / t.length : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export function median(xs) {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function percentile(xs, q) {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
}
