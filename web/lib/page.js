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
//     budgetMs: 2000,         // time budget of one run (below)
//     maxChars: 60000, maxBlocks: 2000, maxNodes: 500000,  // size caps (below)
//   });
//   await pa.run();          // detect, map, annotate, highlight; resolves when painted
//   pa.select('c3');         // scroll to an item, flash it, show its card
//   pa.nextClaim(+1);        // keyboard navigation (Alt+Shift+N / Alt+Shift+P on the page)
//   pa.setLayer('figures', false);
//   pa.snapshot();           // {doc, texts, title, url, date, layers, current, timing, truncated}
//   pa.stop();               // remove everything, stop observing
//
// Hostile pages. One run never blocks the page for long and never runs on:
// - Time: the DOM walk (detection) runs in slices of sliceMs (50 ms), the
//   page's own scripts, input and rendering running between them, and stops
//   when 60% of budgetMs has gone; the rest of the budget is for the
//   annotator and the highlights, whose work the size caps bound.
// - Size: at most maxNodes DOM nodes walked (10-20x a heavy news page), and
//   at most maxChars characters in maxBlocks blocks sent to the annotator
//   (3x the longest article of the test corpus, 20,000 characters, about
//   10,000 words; the extension's service worker annotates that in 0.3-1 s
//   on a busy two-core machine). The cap bounds the
//   highlights too, a few thousand at most: Chromium revalidates every
//   highlight range in each frame after the page changed its DOM, so their
//   number sets how much slower the page's own updates become.
// The one step that cannot be split is the browser's: adding the highlight
// stylesheet restyles what its rules select. Rules for every element
// restyle the whole page (about 1 s on a page of 300,000 nodes, 5-30 ms on a
// news page), so the rules are written on anchors near the article's blocks
// (highlight.js highlightScope: 1-5 ms). It is done while the annotator
// works, once per article (the sheet is replaced only when its rules
// change). Rules for every element would also double the cost of the
// page's own later restyles (measured on the corpus: a whole-page restyle
// 84 ms -> 165 ms summed over ten pages; scoped: 100 ms), for as long as
// the page is open; so they are not put in early, at document_start,
// either.
//
// Order of one run, for the time to the first highlights: detect, map, send
// the texts; while the annotator works, the stylesheet and its restyle; then
// the highlights from the document's spans (model.highlightSpans); the model
// for cards, panels and snapshots is built just after the paint.
// A run cut short annotates what it has, the article's first whole blocks,
// in order, like a complete one; snapshot().truncated (null otherwise) says so:
//   {reason: 'time' | 'size', elapsedMs, blocksDone, blocksTotal, charsDone}
// blocksTotal is null when the walk stopped before the end of the page (the
// total is not known). truncationText() words it for a panel.
// - Re-annotation after page changes is debounced (debounceMs), happens at
//   the latest maxWaitMs after the first change even if changes never stop,
//   and backs off: each re-run that follows the previous one closely doubles
//   the wait before the next (up to 30 s), so a page that changes all the
//   time is re-annotated a few times a minute, not in a loop. Changes inside
//   editable regions, and the fallback's own <newsann-mark> elements, do not
//   count.
// - Editable regions (contenteditable) are never annotated (content.js);
//   shadow trees and frames are not entered; text is read through the DOM
//   and written only as text (never as HTML).
//
// On the Highlight API path nothing is added to the page's DOM until a card
// is first shown (then one <newsann-ui> element at the end of <html>, whose
// shadow root holds the card).

import { findArticleSteps, articleInSteps, findPublicationDate } from './content.js';
import { buildTextMap } from './textmap.js';
import { buildModel, highlightSpans, truncationText } from './model.js';
import { createHighlighter, highlightName, isDarkBackground, highlightScope, scopeHolds } from './highlight.js';
import { createCard, CARD_CSS } from './card.js';
import { createUiHost } from './dom.js';

export { truncationText };

// Runs a generator of content.js in slices of sliceMs, giving the event
// loop back between slices (a timer task, so the page's own timers, input
// and rendering run), and stops it (answers a pause with true) at the
// deadline or when stop() says so.
async function runSliced(steps, { win, deadline, sliceMs, stopped }) {
  let sliceStart = performance.now();
  let r = steps.next();
  while (!r.done) {
    let stop = false;
    const now = performance.now();
    if (now >= deadline || stopped()) stop = true;
    else if (now - sliceStart >= sliceMs) {
      await new Promise((resolve) => win.setTimeout(resolve, 0));
      sliceStart = performance.now();
      stop = sliceStart >= deadline || stopped();
    }
    r = steps.next(stop);
  }
  return r.value;
}

