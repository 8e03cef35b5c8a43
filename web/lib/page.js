// page: annotates the article of a live page in place. The shells (the
// extension's content script, the widget) give it an annotate() function
// and get back highlights, the hover/focus card, keyboard navigation and
// re-annotation when the article changes. No browser-extension API here.
//
//   const pa = createPageAnnotator({
//     annotate: (texts, { date }) => Promise<doc>,   // annotateBlocks()
//     layers: { actors: true, figures: true, claims: true }, colors: {},
//     settings: Promise<{layers, colors}>,           // or, read while annotating
//     onUpdate: (pa) => ...,                         // after each (re)annotation
//     onSelect: (item) => ...,                       // select() went to an item (model.js)
//     root: element,          // the article is this element (a widget's target,
//                             // a reading view); default: detected on the page
//     highlightPrefix: 'newsann',  // CSS.highlights names; one per annotator on a page
//   });
//   await pa.run();          // detect, map, annotate, highlight; resolves when painted
//   pa.select('c3');         // scroll to an item, flash it, show its card
//   pa.nextClaim(+1);        // keyboard navigation (Alt+Shift+N / Alt+Shift+P on the page)
//   pa.setLayer('figures', false);
//   pa.snapshot();           // {doc, texts, title, url, date, layers, current, timing}
//   pa.stop();               // remove everything, stop observing
//
// On the Highlight API path nothing is added to the page's DOM until a card
// is first shown (then one <newsann-ui> element at the end of <html>, whose
// shadow root holds the card).

import { findArticle, articleIn, findPublicationDate } from './content.js';
import { buildTextMap } from './textmap.js';
import { buildModel } from './model.js';
import { createHighlighter, highlightName, isDarkBackground } from './highlight.js';
import { createCard, CARD_CSS } from './card.js';
import { createUiHost } from './dom.js';

// Resolves just after the next frame is painted: a rAF callback runs before
// the frame's paint, a message posted from it is delivered after.
const afterPaint = (win) => new Promise((resolve) => win.requestAnimationFrame(() => {
  const ch = new win.MessageChannel();
  ch.port1.onmessage = () => resolve();
  ch.port2.postMessage(null);
}));

