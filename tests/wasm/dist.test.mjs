// The built JavaScript distributions (wasm/assemble.mjs) as files: what
// minification may not do to them.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";

import { distDir } from "./paths.mjs";

const builds = ["newsann.mjs", "newsann.single.mjs", "newsann.single.js"];

test("no build names a Node built-in in a literal import() a browser bundler would try to resolve", () => {
  for (const f of builds) {
    const src = readFileSync(join(distDir, f), "utf8");
    assert.ok(!/import\(\s*["'`]node:/.test(src), `${f}: a literal import("node:...")`);
    assert.ok(!/\brequire\(\s*["'`]/.test(src), `${f}: a literal require()`);
    // The computed specifier is still there (api.js newsannFetchBytes).
    assert.ok(src.includes("node:fs/promises"), `${f}: the Node file reader is gone`);
  }
});

test("every build is printable ASCII and starts with its readable banner", () => {
  for (const f of builds) {
    const src = readFileSync(join(distDir, f), "utf8");
    assert.ok(/^[\x20-\x7e\n]*$/.test(src), `${f} is not printable ASCII (a page's charset could garble it)`);
    assert.match(src, /^\/\/ newsann \d+\.\d+\.\d+: the news annotator, /, f);
    assert.ok(src.includes("createAnnotator"), `${f}: the API's name was mangled away`);
  }
});
