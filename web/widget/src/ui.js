// ui: where a widget shows its panel, always inside a shadow root so the
// host page's CSS cannot reach it and its CSS cannot reach the page.
//
//   'right' / 'left'  a drawer at that edge of the viewport, opened by a
//                     small tab showing the summary; in the top layer
//                     (popover) where the browser has it, so no stacking
//                     context, transform or overflow of the page hides it
//   'inline'          a summary bar above the article ("Details" opens the
//                     full panel in place)
//   'none'            nothing shown; the host page listens to the events
//
//   const ui = createWidgetUi({ doc, position, open, anchor, shadow, onSelect, onToggleLayer, onExport });
//   ui.update(model, state); ui.showError(message); ui.setOpen(true); ui.destroy();
//
// anchor: the article element (an inline summary goes just before it);
// shadow: a shadow root to render into instead (the <article-annotator>
// element's own, whose <slot> shows the article).

import { h, addShadowCss } from '../../lib/dom.js';
import { createPanel, PANEL_CSS } from '../../lib/panel.js';

export const POSITIONS = ['right', 'left', 'inline', 'none'];

// The host element's box. In the inner tree, !important beats the page's
// !important rules, so even `* { display: none !important }` leaves it be.
const NO_PSEUDO = ':host::before, :host::after { content: none !important; display: none !important; }';
const HOST_CSS = `${NO_PSEUDO}
:host { all: initial !important; display: block !important; }
:host([data-position="right"]), :host([data-position="left"]) { position: fixed !important; top: 0 !important;
  width: 0 !important; height: 0 !important; z-index: 2147483647 !important; }
:host([data-position="right"]) { right: 0 !important; }
:host([data-position="left"]) { left: 0 !important; }`;

// <article-annotator>'s own box (element.js): a block, transparent
// otherwise, so the article it slots keeps inheriting the page's fonts and
// colours.
export const ELEMENT_HOST_CSS = `:host { display: block !important; }\n${NO_PSEUDO}`;

const UI_CSS = `
.nw { all: initial; display: block; font: 13px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d1d1f;
  text-align: left; direction: ltr; }
.nw *, .nw *::before, .nw *::after { box-sizing: border-box; }
.nw button { font: inherit; color: inherit; }
.nw .tab { all: initial; position: fixed; top: 40%; z-index: 2147483647; cursor: pointer; display: block; box-sizing: border-box;
  max-width: 44px; min-height: 120px; padding: 10px 8px; margin: 0; border: 1px solid #b0b0b5; background: #ffffff;
  color: #1d1d1f; font: 600 12px/1.2 system-ui, -apple-system, "Segoe UI", sans-serif; writing-mode: vertical-rl;
  box-shadow: 0 2px 12px rgb(0 0 0 / 0.18); overflow: hidden; inset: 40% auto auto auto; }
.nw .tab:focus-visible { outline: 3px solid #0072b2; outline-offset: 1px; }
.nw .tab .dot { display: inline-block; width: 8px; height: 8px; border-radius: 50%; background: #0072b2; margin-bottom: 6px; }
.nw.right .tab { right: 0; border-right: 0; border-radius: 8px 0 0 8px; }
.nw.left .tab { left: 0; border-left: 0; border-radius: 0 8px 8px 0; }
.nw .drawer { all: initial; position: fixed; top: 0; bottom: 0; z-index: 2147483647; display: flex; flex-direction: column;
  width: min(380px, 92vw); height: 100vh; max-height: 100vh; margin: 0; padding: 0; border: 0; background: #ffffff;
  box-shadow: 0 0 28px rgb(0 0 0 / 0.25); font: 13px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d1d1f;
  inset: 0 auto 0 auto; overflow: hidden; }
.nw .drawer[hidden] { display: none; }
.nw.right .drawer { right: 0; }
.nw.left .drawer { left: 0; }
.nw .drawer .bar { display: flex; justify-content: space-between; align-items: center; padding: 6px 8px 6px 12px;
  border-bottom: 1px solid #d8d8dc; font-weight: 600; }
.nw .drawer .close { border: 1px solid #b0b0b5; background: #f5f5f7; border-radius: 5px; padding: 2px 8px; cursor: pointer; }
.nw .drawer .body { flex: 1; overflow: auto; }
.nw .inline { border: 1px solid #c7c7cc; border-radius: 8px; background: #ffffff; margin: 0 0 16px; overflow: hidden; }
.nw .inline .bar { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; padding: 8px 12px; }
.nw .inline .brand { font-weight: 700; }
.nw .inline .toggle { margin-left: auto; border: 1px solid #b0b0b5; background: #f5f5f7; border-radius: 5px; padding: 2px 10px; cursor: pointer; }
.nw .inline .details[hidden] { display: none; }
.nw .inline .details { border-top: 1px solid #d8d8dc; max-height: 70vh; overflow: auto; }
.nw .error { color: #a33b00; font-weight: 600; padding: 8px 12px; margin: 0; }
.nw .status { font-weight: 600; }
@media (prefers-color-scheme: dark) {
  .nw, .nw .tab, .nw .drawer, .nw .inline { color: #f2f2f7; background: #1c1c1e; border-color: #545458; }
  .nw .drawer .close, .nw .inline .toggle { background: #2c2c2e; border-color: #545458; }
  .nw .error { color: #ffb08a; }
}
${PANEL_CSS}`;

