// engine: one annotator (the WebAssembly module) per page and wasm source,
// shared by every widget on it. The module is compiled once; annotation is
// synchronous and runs on the page's main thread (an article of 10,000
// words takes tens of milliseconds once warm).
//
// 'newsann-annotator' is the annotator's standard ES module build
// (build/wasm/dist/newsann.mjs), bundled in by build.mjs; it fetches
// newsann.wasm from beside the bundle unless options.wasm says where.
import { createAnnotator } from 'newsann-annotator';

const engines = new Map();  // wasm URL ('' = beside the script) -> Promise<annotator>

export function loadEngine(wasm = null, doc = document) {
  const key = wasm ? new URL(String(wasm), doc.baseURI).href : '';
  let p = engines.get(key);
  if (!p) {
    p = createAnnotator(key ? { wasm: key } : {});
    engines.set(key, p);
    p.catch(() => engines.delete(key));  // a later widget may try again
  }
  return p;
}

// A reader's sentence for a load failure. The usual one on a page with a
// Content-Security-Policy is WebAssembly being refused.
export function describeLoadError(e) {
  const msg = String(e && e.message || e);
  if (/wasm-unsafe-eval|wasm-eval|Content Security Policy|CompileError.*Refused/i.test(msg)) {
    return "newsann could not start: this page's Content-Security-Policy does not allow WebAssembly " +
      "(its script-src needs 'wasm-unsafe-eval').";
  }
  if (/fetch|NetworkError|Failed to load|404|wasm/i.test(msg)) {
    return `newsann could not load its WebAssembly module (newsann.wasm): ${msg}`;
  }
  return `newsann could not start: ${msg}`;
}
