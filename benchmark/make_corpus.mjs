// Builds the benchmark corpus: real article texts from ../shared/corpus
// (PolNeAR article texts, the scrapinghub AEB human-written bodies,
// newspaper4k texts), one JSONL line {"id", "text"} per article, repeated in
// the same order until it holds at least 10 MiB (the distinct texts come to
// about 5 MiB). Deterministic: every benchmark (native, wasm, JS libraries)
// reads the same file.
//
//   node benchmark/make_corpus.mjs [OUT]     default OUT: build/bench/corpus.jsonl
//
// Tests and benchmarks may read ../shared; the product never does.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shared = path.resolve(root, '..', 'shared', 'corpus');
const out = process.argv[2] || path.join(root, 'build', 'bench', 'corpus.jsonl');
const MIN_BYTES = 10 * 1024 * 1024;

export function articleTexts() {
  const texts = [];
  for (const split of ['train', 'dev']) {
    const dir = path.join(shared, 'polnear', 'data', split, 'text');
    for (const f of fs.readdirSync(dir).sort()) {
      texts.push({ id: `polnear/${split}/${f}`, text: fs.readFileSync(path.join(dir, f), 'utf8') });
    }
  }
  const aeb = JSON.parse(fs.readFileSync(path.join(shared, 'scrapinghub-aeb', 'ground-truth-news.json'), 'utf8'));
  for (const key of Object.keys(aeb).sort()) {
    const body = aeb[key].articleBody;
    if (body) texts.push({ id: `aeb/${key}`, text: body });
  }
  const n4k = path.join(shared, 'newspaper4k-news', 'txt');
  for (const f of fs.readdirSync(n4k).sort()) {
    texts.push({ id: `newspaper4k/${f}`, text: fs.readFileSync(path.join(n4k, f), 'utf8') });
  }
  return texts;
}

export function buildCorpus(file = out) {
  const texts = articleTexts();
  const distinct = texts.reduce((n, t) => n + Buffer.byteLength(t.text), 0);
  const lines = [];
  let bytes = 0;
  for (let pass = 0; bytes < MIN_BYTES; ++pass) {
    for (const t of texts) {
      lines.push(JSON.stringify({ id: pass ? `${t.id}#${pass}` : t.id, text: t.text }));
      bytes += Buffer.byteLength(t.text);
    }
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return { file, articles: lines.length, bytes, distinctArticles: texts.length, distinctBytes: distinct };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const r = buildCorpus();
  console.log(`${r.file}: ${r.articles} articles, ${(r.bytes / 1048576).toFixed(1)} MiB ` +
              `(${r.distinctArticles} distinct articles, ${(r.distinctBytes / 1048576).toFixed(1)} MiB)`);
}
