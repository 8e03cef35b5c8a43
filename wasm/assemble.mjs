// Assembles the JavaScript distributions from one link's output: the
// Emscripten glue (newsann_glue.js + .wasm) and the API (web/annotator/api.js).
//
//   node assemble.mjs --glue build/wasm/wasm/newsann_glue.js --api-dir web/annotator --out build/wasm/dist
//
// Each distribution is: a prelude that says where the wasm bytes are, the
// glue, the API, and an epilogue that exports it. Standard: the .wasm beside
// the script (import.meta.url). Single-file: the bytes inside, packed by
// Zopfli as base64 text (packed_bytes.mjs), which the reader's browser
// unpacks into the .wasm bytes before it compiles them.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";

import { transformSync } from "esbuild";
import { minify as terserMinify } from "terser";

import { packBytes, unpackBytes } from "./packed_bytes.mjs";

// Every reader downloads the script: minified, behind a readable banner.
// Readable sources: web/annotator/api.js and the glue in build/wasm/wasm/.
// Two passes, both devDependencies:
//   - esbuild: whitespace and local names only, no syntax rewriting, which
//     would fold api.js's computed import("node:fs/promises") specifier
//     back into a literal that bundlers then try to resolve for the browser
//     (tests/wasm/dist.test.mjs checks that no build has one);
//   - terser: drops what nothing calls. The glue is Emscripten's whole
//     runtime (XHR loading, ccall, table growth, stack traces, ...), of
//     which the API, instantiating the module itself, uses a fraction:
//     8.1 -> 5.8 KB gzip.
const minify = async (code, format) => {
  const pass1 = transformSync(code, { minifyWhitespace: true, minifyIdentifiers: true, format, target: "es2022", legalComments: "none" }).code;
  const pass2 = await terserMinify(pass1, {
    module: format === "esm",
    ecma: 2020,
    compress: { passes: 2, toplevel: true, unused: true },
    mangle: { toplevel: true },
    format: { comments: false, ascii_only: true },  // ASCII: no page charset can garble it
  });
  return pass2.code + "\n";
};

function args() {
  const out = {};
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i += 2) out[argv[i].replace(/^--/, "")] = argv[i + 1];
  for (const need of ["glue", "api-dir", "out"]) {
    if (!out[need]) throw new Error(`assemble.mjs: --${need} is required`);
  }
  return out;
}

const { glue: gluePath, "api-dir": apiDir, out } = args();
// The glue ends with a UMD export of the raw factory (CommonJS, AMD):
// dropped, so that the API is all a build exports and a page with an AMD
// loader sees no anonymous define().
const umd = /\nif \(typeof exports === 'object' && typeof module === 'object'\)\n  module\.exports = NewsannModule;\n[\s\S]*$/;
const glueText = readFileSync(gluePath, "utf8");
if (!umd.test(glueText)) throw new Error("assemble.mjs: the glue's UMD epilogue was not found (Emscripten changed?)");
const glue = glueText.replace(umd, "\n");
const wasm = readFileSync(gluePath.replace(/\.js$/, ".wasm"));
const api = readFileSync(join(apiDir, "api.js"), "utf8");
const version = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version;
mkdirSync(out, { recursive: true });

const banner = (what) =>
  `// newsann ${version}: the news annotator, ${what}.\n` +
  "// API: createAnnotator() -> annotator.annotate(text, {date}) / annotateBlocks(blocks, {date}).\n" +
  "// Types: newsann.d.ts. Built from web/annotator/api.js and wasm/ (Emscripten glue below).\n";

const urlPrelude = 'const newsannWasmSource = () => new URL("newsann.wasm", import.meta.url);\n';
// The single-file builds' source is a promise of the bytes (api.js awaits it).
const bytesPrelude =
  `const newsannWasmSource = () => newsannUnpackBytes(newsannWasmText, ${wasm.length});\n` +
  unpackBytes.toString().replace(/^async function unpackBytes/, "async function newsannUnpackBytes") + "\n" +
  `const newsannWasmText = "${await packBytes(wasm)}";\n`;
const esmExports = "export { createAnnotator, SCHEMA_VERSION };\n";

// Standard build: ES module + .wasm.
writeFileSync(join(out, "newsann.mjs"),
  banner("ES module; loads newsann.wasm from beside it") + await minify(urlPrelude + glue + "\n" + api + "\n" + esmExports, "esm"));
copyFileSync(gluePath.replace(/\.js$/, ".wasm"), join(out, "newsann.wasm"));

// Single file, ES module.
writeFileSync(join(out, "newsann.single.mjs"),
  banner("single-file ES module") + await minify(bytesPrelude + glue + "\n" + api + "\n" + esmExports, "esm"));

// Single file, classic script: everything inside a function, one global.
writeFileSync(join(out, "newsann.single.js"),
  banner("single-file classic script; defines the global `newsann`") + await minify(
  "(function (root) {\n\"use strict\";\n" + bytesPrelude + glue + "\n" + api + "\n" +
  "const api = Object.freeze({ createAnnotator, SCHEMA_VERSION });\n" +
  "root.newsann = api;\n" +
  'if (typeof module === "object" && module) module.exports = api;\n' +
  "})(typeof globalThis !== \"undefined\" ? globalThis : self);\n", undefined));

copyFileSync(join(apiDir, "newsann.d.ts"), join(out, "newsann.d.ts"));
console.log(`assemble.mjs: ${basename(out)}/ newsann.mjs, newsann.wasm, newsann.single.js, newsann.single.mjs, newsann.d.ts`);
