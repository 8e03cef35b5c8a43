// highlight: paints annotation spans with the CSS Custom Highlight API, one
// Highlight per layer and type ("newsann-actor-person", "newsann-figure",
// "newsann-claim", ...). The page's DOM is not touched: the styles go into
// an adopted stylesheet, the ranges into CSS.highlights.
//
// Where the API is missing the fallback wraps the text in <newsann-mark>
// elements (the only path that changes the page), and removes them again
// on clear().
//
//   const hl = createHighlighter({ doc: document, colors: { person: '#0072b2' } });
//   hl.render(entries);             // [{id, name, range, block, start, end}]
//   hl.setLayerVisible('figures', false);
//   hl.flash(range);                // a short pulse on one span (panel clicks)
//   hl.setFocus(range);             // the span keyboard navigation is on
//   hl.clear(); hl.destroy();
//
// Colours: the Okabe–Ito palette, which stays distinct for the common forms
// of colour blindness; the type is also carried by the underline style
// (person solid, organisation double, place dotted, group dashed, figure
// wavy), so colour is never the only cue. The page's text colour is kept and
// backgrounds are translucent, so text stays readable on light and dark
// pages; on a dark page lighter tints are used.

export const HIGHLIGHT_TYPES = [
  { name: 'claim', layer: 'claims', label: 'Claim', light: '#56b4e9', dark: '#56b4e9', line: 'none', alpha: 0.16, priority: 1 },
  { name: 'claim-cue', layer: 'claims', label: 'Cue', light: '#0072b2', dark: '#8fd0ff', line: 'dotted', alpha: 0, priority: 2 },
  { name: 'claim-source', layer: 'claims', label: 'Source', light: '#0072b2', dark: '#8fd0ff', line: 'solid', alpha: 0.22, priority: 3 },
  { name: 'actor-person', layer: 'actors', label: 'Person', light: '#0072b2', dark: '#6cc4ff', line: 'solid', alpha: 0.22, priority: 4 },
  { name: 'actor-organization', layer: 'actors', label: 'Organisation', light: '#d55e00', dark: '#ff9a5c', line: 'double', alpha: 0.22, priority: 4 },
  { name: 'actor-place', layer: 'actors', label: 'Place', light: '#009e73', dark: '#3fd9a8', line: 'dotted', alpha: 0.22, priority: 4 },
  { name: 'actor-group', layer: 'actors', label: 'Group', light: '#cc79a7', dark: '#f0a6d0', line: 'dashed', alpha: 0.22, priority: 4 },
  { name: 'figure', layer: 'figures', label: 'Figure', light: '#e69f00', dark: '#ffc94d', line: 'wavy', alpha: 0.28, priority: 5 },
];
const FOCUS = { name: 'focus', light: '#000000', dark: '#ffffff', priority: 10 };
const FLASH = { name: 'flash', light: '#f0e442', dark: '#f0e442', priority: 11 };

// The highlight type of a model item (model.js).
export function highlightName(item) {
  if (item.layer === 'actors') return `actor-${item.type}`;
  if (item.layer === 'figures') return 'figure';
  return item.type === 'claim' ? 'claim' : item.type === 'cue' ? 'claim-cue' : 'claim-source';
}

function hexToRgb(hex) {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex || '');
  if (!m) return null;
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}
const rgba = (hex, a) => { const c = hexToRgb(hex) || [128, 128, 128]; return `rgb(${c[0]} ${c[1]} ${c[2]} / ${a})`; };

