// importer: what a reader brings (pasted text, an opened or dropped .txt
// or .html file, HTML from the clipboard) as an article to show:
// {title, date, source, blocks: [{kind, text}]}, kind one of title,
// heading, p, li, quote, pre.
//
// HTML is never rendered. It is parsed with DOMParser into an inert
// document (no browsing context: no script runs, no handler fires, nothing
// loads), its main content is found there by web/lib/content.js, and only
// the text of its blocks comes out. The reading view builds its own
// elements from that text (render.js).

import { findArticle, findPublicationDate } from '../lib/content.js';
import { scanBlocks, blockText } from '../lib/textmap.js';

export const MAX_BYTES = 20 * 1024 * 1024;

// ---- bytes to text -------------------------------------------------------------

function tryDecode(label, bytes, fatal) {
  try {
    return new TextDecoder(label, { fatal }).decode(bytes);
  } catch {
    return null;
  }
}

// A file's text: a BOM first, then strict UTF-8, then (HTML) the charset its
// <meta> declares, then windows-1252, which decodes any byte.
export function decodeBytes(bytes, { html = false } = {}) {
  const b = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return tryDecode('utf-8', b.subarray(3), false);
  if (b[0] === 0xff && b[1] === 0xfe) return tryDecode('utf-16le', b.subarray(2), false);
  if (b[0] === 0xfe && b[1] === 0xff) return tryDecode('utf-16be', b.subarray(2), false);
  const utf8 = tryDecode('utf-8', b, true);
  if (utf8 !== null) return utf8;
  if (html) {
    const head = tryDecode('windows-1252', b.subarray(0, 4096), false) || '';
    const m = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head);
    if (m) {
      const text = tryDecode(m[1], b, false);
      if (text !== null) return text;
    }
  }
  return tryDecode('windows-1252', b, false);
}

const HTML_NAME = /\.(x?html?|xht)$/i;
const TEXT_NAME = /\.(txt|text|md|markdown)$/i;

// 'html', 'text', or null (not something this site reads) for a file.
export function kindOfFile(name = '', type = '', head = '') {
  if (HTML_NAME.test(name) || /^(text\/html|application\/xhtml\+xml)$/i.test(type)) return 'html';
  if (TEXT_NAME.test(name) || /^text\/plain$/i.test(type)) return 'text';
  if (/^\s*<(!doctype html|html|head|body|article|p)[\s>]/i.test(head)) return 'html';
  if (type.startsWith('text/') || (!type && !/[\u0000-\u0008\u000e-\u001f]/.test(head))) return 'text';
  return null;
}

// A File (opened or dropped): {name, kind, text}; throws with a reader's
// sentence when it cannot be read.
export async function readFile(file) {
  if (file.size > MAX_BYTES) throw new Error(`${file.name} is too large (${Math.round(file.size / 1048576)} MB; the limit is ${MAX_BYTES / 1048576} MB).`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const head = tryDecode('windows-1252', bytes.subarray(0, 512), false) || '';
  const kind = kindOfFile(file.name, file.type, head);
  if (!kind) throw new Error(`${file.name || 'This file'} is not an .html or .txt file.`);
  return { name: file.name, kind, text: decodeBytes(bytes, { html: kind === 'html' }) };
}

// ---- plain text ----------------------------------------------------------------------

const SENTENCE_END = /[.!?:;"”’)\]…]$/;
const LIST_ITEM = /^([-*•‣◦]|\d{1,3}[.)])\s+/;

// Paragraphs are separated by blank lines. Inside one, lines are joined
// when they read as a hard-wrapped paragraph (long lines running on),
// else each line is a block of its own (a headline, a list, a dateline).
// A text without blank lines is a paragraph per line, unless its lines
// look wrapped at a fixed width.
function paragraphsOf(text) {
  const norm = text.replace(/\r\n?/g, '\n').replace(/[\u2028\u2029]/g, '\n');
  const blankSeparated = /\n[ \t]*\n/.test(norm);
  const blocks = [];
  for (const chunk of norm.split(/\n[ \t]*\n/)) {
    const lines = chunk.split('\n').map((l) => l.trim()).filter(Boolean);
    if (!lines.length) continue;
    const body = lines.slice(0, -1);
    const join = lines.length > 1 && !lines.some((l) => LIST_ITEM.test(l)) && body.every((l) => l.length >= 40) &&
      (blankSeparated || (body.every((l) => l.length <= 100) &&
                          body.filter((l) => !SENTENCE_END.test(l)).length >= body.length / 2));
    if (join) blocks.push(lines.join(' ')); else blocks.push(...lines);
  }
  return blocks;
}

// A headline: the first block, short, not a sentence, with more to follow.
function looksLikeTitle(block, rest) {
  return rest > 0 && block.length >= 4 && block.length <= 160 && !/[.!?:;,]$/.test(block) && !LIST_ITEM.test(block);
}

export function importText(text, { name = null } = {}) {
  const paras = paragraphsOf(String(text || ''));
  const blocks = paras.map((t) => (LIST_ITEM.test(t) ? { kind: 'li', text: t.replace(LIST_ITEM, '') } : { kind: 'p', text: t }));
  let title = null;
  if (blocks.length && looksLikeTitle(blocks[0].text, blocks.length - 1) && blocks[0].kind === 'p') {
    blocks[0].kind = 'title';
    title = blocks[0].text;
  }
  return { title: title || name || null, date: null, source: name || 'pasted text', blocks };
}

// ---- HTML -----------------------------------------------------------------------------

// Subtrees whose text is never the article's; hidden ones as far as the
// markup says (an inert document has no layout to ask).
const DROP = 'script, style, noscript, template, iframe, frame, frameset, object, embed, applet, svg, math, canvas, ' +
  'video, audio, picture, img, link, base, select, textarea, input, button, dialog, [hidden], [aria-hidden="true"]';
const HIDDEN_STYLE = /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*hidden)/i;

function kindOfBlock(el) {
  if (el.closest('h1, h2, h3, h4, h5, h6')) return 'heading';
  if (el.closest('pre')) return 'pre';
  if (el.closest('blockquote')) return 'quote';
  if (el.closest('li')) return 'li';
  return 'p';
}

export function importHtml(html, { name = null } = {}) {
  const doc = new DOMParser().parseFromString(String(html || ''), 'text/html');
  // The inert document is ours to trim: what cannot be article text goes
  // before detection.
  for (const el of doc.querySelectorAll(DROP)) el.remove();
  for (const el of doc.querySelectorAll('[style]')) if (HIDDEN_STYLE.test(el.getAttribute('style'))) el.remove();
  const date = findPublicationDate(doc);
  const article = findArticle(doc);
  let found = article.blocks;
  let titleBlocks = article.titleBlocks;
  if (!found.some((b) => b.chars >= 25) && doc.body) {  // no article structure: all the text there is
    found = scanBlocks(doc.body);
    titleBlocks = 0;
  }
  const blocks = [];
  found.forEach((b, i) => {
    const text = blockText(b);
    if (text) blocks.push({ kind: i < titleBlocks ? 'title' : kindOfBlock(b.container), text });
  });
  const headline = blocks.filter((b) => b.kind === 'title').map((b) => b.text).join(' ');
  const declared = (doc.querySelector('meta[property="og:title"]')?.getAttribute('content') || doc.title || '').trim();
  return { title: headline || declared || name || null, date, source: name || 'HTML', blocks };
}
