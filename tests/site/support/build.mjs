// Builds the widget package and the site from the working tree into
// temporary folders (the tests run what the sources say, not a stale
// build/), from the WebAssembly build in build/wasm/dist (or
// $NEWSANN_ANNOTATOR).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWidget } from '../../../web/widget/build.mjs';
import { buildSite } from '../../../web/site/build.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../../..');
export const annotatorDir = path.resolve(process.env.NEWSANN_ANNOTATOR || path.join(repoRoot, 'build/wasm/dist'));

export function haveAnnotator() {
  return fs.existsSync(path.join(annotatorDir, 'newsann.mjs')) && fs.existsSync(path.join(annotatorDir, 'newsann.single.js'));
}

export async function buildWidgetTmp() {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'newsann-widget-'));
  await buildWidget({ out, annotatorDir });
  return out;
}

export async function buildSiteTmp() {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'newsann-site-'));
  await buildSite({ out, annotatorDir });
  return out;
}

export const removeDir = (dir) => { if (dir) fs.rmSync(dir, { recursive: true, force: true }); };
