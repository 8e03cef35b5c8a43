// The side panel page: shows the panel (web/lib/panel.js) for the active
// tab, built from the content script's snapshot, and sends clicks back.
// ?tab=ID pins it to one tab (the browser tests open it as a page).
import { createPanel, PANEL_CSS } from '../lib/panel.js';
import { buildModel } from '../lib/model.js';
import { exportAs, download } from '../lib/export.js';
import { vapi } from './platform.js';

const pinned = Number(new URLSearchParams(location.search).get('tab')) || null;
let tabId = pinned;
let snapshot = null, model = null;

const style = document.createElement('style');
style.textContent = PANEL_CSS;
document.head.appendChild(style);

const panel = createPanel(document.getElementById('panel'), {
  onSelect: (id) => send({ type: 'select', id }),
  onToggleLayer: (layer, on) => send({ type: 'layer', layer, on }),
  onExport: (format) => {
    if (!model) return;
    download(exportAs(format, model, { url: snapshot.url, title: snapshot.title, date: snapshot.date }), document);
  },
});

function send(msg) {
  return tabId === null ? Promise.resolve(null) : vapi.tabs.sendMessage(tabId, msg).catch(() => null);
}

async function refresh() {
  if (!pinned) tabId = await vapi.tabs.activeTabId();
  snapshot = await send({ type: 'snapshot' });
  model = snapshot && snapshot.doc ? buildModel(snapshot.doc, snapshot.texts) : null;
  panel.update(model, snapshot ? { layers: snapshot.layers, current: snapshot.current, title: snapshot.title,
    truncated: snapshot.truncated || null } : { truncated: null });
  document.body.dataset.ready = model ? 'annotated' : 'empty';
}

vapi.onMessage((msg, sender) => {
  if (msg && msg.type === 'updated' && sender.tab && sender.tab.id === tabId) refresh();
  return undefined;
});
if (!pinned) vapi.tabs.onActivated(() => refresh());
refresh();
