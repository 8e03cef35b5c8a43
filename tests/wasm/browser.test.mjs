// Smoke test in Chromium (Debian's, driven by playwright-core): the API
// loads and gives Node's answer in every place it must run:
//   - a page served over HTTP whose CSP allows no eval ('wasm-unsafe-eval' only),
//     with the standard build (ES module + .wasm);
//   - a module worker and a classic worker (importScripts, single-file build);
//   - a page opened from file:// with a classic <script> of the single-file build;
//   - an MV3 extension's module service worker under the extension CSP.
// Skipped when Chromium or playwright-core is not installed.
import assert from "node:assert/strict";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize } from "node:path";
import { after, before, describe, test } from "node:test";
import { pathToFileURL } from "node:url";

import { repoRoot } from "./corpus.mjs";
import { distDir } from "./paths.mjs";

const chromium = process.env.NEWSANN_CHROMIUM ?? "/usr/bin/chromium";
let playwright = null;
try {
  playwright = await import("playwright-core");
} catch {
  // not installed: skipped below
}
const skip = !existsSync(chromium) ? `no Chromium at ${chromium}` : !playwright ? "playwright-core not installed" : false;

const example = readFileSync(join(repoRoot, "examples/belarus-border.txt"), "utf8");
const { createAnnotator } = await import(join(distDir, "newsann.mjs"));
const expected = (await createAnnotator()).annotateJSON(example, { date: "2021-11-20" });

// What every environment runs: annotate the example, report the JSON.
const annotateScript = `
  const annotator = await createAnnotator();
  const text = ${JSON.stringify(example)};
  const json = annotator.annotateJSON(text, { date: "2021-11-20" });
  const bad = annotator.annotate(42).error.code;
  const after = annotator.annotateJSON(text, { date: "2021-11-20" }) === json;
  // Out of memory, then a fresh instance: at once where synchronous
  // instantiation is allowed, else on the next tick.
  const small = await createAnnotator({ maxMemory: 32 * 1024 * 1024 });
  const oom = small.annotate("a b c d e f g h. ".repeat(600000)).error.code;
  const rightAfter = small.annotate(text).error?.code ?? "ok";
  await new Promise((resolve) => setTimeout(resolve, 50));
  const recovered = small.annotateJSON(text, { date: "2021-11-20" }) === json;
  const result = { json, bad, after, oom, rightAfter, recovered };`;

const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'";
const files = {
  "/page.html": `<!doctype html><meta charset="utf-8"><title>page</title><script type="module" src="/page.mjs"></script>`,
  "/page.mjs": `import { createAnnotator } from "/dist/newsann.mjs";
${annotateScript}
window.pageResult = result;
const moduleWorker = new Worker("/worker.mjs", { type: "module" });
window.moduleWorkerResult = new Promise((resolve) => { moduleWorker.onmessage = (e) => resolve(e.data); });
const classicWorker = new Worker("/worker.js");
window.classicWorkerResult = new Promise((resolve) => { classicWorker.onmessage = (e) => resolve(e.data); });`,
  "/worker.mjs": `import { createAnnotator } from "/dist/newsann.mjs";
${annotateScript}
postMessage(result);`,
  "/worker.js": `importScripts("/dist/newsann.single.js");
(async () => { const { createAnnotator } = self.newsann;
${annotateScript}
postMessage(result); })();`,
};

const mime = { ".html": "text/html", ".mjs": "text/javascript", ".js": "text/javascript", ".wasm": "application/wasm" };
function serve() {
  return createServer((req, res) => {
    const path = new URL(req.url, "http://x").pathname;
    if (path === "/favicon.ico") {
      res.writeHead(204).end();
      return;
    }
    let body = files[path];
    if (body === undefined && path.startsWith("/dist/")) {
      const file = join(distDir, normalize(path.slice(6)).replace(/^(\.\.[/\\])+/, ""));
      if (existsSync(file)) body = readFileSync(file);
    }
    if (body === undefined) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": mime[extname(path)] ?? "application/octet-stream",
                         "content-security-policy": csp });
    res.end(body);
  });
}

describe("browser", { skip }, () => {
  let server, context, dir, origin, extensionDir;

  before(async () => {
    server = serve();
    await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${server.address().port}`;
    dir = mkdtempSync(join(tmpdir(), "newsann-browser-"));
    // The extension: a module service worker importing the standard build.
    extensionDir = join(dir, "extension");
    mkdirSync(extensionDir);
    for (const f of ["newsann.mjs", "newsann.wasm"]) copyFileSync(join(distDir, f), join(extensionDir, f));
    writeFileSync(join(extensionDir, "manifest.json"), JSON.stringify({
      manifest_version: 3, name: "newsann smoke test", version: "1.0",
      background: { service_worker: "sw.mjs", type: "module" },
      content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'" },
    }));
    writeFileSync(join(extensionDir, "sw.mjs"), `import { createAnnotator } from "./newsann.mjs";
globalThis.swResult = (async () => { ${annotateScript} return result; })();`);
    // The offline site: a classic script of the single-file build.
    const site = join(dir, "site");
    mkdirSync(site);
    copyFileSync(join(distDir, "newsann.single.js"), join(site, "newsann.single.js"));
    writeFileSync(join(site, "index.html"), `<!doctype html><meta charset="utf-8">
<script src="newsann.single.js"></script>
<script>window.fileResult = (async () => { const { createAnnotator } = newsann; ${annotateScript} return result; })();</script>`);

    context = await playwright.chromium.launchPersistentContext(join(dir, "profile"), {
      executablePath: chromium,
      headless: false,
      args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run",
             `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
    });
  });

  after(async () => {
    await context?.close();
    server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const check = (result, where) => {
    assert.equal(result.json, expected, `${where}: differs from Node`);
    assert.equal(result.bad, "invalid_argument", where);
    assert.equal(result.after, true, where);
    assert.equal(result.oom, "out_of_memory", where);
    assert.equal(result.recovered, true, where);
    // Chromium instantiates synchronously even on a page's main thread.
    assert.equal(result.rightAfter, "ok", where);
  };

  test("a page under a no-eval CSP, a module worker and a classic worker", async () => {
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.goto(`${origin}/page.html`);
    await page.waitForFunction(() => window.pageResult !== undefined, null, { timeout: 30_000 });
    check(await page.evaluate(() => window.pageResult), "page");
    check(await page.evaluate(() => window.moduleWorkerResult), "module worker");
    check(await page.evaluate(() => window.classicWorkerResult), "classic worker");
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("a page opened from file:// with the single-file build", async () => {
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(dir, "site/index.html")).href);
    check(await page.evaluate(() => window.fileResult), "file://");
    await page.close();
  });

  test("an MV3 extension's service worker", async () => {
    const worker = context.serviceWorkers()[0] ?? await context.waitForEvent("serviceworker", { timeout: 30_000 });
    check(await worker.evaluate(() => globalThis.swResult), "extension service worker");
  });
});