const supportsPopover = (doc) => typeof doc.defaultView.HTMLElement.prototype.showPopover === 'function';

export function createWidgetUi({ doc = document, position = 'right', open = false, anchor = null, shadow = null,
                                 label = 'News annotations', onSelect = () => {}, onToggleLayer = () => {},
                                 onExport = () => {}, onOpenChange = () => {} } = {}) {
  if (position === 'none') {
    return { element: null, host: null, panel: null, update() {}, showError() {}, setOpen() {}, get open() { return false; },
      destroy() {} };
  }
  const prev = h.doc;
  h.doc = doc;
  let host = null, root = shadow;
  if (!root) {
    host = doc.createElement(position === 'inline' ? 'newsann-summary' : 'newsann-widget');
    host.dataset.position = position;
    root = host.attachShadow({ mode: 'open' });
    addShadowCss(root, `${HOST_CSS}\n${UI_CSS}`);
  } else {
    addShadowCss(root, UI_CSS);
  }
  const wrap = h('div', { class: `nw ${position}`, part: 'newsann' });
  const status = h('span', { class: 'status', role: 'status' }, 'Annotating…');
  const errorBox = h('p', { class: 'error', role: 'alert', hidden: true });
  const panelBox = h('div', { class: 'body' }, errorBox);
  let isOpen = false;
  let tab = null, drawer = null, details = null, toggle = null;

  const setOpen = (on) => {
    isOpen = !!on;
    if (drawer) {
      drawer.hidden = !isOpen;
      tab.setAttribute('aria-expanded', String(isOpen));
      if (drawer.popover) {
        if (isOpen && !drawer.matches(':popover-open')) drawer.showPopover();
        if (!isOpen && drawer.matches(':popover-open')) drawer.hidePopover();
      }
    }
    if (details) {
      details.hidden = !isOpen;
      toggle.setAttribute('aria-expanded', String(isOpen));
      toggle.textContent = isOpen ? 'Hide details' : 'Details';
    }
    onOpenChange(isOpen);
  };

  if (position === 'inline') {
    toggle = h('button', { type: 'button', class: 'toggle', 'aria-expanded': 'false', onclick: () => setOpen(!isOpen) }, 'Details');
    details = h('div', { class: 'details', hidden: true }, panelBox);
    wrap.append(h('section', { class: 'inline', 'aria-label': label },
      h('div', { class: 'bar' }, h('span', { class: 'brand' }, 'newsann'), status, toggle), details));
  } else {
    const id = `newsann-drawer-${Math.random().toString(36).slice(2, 10)}`;
    tab = h('button', { type: 'button', class: 'tab', 'aria-controls': id, 'aria-expanded': 'false',
      'aria-label': `${label}: open`, onclick: () => setOpen(!isOpen) }, h('span', { class: 'dot' }), 'newsann');
    drawer = h('section', { class: 'drawer', id, role: 'complementary', 'aria-label': label, hidden: true },
      h('div', { class: 'bar' }, h('span', {}, 'newsann'),
        h('button', { type: 'button', class: 'close', 'aria-label': 'Close', onclick: () => { setOpen(false); tab.focus(); } }, '×')),
      panelBox);
    drawer.addEventListener('keydown', (e) => { if (e.key === 'Escape') { setOpen(false); tab.focus(); } });
    wrap.append(tab, drawer);
  }
  // The page may be mid-parse: the inline summary goes before the article,
  // or (wrapping) first in the element's shadow root; a drawer at the end
  // of <html>, outside anything the page lays out.
  if (shadow) shadow.prepend(wrap);
  else {
    root.append(wrap);
    if (position === 'inline' && anchor && anchor.parentNode) anchor.parentNode.insertBefore(host, anchor);
    else doc.documentElement.appendChild(host);
  }
  if (tab && supportsPopover(doc) && (shadow ? shadow.host.isConnected : host.isConnected)) {
    // The top layer: above every stacking context of the page.
    tab.popover = 'manual';
    drawer.popover = 'manual';
    tab.showPopover();
  }
  const panel = createPanel(panelBox, { doc, onSelect, onToggleLayer, onExport });
  h.doc = prev;
  if (open) setOpen(true);

  return {
    element: wrap,
    host,
    panel,
    get open() { return isOpen; },
    setOpen,
    update(model, state) {
      errorBox.hidden = true;
      panel.element.hidden = false;
      panel.update(model, state);
      status.textContent = model ? model.summary.text : 'No article text found.';
      if (tab) {
        const n = model ? model.claims.length : 0;
        tab.lastChild.textContent = model ? `newsann · ${n} claim${n === 1 ? '' : 's'}` : 'newsann';
        tab.setAttribute('aria-label', `${label}: ${model ? model.summary.text : 'none'}`);
      }
    },
    showError(message) {
      errorBox.textContent = message;
      errorBox.hidden = false;
      panel.element.hidden = true;
      status.textContent = 'unavailable';
      if (details) setOpen(true);
    },
    destroy() {
      if (host) host.remove(); else wrap.remove();
    },
  };
}
