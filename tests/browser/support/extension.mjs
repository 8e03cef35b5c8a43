// The extension under test: built with the test server's host granted,
// loaded unpacked into Chromium, with hooks to read the content script's
// state (its isolated world, through CDP) and to watch every request the
// page and the service worker make.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { repoRoot } from './corpus.mjs';
import { launch, extensionWorker } from './launch.mjs';

export function buildExtension() {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'newsann-ext-'));
  const args = [path.join(repoRoot, 'web/extension/build.mjs'), '--out', out, '--grant-host', 'http://127.0.0.1/*'];
  if (process.env.NEWSANN_ANNOTATOR) args.push('--annotator', process.env.NEWSANN_ANNOTATOR);
  execFileSync(process.execPath, args, { stdio: 'inherit' });
  return out;
}

export async function launchWithExtension() {
  const dir = buildExtension();
  const b = await launch({ extensionDir: dir });
  const sw = await extensionWorker(b.context);
  const id = new URL(sw.url()).host;
  const swErrors = [];
  sw.on('console', (m) => { if (m.type() === 'error') swErrors.push(m.text()); });
  b.context.on('serviceworker', (w) => w.on('console', (m) => { if (m.type() === 'error') swErrors.push(m.text()); }));
  // Every request of the service worker, through the browser's CDP session
  // (attached to each worker target as it appears: it restarts when stopped).
  const swRequests = [];
  const swExceptions = [];
  const browserCdp = await b.context.browser().newBrowserCDPSession();
  const attached = new Set();
  let msgId = 0;
  const isOurWorker = (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${id}/`);
  browserCdp.on('Target.receivedMessageFromTarget', ({ message }) => {
    const m = JSON.parse(message);
    if (m.method === 'Network.requestWillBeSent') swRequests.push({ url: m.params.request.url, type: m.params.type });
    if (m.method === 'Runtime.exceptionThrown') swExceptions.push(m.params.exceptionDetails.exception?.description || m.params.exceptionDetails.text);
  });
  const attach = async (t) => {
    if (!isOurWorker(t) || attached.has(t.targetId)) return;
    attached.add(t.targetId);
    const { sessionId } = await browserCdp.send('Target.attachToTarget', { targetId: t.targetId, flatten: false });
    for (const method of ['Network.enable', 'Runtime.enable']) {
      await browserCdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: ++msgId, method }) });
    }
  };
  browserCdp.on('Target.targetCreated', ({ targetInfo }) => { attach(targetInfo).catch(() => {}); });
  await browserCdp.send('Target.setDiscoverTargets', { discover: true });
  for (const t of (await browserCdp.send('Target.getTargets')).targetInfos) await attach(t).catch(() => {});
  return {
    ...b, dir, sw, id, swErrors, swRequests, swExceptions, browserCdp,
    async enableSite(origin) {
      await sw.evaluate((o) => globalThis.newsann.setSiteEnabled(o, true), origin);
    },
    async disableSite(origin) {
      await sw.evaluate((o) => globalThis.newsann.setSiteEnabled(o, false), origin);
    },
    // Stops the service worker: the next message starts it cold.
    async stopWorker() {
      const ours = async () => (await browserCdp.send('Target.getTargets')).targetInfos.filter(isOurWorker).map((t) => t.targetId);
      const closed = await ours();
      for (const targetId of closed) await browserCdp.send('Target.closeTarget', { targetId }).catch(() => {});
      // Stopped when the closed instances are gone (a new one may start at
      // once, for an event; it is then a fresh, cold instance).
      for (let i = 0; i < 20; i++) {
        const now = await ours();
        if (!now.some((t) => closed.includes(t))) return true;
        await new Promise((r) => setTimeout(r, 50));
      }
      // Still listed: an event restarted it under the same target, which is
      // a fresh instance all the same (its annotator not compiled).
      return closed.length > 0;
    },
  };
}

// A page watched through CDP: the extension's isolated world (to read
// globalThis.__newsann), exceptions in any world, and every request with its
// initiator.
export async function watchPage(ext, page) {
  const cdp = await page.context().newCDPSession(page);
  const worlds = new Map();  // frameId -> contextId of the extension's world
  const exceptions = [];
  const requests = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin === `chrome-extension://${ext.id}` && context.auxData) worlds.set(context.auxData.frameId, context.id);
  });
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
    exceptions.push(`${d.text} ${d.exception ? d.exception.description : ''} @ ${d.url || ''}:${d.lineNumber}`);
  });
  cdp.on('Network.requestWillBeSent', ({ request, initiator, type }) => {
    requests.push({ url: request.url, type, initiator });
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Network.enable');
  const mainFrameId = async () => (await cdp.send('Page.getFrameTree')).frameTree.frame.id;
  return {
    cdp, exceptions, requests,
    // Evaluates an expression in the content script's world.
    async inExtension(expression) {
      const ctx = worlds.get(await mainFrameId());
      if (!ctx) return undefined;
      const r = await cdp.send('Runtime.evaluate', { expression, contextId: ctx, returnByValue: true, awaitPromise: true });
      if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description || r.exceptionDetails.text);
      return r.result.value;
    },
    // Waits for the content script to have painted; returns its state.
    async painted(timeout = 15000) {
      const t0 = Date.now();
      while (Date.now() - t0 < timeout) {
        const s = await this.inExtension(`(() => { const s = globalThis.__newsann; return s && (s.timing || s.errors.length) ?
          { timing: s.timing, errors: s.errors, snapshot: s.pa && s.pa.snapshot() } : null; })()`).catch(() => null);
        if (s) return s;
        await new Promise((r) => setTimeout(r, 25));
      }
      return null;
    },
    // Requests made by the extension: from its scripts, or to its URLs.
    extensionRequests() {
      const prefix = `chrome-extension://${ext.id}`;
      return requests.filter((r) => r.url.startsWith(prefix) ||
        (r.initiator && ((r.initiator.url || '').startsWith(prefix) ||
          (r.initiator.stack && JSON.stringify(r.initiator.stack).includes(prefix)))));
    },
  };
}
