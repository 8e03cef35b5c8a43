// The widget tests' host server, on 127.0.0.1: the demo host pages with a
// strict Content-Security-Policy header, and the widget package as a site
// would serve it.
//
//   /host/<file>      tests/site/fixtures (HTML with the CSP below; ?csp= replaces it)
//   /widget/<path>    the built widget package (dist/newsann-widget.js, dist/newsann.wasm)
//   /csp-report       POSTed violation reports, kept in `reports`
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const fixtures = path.resolve(here, '../fixtures');

// What the widget README asks of a host page's CSP ('wasm-unsafe-eval',
// connect-src for the .wasm), and nothing else: no inline script or style,
// Trusted Types enforced, everything else 'none'.
export const STRICT_CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; " +
  "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; " +
  "require-trusted-types-for 'script'; trusted-types 'none'; report-uri /csp-report";
// The same without 'wasm-unsafe-eval': the widget must say why it cannot run.
export const NO_WASM_CSP = STRICT_CSP.replace(" 'wasm-unsafe-eval'", '');

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json', '.ts': 'text/plain' };

export async function startHostServer(widgetDir) {
  const served = [];
  const reports = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    served.push(url.pathname);
    if (url.pathname === '/csp-report' && req.method === 'POST') {
      let body = '';
      req.on('data', (c) => { body += c; });
      req.on('end', () => { reports.push(body); res.writeHead(204); res.end(); });
      return;
    }
    let base = null, rel = null;
    if (url.pathname.startsWith('/host/')) { base = fixtures; rel = url.pathname.slice(6); }
    if (url.pathname.startsWith('/widget/')) { base = widgetDir; rel = url.pathname.slice(8); }
    const file = base && path.resolve(base, decodeURIComponent(rel));
    if (!file || !file.startsWith(base + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    const headers = { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' };
    if (file.endsWith('.html')) headers['content-security-policy'] = url.searchParams.get('csp') ?? STRICT_CSP;
    res.writeHead(200, headers);
    res.end(fs.readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, served, reports, close: () => new Promise((r) => server.close(r)) };
}
