// The built site in Chromium, over http (web/site/serve.mjs, the server
// `npm start` runs) or from file://, with every request, CSP violation,
// dialog and error watched.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createStaticServer, listen } from '../../../web/site/serve.mjs';

export const fixtures = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../fixtures');
export const fixture = (name) => fs.readFileSync(path.join(fixtures, name));

export async function serveSite(dir) {
  const server = createStaticServer(dir);
  const { url } = await listen(server, { port: 0 });
  return { url, server, close: () => new Promise((r) => { server.closeAllConnections(); server.close(r); }) };
}

export const fileUrl = (dir) => pathToFileURL(path.join(dir, 'index.html')).href;

// A copy of the build whose index.html has no Content-Security-Policy: the
// hostile-file tests run there too, to show the import itself (not the
// policy) keeps everything inert.
export function withoutCsp(dir, out) {
  fs.cpSync(dir, out, { recursive: true });
  const index = path.join(out, 'index.html');
  const html = fs.readFileSync(index, 'utf8');
  const stripped = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\n?/, '');
  if (stripped === html) throw new Error('no CSP meta in index.html');
  fs.writeFileSync(index, stripped);
  return out;
}

// Everything the page does that the site must not: requests (the page's,
// and through CDP any the renderer starts), CSP violations, dialogs,
// exceptions, console errors.
export async function openSite(context, url) {
  const page = await context.newPage();
  const w = { page, requests: [], cdpRequests: [], dialogs: [], errors: [], console: [] };
  page.on('request', (r) => w.requests.push(r.url()));
  page.on('dialog', (d) => { w.dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  page.on('pageerror', (e) => w.errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') w.console.push(m.text()); });
  const cdp = await context.newCDPSession(page);
  cdp.on('Network.requestWillBeSent', ({ request }) => w.cdpRequests.push(request.url));
  await cdp.send('Network.enable');
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(url);
  await waitAnnotated(page, 0);
  // Requests from here on are the reader's actions'.
  w.mark = () => ({ requests: w.requests.length, cdpRequests: w.cdpRequests.length });
  w.since = (m) => [...w.requests.slice(m.requests), ...w.cdpRequests.slice(m.cdpRequests)];
  return w;
}

// Waits for an article newer than generation `after` to be done; returns its state.
export async function waitAnnotated(page, after) {
  await page.waitForFunction((g) => Number(document.body.dataset.generation || 0) > g &&
    ['annotated', 'error', 'empty'].includes(document.body.dataset.state), after, { timeout: 30000 });
  return page.evaluate(() => ({ state: document.body.dataset.state, generation: Number(document.body.dataset.generation),
    status: document.getElementById('status').textContent }));
}

export const generation = (page) => page.evaluate(() => Number(document.body.dataset.generation || 0));

// What the reader sees and what is highlighted.
export function readerState(page) {
  return page.evaluate(() => {
    const reader = document.getElementById('reader');
    const hl = {};
    for (const [name, h] of CSS.highlights) hl[name] = [...h].map((r) => r.toString().replace(/\s+/g, ' '));
    return {
      tags: [...reader.querySelectorAll('*')].map((e) => e.localName),
      attributes: [...reader.querySelectorAll('*')].reduce((n, e) => n + e.attributes.length, 0),
      h1: reader.querySelector('h1') && reader.querySelector('h1').textContent,
      text: reader.innerText,
      blocks: [...reader.querySelectorAll('h1, h2, p, li, blockquote, pre')].map((e) => e.textContent),
      summary: document.querySelector('#panel .summary') && document.querySelector('#panel .summary').textContent,
      claims: document.querySelectorAll('#panel .claims li').length,
      hl,
      date: document.getElementById('date').value,
      pwned: window.__pwned,
      violations: window.__violations,
    };
  });
}

// A File dropped on the page, as a reader's drag from the desktop delivers it.
export async function dropFile(page, name, mime, bytes) {
  const dt = await page.evaluateHandle(({ name, mime, data }) => {
    const t = new DataTransfer();
    t.items.add(new File([new Uint8Array(data)], name, { type: mime }));
    return t;
  }, { name, mime, data: [...bytes] });
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: dt });
  const overlay = await page.evaluate(() => !document.getElementById('drop').hidden);
  await page.dispatchEvent('main', 'drop', { dataTransfer: dt });
  return overlay;
}

// Data (text/plain or text/html) dropped, as dragged from another page.
export async function dropData(page, type, data) {
  const dt = await page.evaluateHandle(({ type, data }) => { const t = new DataTransfer(); t.setData(type, data); return t; }, { type, data });
  await page.dispatchEvent('main', 'drop', { dataTransfer: dt });
}

// A paste on the page (not in the text box), as Ctrl+V with a clipboard.
export async function pasteClipboard(page, data) {
  await page.evaluate((data) => {
    const dt = new DataTransfer();
    for (const [type, value] of Object.entries(data)) dt.setData(type, value);
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, data);
}