export function createPageAnnotator({ doc = document, annotate, layers = {}, colors = {}, settings = null, onUpdate = () => {},
                                      onError = (e) => console.error('newsann:', e), debounceMs = 400,
                                      observe = true, useFallback, root = null, highlightPrefix = 'newsann',
                                      onSelect = () => {} } = {}) {
  const win = doc.defaultView;
  const visible = { actors: true, figures: true, claims: true, ...layers };
  const ui = createUiHost(doc, CARD_CSS);
  let hl = null, card = null;
  let map = null, model = null, article = null, date = null;
  let byBlock = [];  // block -> items sorted by start
  let current = -1;
  let runs = 0, running = null, again = false, stopped = false;
  let lastTexts = null, lastUrl = win.location.href;
  let timing = null;
  let observer = null, debounce = 0;
  let hideTimer = 0, hoverFrame = 0, lastPointer = null;

  const highlighter = () => {
    if (!hl) {
      const dark = isDarkBackground(root || doc.body);
      hl = createHighlighter({ doc, colors, dark, prefix: highlightPrefix, ...(useFallback === undefined ? {} : { useFallback }) });
      for (const [k, v] of Object.entries(visible)) hl.setLayerVisible(k, v);
    }
    return hl;
  };
  const getCard = () => {
    if (!card) {
      card = createCard(ui.root, { doc, onJump: (id) => api.select(id) });
      card.element.addEventListener('pointerleave', () => scheduleHide());
      card.element.addEventListener('pointerenter', () => clearTimeout(hideTimer));
    }
    return card;
  };

  // Items covering (block, offset), innermost first; actors and figures
  // before the claim around them.
  function itemsAt(block, offset) {
    const list = byBlock[block] || [];
    const hits = [];
    for (const it of list) {
      if (it.start > offset) break;
      if (offset < it.end && visible[it.layer]) hits.push(it);
    }
    const rank = (it) => (it.layer === 'claims' ? (it.type === 'claim' ? 2 : 1) : 0);
    return hits.sort((a, b) => rank(a) - rank(b) || (a.end - a.start) - (b.end - b.start));
  }

  function rangeOf(item) {
    return map ? map.rangeFor(item.block, item.start, item.end) : null;
  }

  function hitTest(x, y) {
    if (!map) return [];
    const pos = doc.caretPositionFromPoint ? doc.caretPositionFromPoint(x, y)
      : doc.caretRangeFromPoint ? (() => { const r = doc.caretRangeFromPoint(x, y); return r && { offsetNode: r.startContainer, offset: r.startOffset }; })() : null;
    if (!pos || !pos.offsetNode || pos.offsetNode.nodeType !== 3) return [];
    const at = map.locate(pos.offsetNode, pos.offset);
    if (!at) return [];
    // The caret sits between characters: the character under the pointer is
    // the one before or after it; keep the one whose box holds the point.
    for (const off of [at.offset, at.offset - 1]) {
      if (off < 0 || off >= map.texts[at.block].length) continue;
      const r = map.rangeFor(at.block, off, off + 1);
      if (!r) continue;
      for (const box of r.getClientRects()) {
        if (x >= box.left - 1 && x <= box.right + 1 && y >= box.top - 1 && y <= box.bottom + 1) return itemsAt(at.block, off);
      }
    }
    return [];
  }

  function scheduleHide() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(() => { if (card) card.hide(); }, 250);
  }

  function onPointerMove(e) {
    lastPointer = e;
    if (hoverFrame) return;
    hoverFrame = win.requestAnimationFrame(() => {
      hoverFrame = 0;
      const ev = lastPointer;
      if (!model || !ev) return;
      if (card && ui.host && ev.composedPath && ev.composedPath().includes(ui.host)) return;
      const items = hitTest(ev.clientX, ev.clientY);
      if (!items.length) { if (card && !card.element.hidden) scheduleHide(); return; }
      clearTimeout(hideTimer);
      if (card && card.current === items[0].id && !card.element.hidden) return;
      const r = rangeOf(items[0]);
      const rects = r ? [...r.getClientRects()] : [];
      const box = rects.find((b) => ev.clientY >= b.top - 1 && ev.clientY <= b.bottom + 1) || (r && r.getBoundingClientRect());
      if (box) getCard().show(items, model, box);
    });
  }

  function onKeyDown(e) {
    if (!model) return;
    if (e.key === 'Escape' && card && !card.element.hidden) { card.hide(); hl && hl.setFocus(null); return; }
    if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && (e.code === 'KeyN' || e.code === 'KeyP')) {
      e.preventDefault();
      e.stopPropagation();
      api.nextClaim(e.code === 'KeyN' ? 1 : -1);
    }
  }

  function index(items) {
    byBlock = [];
    for (const it of items) (byBlock[it.block] ||= []).push(it);
    for (const list of byBlock) if (list) list.sort((a, b) => a.start - b.start);
  }

  async function annotateOnce() {
    const t0 = performance.now();
    article = root ? articleIn(root) : findArticle(doc);
    const nextMap = buildTextMap(article.blocks);
    const t1 = performance.now();
    const texts = nextMap.texts;
    const same = lastTexts && texts.length === lastTexts.length && texts.every((t, i) => t === lastTexts[i]) && map &&
      nextMap.blocks.every((b) => b.nodes.every((n) => n.isConnected));
    if (same && model) return false;
    if (!texts.length || !texts.some((t) => t.length)) {
      map = nextMap; model = null; lastTexts = texts; index([]);
      if (hl) hl.clear();
      timing = { detectMs: t1 - t0, annotateMs: 0, paintMs: 0, blocks: 0, chars: 0 };
      return true;
    }
    date = findPublicationDate(doc);
    const pending = annotate(texts, date ? { date } : {});
    // The highlight stylesheet goes in now: the style recalculation it causes
    // runs while the service worker annotates, not in the frame that paints.
    highlighter().prepare();
    const result = await pending;
    const t2 = performance.now();
    // Settings read in parallel with detection and annotation apply here.
    if (settings) {
      const s = await settings;
      settings = null;
      if (s && s.layers) Object.assign(visible, s.layers);
      if (s && s.colors) colors = s.colors;
      if (hl) {
        for (const [k, v] of Object.entries(visible)) hl.setLayerVisible(k, v);
        if (s && s.colors) hl.setColors(colors, isDarkBackground(root || doc.body));
      }
    }
    if (stopped) return false;
    if (!result || result.error) throw new Error(result && result.error ? `${result.error.code}: ${result.error.message}` : 'no result');
    map = nextMap;
    lastTexts = texts;
    model = buildModel(result, texts);
    index(model.items);
    const entries = [];
    for (const it of model.items) {
      const range = map.rangeFor(it.block, it.start, it.end);
      if (range) entries.push({ id: it.id, name: highlightName(it), range, block: it.block, start: it.start, end: it.end });
    }
    const h = highlighter();
    if (h.fallback && observer) observer.disconnect();
    h.render(entries, map);
    if (h.fallback && observer) startObserving();
    const t3 = performance.now();
    if (current >= model.claims.length) current = -1;
    timing = { detectMs: t1 - t0, annotateMs: t2 - t1, highlightMs: t3 - t2, blocks: texts.length,
      chars: texts.reduce((n, t) => n + t.length, 0), spans: entries.length };
    return true;
  }

  async function run() {
    if (running) { again = true; return running; }
    running = (async () => {
      try {
        do {
          again = false;
          const changed = await annotateOnce();
          if (changed && !stopped) {
            runs++;
            await afterPaint(win);
            if (timing) timing.paintedAt = performance.now();
            onUpdate(api);
          }
        } while (again && !stopped);
      } catch (e) {
        onError(e);
      } finally {
        running = null;
      }
    })();
    return running;
  }

  function relevant(records) {
    for (const r of records) {
      const t = r.target;
      if (ui.host && (t === ui.host || ui.host.contains(t))) continue;
      if (t.nodeType === 1 && t.localName === 'newsann-mark') continue;
      if (!article || !article.root) return true;  // nothing found yet: a late article may be arriving
      const root = article.root;
      if (root.contains(t) || t.contains(root) || !root.isConnected) return true;
    }
    return false;
  }

  function startObserving() {
    if (!observe || stopped) return;
    if (!observer) {
      observer = new win.MutationObserver((records) => {
        if (win.location.href !== lastUrl) { lastUrl = win.location.href; lastTexts = null; schedule(); return; }
        if (relevant(records)) schedule();
      });
    }
    observer.observe(doc.body || doc.documentElement, { childList: true, subtree: true, characterData: true });
  }

  function schedule() {
    clearTimeout(debounce);
    debounce = setTimeout(() => run(), debounceMs);
  }

  function onNavigate() {
    if (win.location.href === lastUrl) return;
    lastUrl = win.location.href;
    lastTexts = null;
    schedule();
  }

  const api = {
    run,
    get model() { return model; },
    get map() { return map; },
    get article() { return article; },
    get runs() { return runs; },
    get timing() { return timing; },
    get ui() { return ui; },
    get card() { return card; },
    get highlighter() { return hl; },
    select(id, { flash = true, showCard = true } = {}) {
      if (!model) return false;
      const item = model.byId.get(id);
      if (!item) return false;
      const r = rangeOf(item);
      if (!r) return false;
      const el = r.startContainer.parentElement;
      if (el) el.scrollIntoView({ block: 'center', behavior: 'instant' });
      if (item.layer === 'claims') current = item.claim;
      const h = highlighter();
      if (flash) h.flash(r);
      h.setFocus(r);
      if (showCard) {
        const items = [item, ...itemsAt(item.block, item.start).filter((i) => i !== item && i.layer === 'claims')];
        getCard().show(items, model, r.getBoundingClientRect());
      }
      onSelect(item);
      onUpdate(api);
      return true;
    },
    nextClaim(dir = 1) {
      if (!model || !model.claims.length) return false;
      const n = model.claims.length;
      const next = current < 0 ? (dir > 0 ? 0 : n - 1) : (((current + dir) % n) + n) % n;
      return api.select(`c${next}`, { flash: true });
    },
    setLayer(layer, on) {
      visible[layer] = !!on;
      if (hl) hl.setLayerVisible(layer, on);
      if (card && !on) card.hide();
      onUpdate(api);
    },
    setColors(next) {
      colors = next || {};
      if (hl) hl.setColors(colors, isDarkBackground(root || doc.body));
    },
    snapshot() {
      return { doc: model ? model.doc : null, texts: model ? model.texts : [], title: doc.title, url: win.location.href,
        date, layers: { ...visible }, current, timing, titleBlocks: article ? article.titleBlocks : 0 };
    },
    stop() {
      stopped = true;
      clearTimeout(debounce);
      if (observer) observer.disconnect();
      doc.removeEventListener('pointermove', onPointerMove, true);
      doc.removeEventListener('keydown', onKeyDown, true);
      win.removeEventListener('popstate', onNavigate);
      if (win.navigation) win.navigation.removeEventListener('navigatesuccess', onNavigate);
      if (hl) hl.destroy();
      ui.remove();
      hl = null; card = null; model = null; map = null;
    },
  };

  doc.addEventListener('pointermove', onPointerMove, { capture: true, passive: true });
  doc.addEventListener('keydown', onKeyDown, true);
  win.addEventListener('popstate', onNavigate);
  if (win.navigation) win.navigation.addEventListener('navigatesuccess', onNavigate);
  startObserving();
  return api;
}
