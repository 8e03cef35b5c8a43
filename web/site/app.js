// The offline site: a reader pastes text, or opens or drops an .html or .txt
// file, and reads it annotated, with the panel (summary, layers, claims by
// source, actors, figures, export) beside it. Bundled by build.mjs into one
// classic script (a page opened from file:// runs no module scripts);
// the annotator is newsann.single.js, loaded before it (the wasm inside,
// so nothing is fetched). Over http a service worker (sw.js) keeps the site
// working offline after the first visit.
import { createPageAnnotator } from '../lib/page.js';
import { createPanel, PANEL_CSS } from '../lib/panel.js';
import { exportAs, download } from '../lib/export.js';
import { importText, importHtml, readFile } from './importer.js';
import { renderArticle } from './render.js';
import exampleText from '../../examples/belarus-border.txt';

// The example article of examples/, with the publication date it comes with.
const EXAMPLE = { text: exampleText, name: 'belarus-border.txt', date: '2021-11-20' };

const $ = (id) => document.getElementById(id);
const reader = $('reader');
const dateInput = $('date');
let article = null;   // {title, date, source, blocks}
let pa = null;        // the page annotator over the reading view
let generation = 0;   // a newer article cancels an older one's annotation

// body[data-state]: loading, annotating, annotated, empty, error; and
// body[data-generation]: which article that state is about (tests wait on it).
const setState = (s, gen = generation) => { document.body.dataset.state = s; document.body.dataset.generation = String(gen); };
function setStatus(text, error = false) {
  const el = $('status');
  el.textContent = text;
  el.classList.toggle('error', error);
}

// The panel's styles as a constructed sheet: the page's CSP has no
// 'unsafe-inline' for styles.
const sheet = new CSSStyleSheet();
sheet.replaceSync(PANEL_CSS);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

const panel = createPanel($('panel'), {
  onSelect: (id) => { if (pa) pa.select(id); },
  onToggleLayer: (layer, on) => { if (pa) pa.setLayer(layer, on); },
  onExport: (format) => {
    if (!pa || !pa.model) return;
    download(exportAs(format, pa.model, { title: article.title || article.source, date: dateInput.value || null, url: null }), document);
  },
});

const engine = globalThis.newsann && globalThis.newsann.createAnnotator
  ? globalThis.newsann.createAnnotator()
  : Promise.reject(new Error('newsann.single.js did not load'));
engine.catch(() => {});

function emptyNote(text) {
  const p = document.createElement('p');
  p.className = 'empty';
  p.textContent = text;
  return p;
}

// Shows an imported article and annotates it.
async function show(next) {
  article = next;
  if (next.date) dateInput.value = next.date;
  if (!renderArticle(reader, next)) reader.replaceChildren(emptyNote(`No text found in ${next.source}.`));
  await annotate();
}

async function annotate() {
  const mine = ++generation;
  if (pa) { pa.stop(); pa = null; }
  panel.update(null);
  if (!article || !article.blocks.length) { setState('empty'); setStatus(article ? `No text found in ${article.source}.` : ''); return; }
  setState('annotating');
  setStatus(`Annotating ${article.source}…`);
  // The status paints before the (synchronous) annotation starts.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  let annotator;
  try {
    annotator = await engine;
  } catch (e) {
    setState('error');
    setStatus(`The annotator could not start: ${e && e.message || e}`, true);
    return;
  }
  if (mine !== generation) return;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(dateInput.value) ? dateInput.value : undefined;
  let annotateMs = 0;
  let failed = null;
  const p = createPageAnnotator({
    root: reader, observe: false,
    // The reader chose this text: a longer document than a page's article
    // (web/lib/page.js caps a live page at 60,000 characters); a cut is
    // still shown in the panel.
    maxChars: 400000, maxBlocks: 20000,
    annotate: async (texts) => {
      const t0 = performance.now();
      const doc = annotator.annotateBlocks(texts, { date });
      annotateMs = performance.now() - t0;
      return doc;
    },
    onUpdate: (x) => {
      const snap = x.snapshot();
      panel.update(x.model, { layers: snap.layers, current: snap.current, title: article.title || article.source, truncated: snap.truncated });
    },
    onError: (e) => { failed = e; },
  });
  pa = p;
  await p.run();
  if (mine !== generation) return;
  if (failed || !p.model) {
    setState('error');
    setStatus(`Could not annotate ${article.source}: ${failed ? failed.message || failed : 'no text'}`, true);
    return;
  }
  const m = p.model;
  setStatus(`${article.source}: ${m.summary.text}; ${m.entities.length} actors, ${m.figures.length} figures ` +
    `(annotated in ${Math.round(annotateMs)} ms)`);
  setState('annotated');
}