// Whether the article sits on a dark background: the first opaque
// background colour up from `el`.
export function isDarkBackground(el) {
  for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
    const bg = e.ownerDocument.defaultView.getComputedStyle(e).backgroundColor;
    const m = /rgba?\(([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:[ ,/]+([\d.]+))?/.exec(bg);
    if (!m) continue;
    if (m[4] !== undefined && Number(m[4]) < 0.5) continue;
    const [r, g, b] = [m[1], m[2], m[3]].map(Number);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 110;
  }
  return false;
}

// Where the ::highlight() rules are written. A highlight pseudo-element
// inherits every property it is not given from the same highlight of the
// parent element (CSS Pseudo 4, highlight cascade), so rules on an ancestor
// of the highlighted text style it all. The rules are scoped to the nearest
// ancestors of the article's blocks that have an id or a class few elements
// share (anchors): `#story::highlight(newsann-figure), .headline::highlight(...)`.
// Adding such rules restyles the elements that have that id or class and
// their subtrees, where a bare ::highlight() rule (every element) restyles
// the whole page: 5-30 ms on a news page on the way to the first highlights,
// against 1-5 ms. A selector that matches other elements too widens that
// (SCOPE_SHARED below). No scope (null: rules for every element) when a
// block has no anchor below <body> within SCOPE_CLIMB levels, or when even
// anchors higher up are more than SCOPE_MAX. <body> and <html> are never
// anchors (their classes are often switched by the page's scripts, and they
// hold the whole page anyway).
const SCOPE_CLIMB = 32;
const SCOPE_MAX = 32;
const SCOPE_LIFTS = [0, 1, 2, 4, 8];

// A class shared by more elements than this makes a poor anchor: the rules
// restyle every element that has it (a framework's "widget-container" or
// "clearfix" runs all over the page). The climb goes on to an ancestor with
// a rarer one, and falls back to the shared one when there is none.
const SCOPE_SHARED = 4;

// Whether at most SCOPE_SHARED elements of the document have a class, asked
// once per class: the document's own class index (getElementsByClassName,
// which stops at the element after the last one allowed when there are more).
function rareClasses(doc) {
  const memo = new Map();
  return (c) => {
    let rare = memo.get(c);
    if (rare === undefined) memo.set(c, (rare = doc.getElementsByClassName(c).item(SCOPE_SHARED) === null));
    return rare;
  };
}

// An element's own selector, and whether few elements match it: its id,
// else its longest class that few elements share, else its longest class
// (a longer name is more often one of the page's specific ones, not a
// shared "row").
function anchorSelector(el, isRare) {
  const esc = globalThis.CSS && CSS.escape ? CSS.escape : (x) => x.replace(/[^\w-]/g, (c) => `\\${c}`);
  const id = el.getAttribute('id');
  if (id && !/\s/.test(id)) return { sel: `#${esc(id)}`, rare: true };
  let best = '', rare = false;
  for (const c of (el.getAttribute('class') || '').split(/\s+/)) {
    if (!c || (rare && c.length <= best.length)) continue;
    const r = isRare(c);
    if ((r && !rare) || (r === rare && c.length > best.length)) { best = c; rare = r; }
  }
  return best ? { sel: `.${esc(best)}`, rare } : null;
}

// The scope of highlights on text inside `elements` (the block containers):
// {selectors, anchors} (anchors[i] matches selectors[i]), or null.
export function highlightScope(elements) {
  const first = elements.find((el) => el && el.ownerDocument);
  if (!first) return null;
  const isRare = rareClasses(first.ownerDocument);
  for (const lift of SCOPE_LIFTS) {
    const scope = anchorsAbove(elements, lift, isRare);
    if (scope === null) return null;
    if (scope.selectors.length <= SCOPE_MAX) return scope.selectors.length ? scope : null;
  }
  return null;
}

// The anchors found from `lift` levels above each element; null when one
// has none.
function anchorsAbove(elements, lift, isRare) {
  const found = new Map();    // element climbed through -> {el, sel} or null
  const anchors = new Map();  // selector -> element
  const outside = (el) => !el || el.nodeType !== 1 || el.localName === 'body' || el.localName === 'html';
  for (const start of elements) {
    let el = start;
    for (let i = 0; i < lift && !outside(el); i++) el = el.parentElement;
    const path = [];
    let hit = null, shared = null, sharedAt = 0;
    for (let climb = 0; !outside(el) && climb < SCOPE_CLIMB; el = el.parentElement, climb++) {
      if (found.has(el)) { hit = found.get(el); break; }
      path.push(el);
      const a = anchorSelector(el, isRare);
      if (!a) continue;
      if (a.rare) { hit = { el, sel: a.sel }; break; }
      if (!shared) { shared = { el, sel: a.sel }; sharedAt = path.length; }
    }
    // Falling back to a shared anchor: the elements climbed above it are
    // not inside it, and are not given it.
    let known = path.length;
    if (!hit && shared) { hit = shared; known = sharedAt; }
    for (let i = 0; i < known; i++) found.set(path[i], hit);
    if (!hit) return null;
    if (!anchors.has(hit.sel)) anchors.set(hit.sel, hit.el);
    if (anchors.size > SCOPE_MAX) return { selectors: [...anchors.keys()], anchors: [] };
  }
  return { selectors: [...anchors.keys()], anchors: [...anchors.values()] };
}

// Whether a scope still holds: each anchor still has its id or class (a page
// script may have changed it since).
export function scopeHolds(scope) {
  if (!scope) return true;
  return scope.anchors.every((el, i) => { try { return el.matches(scope.selectors[i]); } catch { return false; } });
}

// The stylesheet text for the highlight pseudo-elements, every element's or
// within a scope (above).
export function highlightCss(prefix, { dark = false, colors = {}, scope = null } = {}) {
  const on = scope && scope.selectors.length ? scope.selectors : [''];
  const sel = (name) => on.map((s) => `${s}::highlight(${prefix}-${name})`).join(', ');
  const rules = [];
  for (const t of HIGHLIGHT_TYPES) {
    const key = t.name.replace(/^actor-/, '');
    const c = colors[key] || (dark ? t.dark : t.light);
    const decl = [];
    if (t.alpha) decl.push(`background-color: ${rgba(c, dark ? t.alpha + 0.1 : t.alpha)}`);
    if (t.line !== 'none') {
      decl.push(`text-decoration: underline ${t.line} ${c}`, 'text-decoration-thickness: 2px',
        'text-underline-offset: 3px', 'text-decoration-skip-ink: none');
    }
    rules.push(`${sel(t.name)} { ${decl.join('; ')}; }`);
  }
  rules.push(`${sel('focus')} { background-color: ${rgba(dark ? FOCUS.dark : '#0072b2', 0.35)}; text-decoration: underline solid ${dark ? FOCUS.dark : FOCUS.light}; text-decoration-thickness: 3px; }`);
  rules.push(`${sel('flash')} { background-color: ${rgba(FLASH.light, 0.9)}; color: #000; }`);
  return rules.join('\n');
}

function fallbackStyle(t, dark, colors) {
  const key = t.name.replace(/^actor-/, '');
  const c = colors[key] || (dark ? t.dark : t.light);
  const s = [];
  if (t.alpha) s.push(`background-color:${rgba(c, t.alpha)}`);
  if (t.line !== 'none') s.push(`text-decoration:underline ${t.line} ${c}`, 'text-decoration-thickness:2px', 'text-underline-offset:3px');
  return s.join(';');
}

export function createHighlighter({ doc = document, prefix = 'newsann', colors = {}, dark = false,
                                    useFallback = !(globalThis.CSS && CSS.highlights && globalThis.Highlight) } = {}) {
  const visible = { actors: true, figures: true, claims: true };
  const types = new Map(HIGHLIGHT_TYPES.map((t) => [t.name, t]));
  let highlights = new Map();  // name -> Highlight
  let sheet = null;
  let flashTimer = 0;
  const marks = [];  // fallback elements

  // Where the rules apply (highlightScope(); null: every element).
  let scope = null;

  // The sheet's text is only replaced when it changes: any replacement, the
  // same rules or not, restyles what the old and new rules select.
  // (Descendant selectors, `#story *::highlight()`, were measured: dearer to
  // match for highlight pseudo-elements than the elements they leave out;
  // the scope relies on inheritance instead.)
  let sheetCss = null;
  const installSheet = () => {
    if (useFallback) return;
    const css = highlightCss(prefix, { dark, colors, scope });
    if (!sheet) {
      sheet = new doc.defaultView.CSSStyleSheet();
      sheet.replaceSync(css);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    } else {
      if (css !== sheetCss) sheet.replaceSync(css);
      // The page may have set its own list of sheets since.
      if (!doc.adoptedStyleSheets.includes(sheet)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    }
    sheetCss = css;
  };

  const registerAll = () => {
    for (const [name, h] of highlights) {
      const t = types.get(name);
      const key = `${prefix}-${name}`;
      if (!t || visible[t.layer]) CSS.highlights.set(key, h); else CSS.highlights.delete(key);
    }
  };

  const api = {
    get fallback() { return useFallback; },
    // Installs the stylesheet ahead of render(), for highlights within
    // `where` (a highlightScope(); null: anywhere).
    prepare(where = scope) { scope = where; installSheet(); },
    get scope() { return scope; },
    // entries: [{id, name, range}] (+ block/start/end and map for the fallback)
    render(entries, map = null) {
      api.clear();
      installSheet();
      if (useFallback) {
        if (map) wrapFallback(doc, entries, map, (name) => fallbackStyle(types.get(name), dark, colors), marks, visible, types);
        return;
      }
      highlights = new Map();
      for (const e of entries) {
        if (!e.range) continue;
        let h = highlights.get(e.name);
        if (!h) {
          const t = types.get(e.name);
          h = new Highlight();
          h.priority = t ? t.priority : 0;
          highlights.set(e.name, h);
        }
        h.add(e.range);
      }
      registerAll();
    },
    setLayerVisible(layer, on) {
      visible[layer] = !!on;
      if (useFallback) {
        for (const m of marks) m.el.style.cssText = styleForMark(m, visible, types, (name) => fallbackStyle(types.get(name), dark, colors));
      } else registerAll();
    },
    layers() { return { ...visible }; },
    setColors(next, isDark = dark) {
      colors = next || {};
      dark = isDark;
      if (sheet) installSheet();
    },
    // A short pulse on one range: where a panel click scrolled to.
    flash(range, ms = 1200) {
      if (useFallback || !range) return;
      const h = new Highlight(range);
      h.priority = FLASH.priority;
      CSS.highlights.set(`${prefix}-flash`, h);
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => CSS.highlights.delete(`${prefix}-flash`), ms);
    },
    setFocus(range) {
      if (useFallback) return;
      if (!range) { CSS.highlights.delete(`${prefix}-focus`); return; }
      const h = new Highlight(range);
      h.priority = FOCUS.priority;
      CSS.highlights.set(`${prefix}-focus`, h);
    },
    // The names of this highlighter's highlights that cover a point (the
    // API's hit test where the browser has it).
    namesAt(x, y) {
      if (useFallback || !CSS.highlights.highlightsFromPoint) return null;
      const hs = CSS.highlights.highlightsFromPoint(x, y).map((r) => r.highlight || r);
      const names = [];
      for (const [name, h] of highlights) if (hs.includes(h)) names.push(name);
      return names;
    },
    clear() {
      if (!useFallback && globalThis.CSS && CSS.highlights) {
        for (const name of highlights.keys()) CSS.highlights.delete(`${prefix}-${name}`);
        CSS.highlights.delete(`${prefix}-focus`);
        CSS.highlights.delete(`${prefix}-flash`);
      }
      highlights = new Map();
      unwrapFallback(marks);
    },
    destroy() {
      api.clear();
      if (sheet) {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
        sheet = null;
      }
    },
  };
  return api;
}

// ---- fallback: <newsann-mark> wrappers --------------------------------------

function styleForMark(m, visible, types, styleOf) {
  // The highest-priority visible type paints the piece.
  let best = null;
  for (const name of m.names) {
    const t = types.get(name);
    if (t && visible[t.layer] && (!best || t.priority > best.priority)) best = t;
  }
  return best ? styleOf(best.name) : '';
}

// Splits the mapped text nodes at every span boundary, then wraps each piece
// that some span covers. Works block by block on the text map, before any
// node moves, so offsets stay valid.
function wrapFallback(doc, entries, map, styleOf, marks, visible, types) {
  const byBlock = new Map();
  for (const e of entries) {
    if (e.block === undefined) continue;
    if (!byBlock.has(e.block)) byBlock.set(e.block, []);
    byBlock.get(e.block).push(e);
  }
  for (const [block, list] of byBlock) {
    const cuts = [...new Set(list.flatMap((e) => [e.start, e.end]))].sort((a, b) => a - b);
    for (const seg of map.segmentsOf(block)) {
      // Pieces of this text node between consecutive cuts.
      const inner = cuts.filter((c) => c > seg.start && c < seg.end);
      const bounds = [seg.start, ...inner, seg.end];
      const nodeOffsets = bounds.map((b, i) => (i === bounds.length - 1 ? seg.offs[b - 1 - seg.start] + 1 : seg.offs[b - seg.start]));
      const pieces = [];
      let node = seg.node;
      // Split from the end so earlier node offsets stay valid.
      for (let i = bounds.length - 2; i >= 0; i--) {
        let piece = node;
        if (nodeOffsets[i + 1] < node.length) node.splitText(nodeOffsets[i + 1]);
        if (nodeOffsets[i] > 0) piece = node.splitText(nodeOffsets[i]);
        pieces.unshift({ node: piece, start: bounds[i], end: bounds[i + 1] });
      }
      for (const p of pieces) {
        const covering = list.filter((e) => e.start <= p.start && p.end <= e.end);
        if (!covering.length) continue;
        const el = doc.createElement('newsann-mark');
        const m = { el, names: covering.map((e) => e.name), ids: covering.map((e) => e.id) };
        el.setAttribute('data-ids', m.ids.join(' '));
        el.style.cssText = styleForMark(m, visible, types, styleOf);
        p.node.parentNode.insertBefore(el, p.node);
        el.appendChild(p.node);
        marks.push(m);
      }
    }
  }
}

function unwrapFallback(marks) {
  const parents = new Set();
  for (const { el } of marks.splice(0)) {
    const parent = el.parentNode;
    if (!parent) continue;
    while (el.firstChild) parent.insertBefore(el.firstChild, el);
    parent.removeChild(el);
    parents.add(parent);
  }
  for (const p of parents) if (p.isConnected) p.normalize();
}
