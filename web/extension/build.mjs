#!/usr/bin/env node
// Builds the unpacked extension into build/extension (load it with
// chrome://extensions > Load unpacked, or --load-extension).
//
//   node web/extension/build.mjs [--out DIR] [--annotator DIR] [--grant-host PATTERN]
//
// Content scripts are classic scripts, so esbuild bundles content.js (with
// web/lib) into one IIFE; the side panel and options pages are bundled the
// same way. The service worker is an ES module that imports the
// annotator's ES module build (build/wasm/dist: newsann.mjs + newsann.wasm,
// made by scripts/build.sh wasm), copied beside it. Nothing is fetched: the
// wasm is a file of the extension.
//
// --grant-host adds host_permissions (the browser tests: a reader who granted
// the test server's host).
import esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const argv = process.argv.slice(2);
const opt = (name, dflt) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : dflt; };
const out = path.resolve(opt('--out', path.join(repo, 'build/extension')));
const annotatorDir = path.resolve(opt('--annotator', path.join(repo, 'build/wasm/dist')));
const grantHost = opt('--grant-host', null);

export async function build() {
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(path.join(out, 'annotator'), { recursive: true });
  for (const f of ['newsann.mjs', 'newsann.wasm']) {
    const src = path.join(annotatorDir, f);
    if (!fs.existsSync(src)) throw new Error(`${src} is missing: build the WebAssembly module first (bash scripts/build.sh wasm)`);
    fs.copyFileSync(src, path.join(out, 'annotator', f));
  }
  const common = { bundle: true, target: 'chrome116', legalComments: 'none', logLevel: 'warning' };
  // The content script notes when it starts running, before its modules'
  // own set-up (the benchmark measures from there).
  await esbuild.build({ ...common, entryPoints: { content: path.join(here, 'content.js') }, format: 'iife', outdir: out,
    banner: { js: 'globalThis.__newsannScriptStart = performance.now();' } });
  await esbuild.build({ ...common, entryPoints: { sidepanel: path.join(here, 'sidepanel.js'),
    options: path.join(here, 'options.js') }, format: 'iife', outdir: out });
  await esbuild.build({ ...common, entryPoints: { background: path.join(here, 'background.js') }, format: 'esm',
    outdir: out, external: ['./annotator/newsann.mjs'] });
  for (const f of ['sidepanel.html', 'options.html']) fs.copyFileSync(path.join(here, f), path.join(out, f));
  const manifest = JSON.parse(fs.readFileSync(path.join(here, 'manifest.json'), 'utf8'));
  if (grantHost) manifest.host_permissions = [grantHost];
  fs.writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  build().then((dir) => console.log(`extension built in ${path.relative(process.cwd(), dir) || dir}`),
    (e) => { console.error(`build.mjs: ${e.message}`); process.exit(1); });
}
