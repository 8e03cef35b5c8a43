// The content script: annotates the page it is injected into. Detection,
// the text map, highlights, the card and re-annotation are web/lib/page.js;
// the text goes to the service worker (where the WebAssembly runs, whatever
// the page's CSP) and the annotation document comes back. Bundled into one
// classic script by build.mjs.
import { createPageAnnotator } from '../lib/page.js';
import { vapi } from './platform.js';
import { loadSettings, sanitizeColors } from './settings.js';

const start = performance.now();
// The first statement of the bundle (build.mjs), before the modules' set-up.
const scriptStart = globalThis.__newsannScriptStart ?? start;

async function main() {
  const existing = globalThis.__newsann;
  if (existing) {  // injected again (the toolbar button): resume
    if (existing.stopped) globalThis.__newsann = null; else { existing.pa.run(); return; }
  }
  const state = { start, pa: null, timing: null, stopped: false, errors: [] };
  globalThis.__newsann = state;
  const pa = createPageAnnotator({
    annotate: async (texts, opts) => {
      const sentAt = performance.timeOrigin + performance.now();
      const reply = await vapi.sendMessage({ type: 'annotate', texts, date: opts.date || null });
      if (!reply || !reply.doc) throw new Error(reply && reply.error ? String(reply.error) : 'no reply from the service worker');
      // The legs of the round trip (both clocks are epoch-based).
      state.worker = { toWorker: reply.recvAt - sentAt, inWorker: reply.doneAt - reply.recvAt,
        fromWorker: performance.timeOrigin + performance.now() - reply.doneAt };
      return reply.doc;
    },
    settings: loadSettings(vapi).catch(() => null),  // read while the page is analysed
    onUpdate: () => { vapi.sendMessage({ type: 'updated' }).catch(() => {}); },
    onError: (e) => { state.errors.push(String(e && e.message || e)); console.warn('newsann:', e); },
  });
  state.pa = pa;

  vapi.onMessage((msg) => {
    if (!msg || state.stopped) return undefined;
    switch (msg.type) {
      case 'snapshot': return pa.snapshot();
      case 'select': return pa.select(msg.id);
      case 'layer': pa.setLayer(msg.layer, msg.on); return true;
      case 'next-claim': return pa.nextClaim(msg.dir || 1);
      case 'colors': pa.setColors(msg.colors); return true;
      case 'stop':
        state.stopped = true;
        pa.stop();
        return true;
      default: return undefined;
    }
  });

  // Colours changed on the options page apply at once.
  vapi.storage.onChanged((changes) => {
    if (!state.stopped && changes.settings && changes.settings.newValue) pa.setColors(sanitizeColors(changes.settings.newValue.colors));
  });

  const runAt = performance.now() - start;
  await pa.run();
  const t = pa.timing;
  const at = t && t.at ? Object.fromEntries(Object.entries(t.at).map(([k, v]) => [k, v - start])) : null;
  state.timing = { painted: performance.now() - start, runAt, ...t, at, worker: state.worker || null, setupMs: start - scriptStart,
    paintedAt: t && t.paintedAt ? t.paintedAt - start : null };
}

main().catch((e) => console.warn('newsann:', e));
