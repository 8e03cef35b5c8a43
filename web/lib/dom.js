// dom: a tiny element builder. Text always goes in as text nodes, never as
// HTML, so page-derived strings cannot inject markup.
//
//   h('button', { class: 'x', onclick: fn, 'aria-label': 'Next' }, 'Next ', h('b', {}, name))

export function h(tag, attrs = {}, ...children) {
  const doc = h.doc || document;
  const el = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else if (k === 'dataset') Object.assign(el.dataset, v);
    // Through the CSSOM: a page CSP without 'unsafe-inline' blocks style
    // attributes set as markup, not this.
    else if (k === 'style') el.style.cssText = String(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else if (typeof c === 'string' || typeof c === 'number') el.appendChild((el.ownerDocument).createTextNode(String(c)));
    else el.appendChild(c);
  }
}

// Styles for a shadow root: a constructed stylesheet where the browser has
// them (a page CSP without 'unsafe-inline' blocks <style> elements, not
// these), else a <style> element.
export function addShadowCss(root, css) {
  const doc = root.ownerDocument;
  const win = doc.defaultView;
  if (win && 'adoptedStyleSheets' in root && win.CSSStyleSheet) {
    try {
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      return;
    } catch { /* an older engine: a <style> element below */ }
  }
  const style = doc.createElement('style');
  style.textContent = css;
  root.appendChild(style);
}

// The host element's own box, from inside its shadow root: !important there
// beats the page's !important rules (for important declarations the inner
// tree wins), so `* { display: block !important }` cannot move it.
const HOST_CSS = ':host { all: initial !important; position: absolute !important; top: 0 !important; left: 0 !important; ' +
  'width: 0 !important; height: 0 !important; z-index: 2147483647 !important; display: block !important; }\n' +
  ':host::before, :host::after { content: none !important; display: none !important; }';

// A closed-off place for UI on someone else's page: a <newsann-ui> element
// at the end of <html>, created on first use, whose (open) shadow root holds
// our elements and styles. all: initial keeps the page's CSS out; the host
// takes no space, so the page's layout is unchanged.
export function createUiHost(doc = document, css = '') {
  let host = null, root = null;
  return {
    get root() {
      if (!root) {
        host = doc.createElement('newsann-ui');
        host.style.cssText = 'all: initial; position: absolute; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;';
        root = host.attachShadow({ mode: 'open' });
        addShadowCss(root, `${HOST_CSS}\n${css}`);
        doc.documentElement.appendChild(host);
      }
      return root;
    },
    get host() { return host; },
    addCss(more) { addShadowCss(this.root, more); },
    remove() { if (host) host.remove(); host = null; root = null; },
  };
}