// Share of the budget for the DOM walk; the rest is the annotator's and the
// highlights'.
const DETECT_SHARE = 0.6;

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
                                      onSelect = () => {}, budgetMs = 2000, sliceMs = 50, maxChars = 60000,
                                      maxBlocks = 2000, maxNodes = 500000, maxWaitMs = 2000,
                                      maxBackoffMs = 30000 } = {}) {
  const win = doc.defaultView;
  const visible = { actors: true, figures: true, claims: true, ...layers };
  const ui = createUiHost(doc, CARD_CSS);
  let hl = null, card = null;
  let map = null, model = null, article = null, date = null;
  // The model (model.js) is built just after the highlights are painted,
  // or earlier if something needs it: the paint needs the spans only.
  let annotated = null;  // {doc, texts} of the last run
  let modelTimer = 0;
  let byBlock = [];  // block -> items sorted by start
  let current = -1;
  let runs = 0, running = null, again = false, stopped = false;
  let lastTexts = null, lastUrl = win.location.href;
  let timing = null, truncated = null;
  let observer = null, debounce = 0;
  // Re-run pacing (see the header): the first pending change, the earliest
  // time the next re-run may start, and the current back-off.
  let firstChange = 0, notBefore = 0, backoff = debounceMs, lastRerun = -Infinity;
  let hideTimer = 0, hoverFrame = 0, lastPointer = null;

  // The settings, once read ({value}); applied once.
  let settingsRead = null;
  if (settings) settings = Promise.resolve(settings);
  if (settings) settings.then((value) => { settingsRead = { value }; }, () => { settingsRead = { value: null }; });
  function applySettings(s) {
    settings = null;
    if (s && s.layers) Object.assign(visible, s.layers);
    if (s && s.colors) colors = s.colors;
    if (hl) {
      for (const [k, v] of Object.entries(visible)) hl.setLayerVisible(k, v);
      if (s && s.colors) hl.setColors(colors, isDarkBackground(root || doc.body));
    }
  }

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
      if (!getModel() || !ev) return;
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
    if (!annotated) return;
    if (e.key === 'Escape' && card && !card.element.hidden) { card.hide(); hl && hl.setFocus(null); return; }
    if (e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && (e.code === 'KeyN' || e.code === 'KeyP')) {
      e.preventDefault();
      e.stopPropagation();
      api.nextClaim(e.code === 'KeyN' ? 1 : -1);
    }
  }

  function getModel() {
    if (!model && annotated) {
      model = buildModel(annotated.doc, annotated.texts);
      index(model.items);
    }
    return model;
  }

  function index(items) {
    byBlock = [];
    for (const it of items) (byBlock[it.block] ||= []).push(it);
    for (const list of byBlock) if (list) list.sort((a, b) => a.start - b.start);
  }

  async function annotateOnce() {
    const t0 = performance.now();
    const limits = { maxNodes };
    const found = await runSliced(root ? articleInSteps(root, limits) : findArticleSteps(doc, limits),
      { win, deadline: t0 + budgetMs * DETECT_SHARE, sliceMs, stopped: () => stopped });
    if (stopped) return false;
    article = found;
    const tWalked = performance.now();
    const nextMap = buildTextMap(article.blocks, { maxChars, maxBlocks });
    const t1 = performance.now();
    const texts = nextMap.texts;
    const cut = article.stopped || (nextMap.clipped ? 'size' : null);
    const nextTruncated = cut ? { reason: cut, elapsedMs: t1 - t0, blocksDone: texts.length,
      blocksTotal: article.stopped ? null : article.blocks.length, charsDone: texts.reduce((n, t) => n + t.length, 0) } : null;
    const same = lastTexts && texts.length === lastTexts.length && texts.every((t, i) => t === lastTexts[i]) && map &&
      nextMap.blocks.every((b) => b.nodes.every((n) => n.isConnected));
    if (same && annotated) return false;
    if (!texts.length || !texts.some((t) => t.length)) {
      map = nextMap; model = null; annotated = null; lastTexts = texts; index([]);
      truncated = nextTruncated;
      if (hl) hl.clear();
      timing = { detectMs: t1 - t0, annotateMs: 0, paintMs: 0, blocks: 0, chars: 0, nodes: article.nodes, truncated: !!truncated };
      return true;
    }
    date = findPublicationDate(doc);
    const pending = annotate(texts, date ? { date } : {});
    // The highlight stylesheet goes in now, and the style recalculation it
    // causes (the anchors' subtrees: highlightScope) is done at once, while
    // the service worker annotates, not in the frame that paints or while
    // the reply waits for the main thread.
    const tSent = performance.now();
    if (settings && settingsRead) applySettings(settingsRead.value);
    const h0 = highlighter();
    if (!h0.fallback) {
      scoped = nextMap.blocks.map((b) => b.container);
      h0.prepare(highlightScope(scoped));
      watchScope();
      win.getComputedStyle(root || doc.body || doc.documentElement).color;
    }
    const tPrepared = performance.now();
    const result = await pending;
    const t2 = performance.now();
    // Settings read in parallel with detection and annotation apply here, if
    // they were not there when the stylesheet went in.
    if (settings) applySettings(await settings.catch(() => null));
    if (stopped) return false;
    if (!result || result.error) throw new Error(result && result.error ? `${result.error.code}: ${result.error.message}` : 'no result');
    map = nextMap;
    lastTexts = texts;
    model = null;
    annotated = { doc: result, texts };
    index([]);
    const spans = highlightSpans(result);
    const tModel = performance.now();
    const entries = [];
    for (const it of spans) {
      const range = map.rangeFor(it.block, it.start, it.end);
      if (range) entries.push({ id: it.id, name: highlightName(it), range, block: it.block, start: it.start, end: it.end });
    }
    const tRanges = performance.now();
    const h = highlighter();
    if (h.fallback && observer) observer.disconnect();
    h.render(entries, map);
    if (h.fallback && observer) startObserving();
    const t3 = performance.now();
    if (current >= (result.claims || []).length) current = -1;
    truncated = nextTruncated;
    timing = { detectMs: t1 - t0, annotateMs: t2 - t1, highlightMs: t3 - t2, blocks: texts.length,
      chars: texts.reduce((n, t) => n + t.length, 0), spans: entries.length, nodes: article.nodes,
      totalMs: t3 - t0, truncated: !!truncated,
      // The stages, as performance.now() times (the benchmark's breakdown).
      at: { start: t0, walked: tWalked, mapped: t1, sent: tSent, prepared: tPrepared, replied: t2, modelled: tModel,
        ranged: tRanges, rendered: t3 } };
    return true;
  }

  async function run() {
    if (running) { again = true; return running; }
    running = (async () => {
      try {
        do {
          again = false;
          const changed = await annotateOnce();
          judgeHeld();
          if (changed && !stopped) {
            runs++;
            await afterPaint(win);
            if (timing) timing.paintedAt = performance.now();
            clearTimeout(modelTimer);
            modelTimer = setTimeout(getModel, 0);
            onUpdate(api);
          }
        } while (again && !stopped);
      } catch (e) {
        onError(e);
      } finally {
        running = null;
        held = null;
      }
    })();
    return running;
  }

  // The highlight rules are written on anchors near the article's blocks
  // (highlight.js highlightScope): should the page change an anchor's id or
  // class, the scope is worked out again for the text mapped.
  let scopeObserver = null, scoped = [];
  function watchScope() {
    if (scopeObserver) scopeObserver.disconnect();
    const scope = hl && hl.scope;
    if (!scope || stopped) return;
    scopeObserver ||= new win.MutationObserver(() => {
      if (!hl || scopeHolds(hl.scope)) return;
      hl.prepare(highlightScope(scoped));
      watchScope();
    });
    for (const el of scope.anchors) scopeObserver.observe(el, { attributes: true, attributeFilter: ['id', 'class'] });
  }

  const isMark = (n) => n.nodeType === 1 && n.localName === 'newsann-mark';
  const ownNodes = (list) => { for (const n of list) if (!isMark(n)) return false; return true; };

  // A changed node matters when it is in the article, holds it, or the
  // article left the page; typing in an editable region (never annotated)
  // does not. The editable test is last: it climbs the ancestors.
  const editing = (t) => { const el = t.nodeType === 1 ? t : t.parentElement; return !!(el && el.isContentEditable); };
  function touchesArticle(t) {
    const root = article.root;
    return (root.contains(t) || t.contains(root) || !root.isConnected) && !editing(t);
  }

  // Changes seen while a walk had no article yet: judged against the article
  // that walk finds (held = a Set of changed nodes, at most HELD of them).
  const HELD = 1000;
  let held = null;

  function relevant(records) {
    for (const r of records) {
      const t = r.target;
      if (ui.host && (t === ui.host || ui.host.contains(t))) continue;
      if (isMark(t)) continue;
      // The fallback wrapping or unwrapping text: its own change.
      if (r.type === 'childList' && (r.addedNodes.length || r.removedNodes.length) &&
          ownNodes(r.addedNodes) && ownNodes(r.removedNodes)) continue;
      if (!article || !article.root) {
        // A run under way will know soon; otherwise a late article may be
        // arriving.
        if (!running) { if (editing(t)) continue; return true; }
        held ||= new Set();
        if (held.size < HELD) held.add(t); else held.overflow = true;
        continue;
      }
      if (touchesArticle(t)) return true;
    }
    return false;
  }

  // After a run: whether the changes held during it touched what it found.
  function judgeHeld() {
    const h = held;
    held = null;
    if (!h || stopped) return;
    if (h.overflow || !article || !article.root || [...h].some((t) => touchesArticle(t))) schedule();
  }

  function startObserving() {
    if (!observe || stopped) return;
    if (!observer) {
      observer = new win.MutationObserver((records) => {
        if (win.location.href !== lastUrl) { lastUrl = win.location.href; lastTexts = null; schedule({ fresh: true }); return; }
        if (relevant(records)) schedule();
      });
    }
    observer.observe(doc.body || doc.documentElement, { childList: true, subtree: true, characterData: true });
  }

  // A re-run after changes: debounced, at the latest maxWaitMs after the
  // first change, and no sooner than the back-off allows.
  function schedule({ fresh = false } = {}) {
    const now = performance.now();
    if (fresh) { backoff = debounceMs; notBefore = 0; }
    if (!firstChange) firstChange = now;
    const due = Math.max(notBefore, Math.min(now + debounceMs, firstChange + maxWaitMs));
    clearTimeout(debounce);
    debounce = setTimeout(rerun, Math.max(0, due - now));
  }

  function rerun() {
    const now = performance.now();
    firstChange = 0;
    // A re-run soon after the previous one: the page keeps changing; wait
    // twice as long before the next. A quiet spell resets the pace.
    backoff = now - lastRerun < 2 * backoff + maxWaitMs ? Math.min(backoff * 2, maxBackoffMs) : debounceMs;
    lastRerun = now;
    notBefore = now + backoff;
    run();
  }

  function onNavigate() {
    if (win.location.href === lastUrl) return;
    lastUrl = win.location.href;
    lastTexts = null;
    schedule({ fresh: true });
  }

  const api = {
    run,
    get model() { return getModel(); },
    get map() { return map; },
    get article() { return article; },
    get runs() { return runs; },
    get timing() { return timing; },
    get truncated() { return truncated; },
    get ui() { return ui; },
    get card() { return card; },
    get highlighter() { return hl; },
    select(id, { flash = true, showCard = true } = {}) {
      if (!getModel()) return false;
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
      if (!getModel() || !model.claims.length) return false;
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
      return { doc: annotated ? annotated.doc : null, texts: annotated ? annotated.texts : [], title: doc.title, url: win.location.href,
        date, layers: { ...visible }, current, timing, truncated, titleBlocks: article ? article.titleBlocks : 0 };
    },
    stop() {
      stopped = true;
      clearTimeout(debounce);
      if (observer) observer.disconnect();
      if (scopeObserver) scopeObserver.disconnect();
      doc.removeEventListener('pointermove', onPointerMove, true);
      doc.removeEventListener('keydown', onKeyDown, true);
      win.removeEventListener('popstate', onNavigate);
      if (win.navigation) win.navigation.removeEventListener('navigatesuccess', onNavigate);
      if (hl) hl.destroy();
      ui.remove();
      clearTimeout(modelTimer);
      hl = null; card = null; model = null; annotated = null; map = null;
    },
  };

  doc.addEventListener('pointermove', onPointerMove, { capture: true, passive: true });
  doc.addEventListener('keydown', onKeyDown, true);
  win.addEventListener('popstate', onNavigate);
  if (win.navigation) win.navigation.addEventListener('navigatesuccess', onNavigate);
  startObserving();
  return api;
}
