// textmap: the page's text as blocks, and the way back from block offsets
// to DOM Ranges.
//
// A block is a run of inline content between block boundaries: a paragraph,
// a heading, a list item, the text of a <div> around its nested blocks.
// <br> also ends a block. Its text is what a reader sees, with whitespace
// collapsed to single spaces (as CSS renders it), zero-width characters
// dropped and no leading or trailing space. That text is what
// annotateBlocks() receives, so every result offset (UTF-16 units of a
// block) maps back through the text map to the live text nodes.
//
//   const blocks = scanBlocks(root, {skip});   // cheap: text nodes only
//   const map = buildTextMap(blocks);          // texts + offset tables
//   map.texts                                  // string[] for annotateBlocks
//   map.rangeFor(block, start, end)            // a live Range, across <a>, <em>, ...
//   map.locate(textNode, offset)               // {block, offset} or null
//
// Nothing here changes the DOM.

// Elements that start and end a block of text.
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody',
  'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'caption', 'body', 'menu', 'legend', 'option',
]);

// Elements whose content is never article text.
export const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'video',
  'audio', 'select', 'textarea', 'input', 'button', 'math', 'head', 'title', 'meta', 'link', 'img',
  'picture', 'source', 'map', 'dialog', 'frameset', 'frame', 'datalist', 'output', 'progress', 'meter',
]);

// One block: the element that opened it and its text nodes, in order.
// chars counts the collapsed characters, linkChars those inside <a>.
function newBlock(container) {
  return { container, nodes: [], chars: 0, linkChars: 0, text: null };
}

const WS = /[\s\u00a0\u200b\u200c\u200d\u2060\ufeff\u00ad]+/g;

function collapsedLength(s) {
  return s.replace(WS, ' ').length;
}

// Walks root and returns its blocks in document order. skip(el) may exclude
// an element and its subtree (navigation, hidden text, ...). Only text is
// read; nothing is computed per character.
export function scanBlocks(root, { skip = () => false } = {}) {
  const blocks = [];
  let cur = null;
  const flush = () => {
    if (cur) blocks.push(cur);  // a block starts only at visible text
    cur = null;
  };
  const visit = (parent, container, inLink, depth) => {
    if (depth > 400) return;  // pathological nesting: stop, do not overflow the stack
    for (let c = parent.firstChild; c; c = c.nextSibling) {
      const type = c.nodeType;
      if (type === 3) {  // Text
        const data = c.data;
        if (!cur) {
          if (!/[^\s\u00a0\u200b\u200c\u200d\u2060\ufeff\u00ad]/.test(data)) continue;
          cur = newBlock(container);
        }
        const n = collapsedLength(data);
        cur.nodes.push(c);
        cur.chars += n;
        if (inLink) cur.linkChars += n;
      } else if (type === 1) {  // Element
        const tag = c.localName;
        const isBlock = BLOCK_TAGS.has(tag);
        if (SKIP_TAGS.has(tag) || skip(c)) {
          if (isBlock) flush();
          continue;
        }
        if (tag === 'br') { flush(); continue; }
        if (isBlock) {
          flush();
          visit(c, c, inLink, depth + 1);
          flush();
        } else {
          visit(c, container, inLink || tag === 'a', depth + 1);
        }
      }
    }
  };
  if (root) visit(root, root, false, 0);
  flush();
  return blocks;
}

// The visible text of a scanned block (collapsed whitespace, trimmed).
export function blockText(block) {
  if (block.text === null) block.text = normalize(block.nodes).text;
  return block.text;
}

const isSpace = (c) => c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0xa0;
const isInvisible = (c) => c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0xad;

// Builds one block's text and, per text node, a table from block offsets to
// node offsets: segment.offs[i] is the node offset of block character
// segment.start + i.
function normalize(nodes) {
  let out = '';
  const segments = [];
  let lastSpace = true;  // no leading space
  for (const node of nodes) {
    const s = node.data;
    const start = out.length;
    const offs = [];
    let piece = '';
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (isInvisible(c)) continue;
      if (isSpace(c)) {
        if (lastSpace) continue;
        piece += ' ';
        lastSpace = true;
      } else {
        piece += s[i];
        lastSpace = false;
      }
      offs.push(i);
    }
    out += piece;
    if (piece.length) segments.push({ node, start, end: out.length, offs });
  }
  // No trailing space: drop it from the segment that produced it.
  if (out.endsWith(' ')) {
    out = out.slice(0, -1);
    const last = segments[segments.length - 1];
    last.end -= 1;
    last.offs.pop();
    if (last.end === last.start) segments.pop();
  }
  return { text: out, segments };
}

// First index in sorted segments whose end is > offset (start) or >= offset (end).
function findSegment(segments, offset, isEnd) {
  let lo = 0, hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const e = segments[mid].end;
    if (isEnd ? e >= offset : e > offset) hi = mid; else lo = mid + 1;
  }
  return segments[lo];
}

export function buildTextMap(blocks) {
  const texts = [];
  const perBlock = [];
  const byNode = new Map();  // text node -> {block, segment}
  blocks.forEach((b, bi) => {
    const { text, segments } = normalize(b.nodes);
    b.text = text;
    texts.push(text);
    perBlock.push(segments);
    for (const seg of segments) byNode.set(seg.node, { block: bi, segment: seg });
  });

  return {
    texts,
    blocks,
    // A Range over [start, end) of block `block`, or null when out of bounds.
    rangeFor(block, start, end) {
      const segs = perBlock[block];
      if (!segs || !segs.length || start < 0 || end <= start || end > texts[block].length) return null;
      const a = findSegment(segs, start, false);
      const b = findSegment(segs, end, true);
      const doc = a.node.ownerDocument;
      const r = doc.createRange();
      r.setStart(a.node, a.offs[start - a.start]);
      r.setEnd(b.node, b.offs[end - 1 - b.start] + 1);
      return r;
    },
    // The block offset of a DOM position inside a mapped text node.
    locate(node, offset) {
      const hit = byNode.get(node);
      if (!hit) return null;
      const { segment } = hit;
      const offs = segment.offs;
      let lo = 0, hi = offs.length - 1;
      if (offset <= offs[0]) return { block: hit.block, offset: segment.start };
      while (lo < hi) {  // last i with offs[i] <= offset
        const mid = (lo + hi + 1) >> 1;
        if (offs[mid] <= offset) lo = mid; else hi = mid - 1;
      }
      return { block: hit.block, offset: segment.start + lo + (offs[lo] < offset ? 1 : 0) };
    },
    // The text-node segments of a block: {node, start, end, offs}.
    segmentsOf(block) { return perBlock[block] || []; },
    // Every mapped text node (to tell whether a mutation touched the article).
    hasNode(node) { return byNode.has(node); },
  };
}
