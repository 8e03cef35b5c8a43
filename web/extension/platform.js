// platform: the one place that touches the browser's extension API
// (chrome.* / browser.*). Everything else in the extension calls vapi, so a
// port to another browser changes this file only.

const api = globalThis.browser ?? globalThis.chrome;

// Message handlers may return a value or a Promise; the reply goes back to
// the sender either way.
function listen(event, handler) {
  event.addListener((msg, sender, reply) => {
    let out;
    try {
      out = handler(msg, sender);
    } catch (e) {
      reply({ error: String(e && e.message || e) });
      return false;
    }
    if (out && typeof out.then === 'function') {
      out.then(reply, (e) => reply({ error: String(e && e.message || e) }));
      return true;  // keep the channel open for the async reply
    }
    if (out !== undefined) reply(out);
    return false;
  });
}

export const vapi = {
  getURL: (path) => api.runtime.getURL(path),
  storage: {
    get: (keys) => api.storage.local.get(keys),
    set: (items) => api.storage.local.set(items),
    onChanged: (fn) => api.storage.onChanged.addListener((changes, area) => { if (area === 'local') fn(changes); }),
  },
  // To the extension (service worker, side panel, options page).
  sendMessage: (msg) => api.runtime.sendMessage(msg),
  onMessage: (handler) => listen(api.runtime.onMessage, handler),
  tabs: {
    sendMessage: (tabId, msg) => api.tabs.sendMessage(tabId, msg),
    async activeTabId() {
      const [tab] = await api.tabs.query({ active: true, currentWindow: true });
      return tab ? tab.id : null;
    },
    get: (tabId) => api.tabs.get(tabId),
    onActivated: (fn) => api.tabs.onActivated.addListener(({ tabId }) => fn(tabId)),
    onUpdated: (fn) => api.tabs.onUpdated.addListener((tabId, info, tab) => fn(tabId, info, tab)),
  },
  action: {
    onClicked: (fn) => api.action.onClicked.addListener(fn),
    setBadge: async (tabId, text) => {
      await api.action.setBadgeText({ tabId, text });
      if (text) await api.action.setBadgeBackgroundColor({ tabId, color: '#0072b2' });
    },
    setTitle: (tabId, title) => api.action.setTitle({ tabId, title }),
  },
  scripting: {
    inject: (tabId) => api.scripting.executeScript({ target: { tabId }, files: ['content.js'] }),
    // The content script, run at document_idle on every page of the given
    // match patterns (sites the reader switched on and granted).
    async registerFor(patterns) {
      const id = 'newsann-sites';
      const existing = await api.scripting.getRegisteredContentScripts({ ids: [id] });
      if (!patterns.length) {
        if (existing.length) await api.scripting.unregisterContentScripts({ ids: [id] });
        return;
      }
      const script = { id, matches: patterns, js: ['content.js'], runAt: 'document_idle', persistAcrossSessions: true };
      if (existing.length) await api.scripting.updateContentScripts([script]);
      else await api.scripting.registerContentScripts([script]);
    },
  },
  permissions: {
    contains: (origins) => api.permissions.contains({ origins }),
    request: (origins) => api.permissions.request({ origins }),
    onAdded: (fn) => api.permissions.onAdded.addListener(fn),
    onRemoved: (fn) => api.permissions.onRemoved.addListener(fn),
  },
  sidePanel: {
    open: (tabId) => api.sidePanel.open({ tabId }),
    setBehavior: (b) => api.sidePanel.setPanelBehavior(b),
  },
  commands: { onCommand: (fn) => api.commands.onCommand.addListener(fn) },
  runtime: {
    onInstalled: (fn) => api.runtime.onInstalled.addListener(fn),
    onStartup: (fn) => api.runtime.onStartup.addListener(fn),
    openOptions: () => api.runtime.openOptionsPage(),
  },
};
