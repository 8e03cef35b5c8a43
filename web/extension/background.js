// The service worker: runs the WebAssembly annotator (the extension pages'
// CSP allows 'wasm-unsafe-eval'; a strict page CSP does not matter here),
// answers the content scripts, and keeps the per-site switch.
//
// Toolbar button: switches annotation on or off for the current site and
// remembers it. Switching on annotates the page at once (activeTab) and, if
// the reader grants the site, on every later visit (a registered content
// script). Alt+Shift+A opens the side panel.
import { createAnnotator } from './annotator/newsann.mjs';
import { vapi } from './platform.js';
import { loadSites, patternFor, siteOf } from './settings.js';

let annotator = null;
// One annotator per worker life; a failed start is retried on the next call.
const getAnnotator = () => (annotator ||= createAnnotator().catch((e) => { annotator = null; throw e; }));

async function annotate(texts, date) {
  if (!Array.isArray(texts) || !texts.every((t) => typeof t === 'string')) {
    return { schema: 1, error: { code: 'invalid_argument', message: 'texts must be an array of strings', byte_offset: 0 } };
  }
  const a = await getAnnotator();
  return a.annotateBlocks(texts, date ? { date } : {});
}

// Registered content scripts follow the switched-on sites the reader has
// granted. Calls are queued: two overlapping registrations would collide.
let syncing = Promise.resolve();
function syncRegistrations() {
  syncing = syncing.then(syncNow, syncNow);
  return syncing;
}

async function syncNow() {
  const sites = await loadSites(vapi);
  const patterns = [];
  for (const [origin, on] of Object.entries(sites)) {
    if (!on) continue;
    const p = patternFor(origin);
    if (await vapi.permissions.contains([p]).catch(() => false)) patterns.push(p);
  }
  await vapi.scripting.registerFor([...new Set(patterns)]);
}

async function showState(tabId, url) {
  const site = siteOf(url);
  const sites = await loadSites(vapi);
  const on = !!(site && sites[site]);
  await vapi.action.setBadge(tabId, on ? 'on' : '').catch(() => {});
  await vapi.action.setTitle(tabId, on ? 'newsann: on for this site (click to switch off)'
    : 'newsann: annotate this site').catch(() => {});
  return on;
}

async function setSite(tab, on) {
  const site = siteOf(tab.url);
  if (!site) return false;
  const sites = await loadSites(vapi);
  if (on) sites[site] = true; else delete sites[site];
  await vapi.storage.set({ sites });
  if (on) await vapi.scripting.inject(tab.id);
  else await vapi.tabs.sendMessage(tab.id, { type: 'stop' }).catch(() => {});
  await syncRegistrations();
  await showState(tab.id, tab.url);
  return on;
}

async function toggleSite(tab) {
  const site = siteOf(tab.url);
  if (!site) return false;
  const sites = await loadSites(vapi);
  const on = !sites[site];
  if (on) {
    // Asked while the click still counts as a user gesture; the page is
    // annotated now either way (activeTab).
    vapi.permissions.request([patternFor(site)]).then(syncRegistrations, () => {});
  }
  return setSite(tab, on);
}

vapi.onMessage((msg, sender) => {
  if (!msg) return undefined;
  if (msg.type === 'annotate') {
    // The reply: the document, and when it was asked for and ready (epoch
    // ms, for the benchmark's breakdown of the round trip).
    const recvAt = performance.timeOrigin + performance.now();
    return annotate(msg.texts, msg.date).then((doc) => ({ doc, recvAt, doneAt: performance.timeOrigin + performance.now() }));
  }
  return undefined;
});
vapi.action.onClicked((tab) => { toggleSite(tab).catch((e) => console.warn('newsann:', e)); });
vapi.commands.onCommand((command, tab) => {
  if (command === 'open-panel' && tab) vapi.sidePanel.open(tab.id).catch(() => {});
  if ((command === 'next-claim' || command === 'previous-claim') && tab) {
    vapi.tabs.sendMessage(tab.id, { type: 'next-claim', dir: command === 'next-claim' ? 1 : -1 }).catch(() => {});
  }
});
// A tab of a switched-on site starts loading: compile the wasm now, so that
// it is ready when the content script asks (a woken worker is otherwise cold).
vapi.tabs.onUpdated((tabId, info, tab) => {
  if (info.status === 'loading' || info.status === 'complete' || info.url) {
    showState(tabId, tab.url).then((on) => { if (on) getAnnotator().catch(() => {}); }).catch(() => {});
  }
});
vapi.tabs.onActivated(async (tabId) => { const t = await vapi.tabs.get(tabId); showState(tabId, t.url).catch(() => {}); });
vapi.storage.onChanged((changes) => { if (changes.sites) syncRegistrations().catch(() => {}); });
vapi.permissions.onAdded(() => syncRegistrations().catch(() => {}));
vapi.permissions.onRemoved(() => syncRegistrations().catch(() => {}));
vapi.runtime.onInstalled(() => {
  vapi.sidePanel.setBehavior({ openPanelOnActionClick: false }).catch(() => {});
  syncRegistrations().catch(() => {});
});

// Switches a site on or off without a tab (the options page, the tests).
async function setSiteEnabled(origin, on) {
  const sites = await loadSites(vapi);
  if (on) sites[origin] = true; else delete sites[origin];
  await vapi.storage.set({ sites });
  await syncRegistrations();
}

// For the browser tests and the benchmark (service worker console).
globalThis.newsann = { annotate, setSite, toggleSite, setSiteEnabled, syncRegistrations, getAnnotator };