async function showFile(file) {
  try {
    const f = await readFile(file);
    await show(f.kind === 'html' ? importHtml(f.text, { name: f.name }) : importText(f.text, { name: f.name }));
  } catch (e) {
    setState('error', ++generation);
    setStatus(String(e && e.message || e), true);
  }
}

// ---- controls -----------------------------------------------------------------------

const pasteBox = $('paste');
const pasteText = $('paste-text');
function setPasteOpen(open) {
  pasteBox.hidden = !open;
  $('paste-open').setAttribute('aria-expanded', String(open));
  if (open) pasteText.focus();
}
$('paste-open').addEventListener('click', () => setPasteOpen(pasteBox.hidden));
$('paste-cancel').addEventListener('click', () => setPasteOpen(false));
$('paste-go').addEventListener('click', () => {
  const text = pasteText.value;
  if (!text.trim()) { pasteText.focus(); return; }
  setPasteOpen(false);
  dateInput.value = '';
  show(importText(text, { name: 'pasted text' }));
});
pasteText.addEventListener('keydown', (e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) $('paste-go').click(); });

$('file').addEventListener('change', (e) => {
  const file = e.target.files && e.target.files[0];
  e.target.value = '';  // the same file can be opened again
  if (file) { dateInput.value = ''; showFile(file); }
});
$('example').addEventListener('click', () => { dateInput.value = EXAMPLE.date; show(importText(EXAMPLE.text, { name: EXAMPLE.name })); });
dateInput.addEventListener('change', () => { if (article) annotate(); });

// Pasting anywhere but a text field: HTML from the clipboard (copied from a
// page) goes the inert way, plain text as text.
document.addEventListener('paste', (e) => {
  const t = e.target;
  if (t && (t.localName === 'textarea' || t.localName === 'input' || t.isContentEditable)) return;
  const data = e.clipboardData;
  if (!data) return;
  const html = data.getData('text/html');
  const text = data.getData('text/plain');
  if (!html && !text) return;
  e.preventDefault();
  dateInput.value = '';
  show(html ? importHtml(html, { name: 'pasted HTML' }) : importText(text, { name: 'pasted text' }));
});

// Dropping a file (or text) anywhere. The browser would otherwise open a
// dropped file in place of the site.
const drop = $('drop');
let dragDepth = 0;
const carries = (e) => e.dataTransfer && [...e.dataTransfer.types].some((t) => t === 'Files' || t === 'text/plain' || t === 'text/html');
window.addEventListener('dragenter', (e) => { if (!carries(e)) return; e.preventDefault(); dragDepth++; drop.hidden = false; });
window.addEventListener('dragover', (e) => { if (!carries(e)) return; e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; });
window.addEventListener('dragleave', () => { dragDepth = Math.max(0, dragDepth - 1); if (!dragDepth) drop.hidden = true; });
window.addEventListener('drop', (e) => {
  e.preventDefault();
  dragDepth = 0;
  drop.hidden = true;
  const dt = e.dataTransfer;
  if (!dt) return;
  dateInput.value = '';
  if (dt.files && dt.files.length) { showFile(dt.files[0]); return; }
  const html = dt.getData('text/html');
  const text = dt.getData('text/plain');
  if (html) show(importHtml(html, { name: 'dropped HTML' }));
  else if (text) show(importText(text, { name: 'dropped text' }));
});

// Offline after the first visit (http only: a service worker cannot run
// from file://, where everything is local anyway).
if (/^https?:$/.test(location.protocol) && 'serviceWorker' in navigator) {
  navigator.serviceWorker.register('sw.js').catch(() => {});
}

engine.then(() => { if (!article) setStatus(''); }, (e) => {
  setState('error');
  setStatus(`The annotator could not start: ${e && e.message || e}`, true);
});
dateInput.value = EXAMPLE.date;
show(importText(EXAMPLE.text, { name: EXAMPLE.name }));
