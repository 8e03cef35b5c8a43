#!/usr/bin/env node
// Builds the offline site into build/site/:
//
//   node web/site/build.mjs [--out DIR] [--annotator DIR]
//
//   index.html, style.css, favicon.svg   the page (its CSP allows only its own files)
//   app.js                   app.js + importer/render + web/lib, one classic script
//   newsann.single.js        the annotator with the wasm inside (classic script)
//   sw.js                    the service worker: offline after the first visit
//
// The same build works over http (npm start serves it) and opened from
// file:// (no module scripts, no separate .wasm to fetch: the two things a
// file:// page cannot do). The example article is bundled in as text.
import esbuild from 'esbuild';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');

function option(argv, name, dflt) { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : dflt; }

export async function buildSite({ out = path.join(repo, 'build/site'), annotatorDir = path.join(repo, 'build/wasm/dist') } = {}) {
  const single = path.join(annotatorDir, 'newsann.single.js');
  if (!fs.existsSync(single)) throw new Error(`${single} is missing: build the WebAssembly module first (bash scripts/build.sh wasm)`);
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  await esbuild.build({
    entryPoints: [path.join(here, 'app.js')], outfile: path.join(out, 'app.js'),
    bundle: true, format: 'iife', target: 'chrome116', minify: true, legalComments: 'none', logLevel: 'warning',
    loader: { '.txt': 'text' },
  });
  fs.copyFileSync(single, path.join(out, 'newsann.single.js'));
  for (const f of ['index.html', 'style.css', 'favicon.svg']) fs.copyFileSync(path.join(here, f), path.join(out, f));
  // The service worker caches every file; its cache is named by their hash.
  const files = ['index.html', 'style.css', 'favicon.svg', 'app.js', 'newsann.single.js'];
  const hash = crypto.createHash('sha256');
  for (const f of files) hash.update(fs.readFileSync(path.join(out, f)));
  const version = hash.digest('hex').slice(0, 16);
  const sw = fs.readFileSync(path.join(here, 'sw.js'), 'utf8')
    .replace('__VERSION__', version).replace('__FILES__', JSON.stringify(['./', ...files.map((f) => `./${f}`)]));
  fs.writeFileSync(path.join(out, 'sw.js'), sw);
  return { out, version };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const out = path.resolve(option(argv, '--out', path.join(repo, 'build/site')));
  const annotatorDir = path.resolve(option(argv, '--annotator', path.join(repo, 'build/wasm/dist')));
  buildSite({ out, annotatorDir }).then(({ out: dir }) => console.log(`site built in ${path.relative(process.cwd(), dir) || dir}`),
    (e) => { console.error(`site build: ${e.message}`); process.exit(1); });
}
