// The test server: serves the corpus pages, the repository's web/ files and
// the test fixtures from 127.0.0.1 only.
//
//   /corpus/<set>/<id>        a saved page (gunzipped), with a CSP that keeps
//                             the page's own scripts from running, so every
//                             DOM change and request comes from the extension
//   /web/<path>               web/ of this repository (ES modules, pages)
//   /fixtures/<path>          tests/browser/fixtures
// A `csp` query parameter replaces the page's Content-Security-Policy header.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot, pageBytes } from './corpus.mjs';

const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.html': 'text/html; charset=utf-8',
  '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm', '.png': 'image/png',
  '.svg': 'image/svg+xml', '.txt': 'text/plain; charset=utf-8' };

function isUtf8(bytes) {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export const CORPUS_CSP = "script-src 'none'; object-src 'none'";

export async function startServer(pages = []) {
  const byPath = new Map(pages.map((p) => [`/corpus/${p.set}/${p.id}`, p]));
  const served = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    served.push(url.pathname);
    const csp = url.searchParams.get('csp');
    const send = (status, type, body, headers = {}) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
      res.end(body);
    };
    try {
      if (url.pathname.startsWith('/corpus/')) {
        const page = byPath.get(url.pathname);
        if (!page) return send(404, 'text/plain', 'not found');
        // The saved pages lost their HTTP headers. Bytes that are valid UTF-8
        // are declared so, as their server would have; others are left to the
        // page's own <meta charset> (or the browser's default).
        const bytes = pageBytes(page);
        return send(200, isUtf8(bytes) ? 'text/html; charset=utf-8' : 'text/html', bytes,
          { 'content-security-policy': csp ?? CORPUS_CSP });
      }
      let base = null, rel = null;
      if (url.pathname.startsWith('/web/')) { base = path.join(repoRoot, 'web'); rel = url.pathname.slice(5); }
      if (url.pathname.startsWith('/fixtures/')) {
        base = path.join(repoRoot, 'tests/browser/fixtures'); rel = url.pathname.slice(10);
      }
      if (base) {
        const file = path.resolve(base, decodeURIComponent(rel));
        if (!file.startsWith(base + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
          return send(404, 'text/plain', 'not found');
        }
        const headers = csp ? { 'content-security-policy': csp } : {};
        return send(200, TYPES[path.extname(file)] || 'application/octet-stream', fs.readFileSync(file), headers);
      }
      return send(404, 'text/plain', 'not found');
    } catch (e) {
      return send(500, 'text/plain', String(e));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, served, close: () => new Promise((r) => server.close(r)),
    urlOf: (page) => `${origin}/corpus/${page.set}/${page.id}` };
}
