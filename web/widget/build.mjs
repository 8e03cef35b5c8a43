#!/usr/bin/env node
// Builds the widget's npm package into build/widget/ (then `npm pack` there,
// or publish it):
//
//   node web/widget/build.mjs [--out DIR] [--annotator DIR]
//
//   build/widget/package.json        this folder's, with "exports"
//   build/widget/README.md           usage, options, events, the CSP requirement
//   build/widget/newsann-widget.d.ts types (+ annotator.d.ts: the annotation document)
//   build/widget/dist/newsann-widget.js   one ES module: the custom element,
//                                         annotate(), web/lib and the annotator
//   build/widget/dist/newsann.wasm   the WebAssembly module it fetches from beside itself
//
// The annotator is build/wasm/dist/newsann.mjs (scripts/build.sh wasm),
// bundled in by esbuild (a devDependency); nothing is fetched at build time.
import esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');

function option(argv, name, dflt) { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : dflt; }

export async function buildWidget({ out = path.join(repo, 'build/widget'), annotatorDir = path.join(repo, 'build/wasm/dist') } = {}) {
  const mjs = path.join(annotatorDir, 'newsann.mjs');
  const wasm = path.join(annotatorDir, 'newsann.wasm');
  for (const f of [mjs, wasm]) {
    if (!fs.existsSync(f)) throw new Error(`${f} is missing: build the WebAssembly module first (bash scripts/build.sh wasm)`);
  }
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(path.join(out, 'dist'), { recursive: true });
  await esbuild.build({
    entryPoints: [path.join(here, 'src/index.js')], outfile: path.join(out, 'dist/newsann-widget.js'),
    bundle: true, format: 'esm', target: 'chrome116', minify: true, legalComments: 'none', logLevel: 'warning',
    alias: { 'newsann-annotator': mjs },
    banner: { js: '// newsann-widget: news annotations on your article. README.md; types newsann-widget.d.ts.' },
  });
  fs.copyFileSync(wasm, path.join(out, 'dist/newsann.wasm'));
  for (const f of ['package.json', 'README.md', 'newsann-widget.d.ts']) fs.copyFileSync(path.join(here, f), path.join(out, f));
  fs.copyFileSync(path.join(annotatorDir, 'newsann.d.ts'), path.join(out, 'annotator.d.ts'));
  const license = path.join(repo, 'LICENSE');
  if (fs.existsSync(license)) fs.copyFileSync(license, path.join(out, 'LICENSE'));
  return out;
}

// Bytes and gzip bytes of the files a host page loads.
export function widgetSize(out = path.join(repo, 'build/widget')) {
  const files = ['dist/newsann-widget.js', 'dist/newsann.wasm'];
  const sizes = {};
  for (const f of files) {
    const b = fs.readFileSync(path.join(out, f));
    sizes[f] = { raw: b.length, gzip: zlib.gzipSync(b, { level: 9 }).length };
  }
  return sizes;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const out = path.resolve(option(argv, '--out', path.join(repo, 'build/widget')));
  const annotatorDir = path.resolve(option(argv, '--annotator', path.join(repo, 'build/wasm/dist')));
  buildWidget({ out, annotatorDir }).then((dir) => {
    const s = widgetSize(dir);
    const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
    console.log(`widget package built in ${path.relative(process.cwd(), dir) || dir}: ` +
      Object.entries(s).map(([f, v]) => `${path.basename(f)} ${kb(v.raw)} (${kb(v.gzip)} gzip)`).join(', '));
  }, (e) => { console.error(`widget build: ${e.message}`); process.exit(1); });
}
