// The early stylesheet: on the sites the reader switched on, this runs at
// document_start, before the page is first styled, and adopts the highlight
// stylesheet then. Added to a page already styled, the sheet's ::highlight()
// rules make the browser restyle every element (5-30 ms on a news page, on
// the way to the first highlights); added now, it is part of the page's
// first styling. The content script (document_idle, same isolated world)
// takes it over through globalThis.__newsannSheet. Nothing else runs here.
import { highlightCss } from '../lib/highlight.js';

if (!globalThis.__newsannSheet && globalThis.CSS && CSS.highlights && globalThis.Highlight && 'adoptedStyleSheets' in document) {
  const css = highlightCss('newsann');
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  globalThis.__newsannSheet = { sheet, css };
}
