#!/usr/bin/env node
// A small static file server for the built site (npm start), on 127.0.0.1
// only. No dependencies.
//
//   node web/site/serve.mjs [--dir build/site] [--port 8080] [--host 127.0.0.1]
//
// Port: --port or $PORT (default 8080); when taken, the next free one.
// Files are sent with their type, `Cache-Control: no-cache` (the service
// worker does the offline caching), nosniff, and gzip when the browser
// accepts it. Nothing outside --dir is served; directories serve their
// index.html.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8', '.md': 'text/markdown; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ico': 'image/x-icon', '.ts': 'text/plain; charset=utf-8', '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = /^(text\/|application\/(json|wasm|manifest)|image\/svg)/;

// Resolves a URL path inside root, or null (outside it, or missing).
export function resolveFile(root, urlPath) {
  let rel;
  try {
    rel = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  if (rel.includes('\0')) return null;
  let file = path.resolve(root, `.${path.posix.normalize(`/${rel}`)}`);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  try {
    if (fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    return fs.statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

export function createStaticServer(dir, { log = () => {} } = {}) {
  const root = path.resolve(dir);
  const gz = new Map();  // file -> {mtime, bytes}
  return http.createServer((req, res) => {
    const headers = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'cache-control': 'no-cache' };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headers, allow: 'GET, HEAD', 'content-type': 'text/plain' });
      res.end('method not allowed\n');
      return;
    }
    const url = new URL(req.url, 'http://127.0.0.1');
    const file = resolveFile(root, url.pathname);
    if (!file) {
      log(`404 ${url.pathname}`);
      res.writeHead(404, { ...headers, 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found\n');
      return;
    }
    // A directory without its trailing slash: relative URLs need it.
    if (!url.pathname.endsWith('/') && path.basename(file) === 'index.html' && !url.pathname.endsWith('index.html')) {
      res.writeHead(301, { ...headers, location: `${url.pathname}/${url.search}` });
      res.end();
      return;
    }
    const type = TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
    const stat = fs.statSync(file);
    let body = fs.readFileSync(file);
    headers['content-type'] = type;
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] || '') && body.length > 1024) {
      let cached = gz.get(file);
      if (!cached || cached.mtime !== stat.mtimeMs) gz.set(file, (cached = { mtime: stat.mtimeMs, bytes: zlib.gzipSync(body) }));
      body = cached.bytes;
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    headers['content-length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
}

// Listens on host:port, or the next free port (up to 20 tries); resolves
// with {server, url}.
export async function listen(server, { host = '127.0.0.1', port = 8080, tries = 20 } = {}) {
  for (let i = 0; ; i++) {
    const p = port === 0 ? 0 : port + i;
    try {
      await new Promise((resolve, reject) => {
        const onError = (e) => { server.off('listening', onListening); reject(e); };
        const onListening = () => { server.off('error', onError); resolve(); };
        server.once('error', onError);
        server.once('listening', onListening);
        server.listen(p, host);
      });
      return { server, url: `http://${host}:${server.address().port}/` };
    } catch (e) {
      if (e.code !== 'EADDRINUSE' || i + 1 >= tries || port === 0) throw e;
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const opt = (name, dflt) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : dflt; };
  const here = path.dirname(fileURLToPath(import.meta.url));
  const dir = path.resolve(opt('--dir', path.resolve(here, '../../build/site')));
  const host = opt('--host', '127.0.0.1');
  const port = Number(opt('--port', process.env.PORT || 8080));
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    console.error(`serve: ${dir}/index.html is missing: build the site first (node web/site/build.mjs)`);
    process.exit(1);
  }
  const server = createStaticServer(dir, { log: (m) => { if (process.env.NEWSANN_SERVE_LOG) console.log(m); } });
  listen(server, { host, port }).then(({ url }) => {
    console.log(`newsann site: ${url}`);
    console.log(`  (the same files from disk, no server: file://${path.join(dir, 'index.html')})`);
    if (process.env.NEWSANN_EXTENSION_DIR) {
      console.log(`  unpacked extension: ${process.env.NEWSANN_EXTENSION_DIR} (chrome://extensions > Developer mode > Load unpacked)`);
    }
    console.log('Ctrl-C stops the server.');
  }, (e) => { console.error(`serve: ${e.message}`); process.exit(1); });
  const stop = () => { server.close(); process.exit(0); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
