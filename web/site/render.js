// render: the reading view of an imported article (importer.js). Builds its
// own elements and puts the text in as text nodes: nothing the reader
// brought is ever parsed as markup, so "<img onerror=…>" in a paragraph is
// shown as those characters.
//
//   renderArticle(container, { title, blocks: [{kind, text}] })

const TAGS = { title: 'h1', heading: 'h2', p: 'p', quote: 'blockquote', pre: 'pre' };

export function renderArticle(container, { blocks = [] } = {}) {
  const doc = container.ownerDocument;
  const out = [];
  let list = null;
  for (const b of blocks) {
    if (b.kind === 'li') {
      if (!list) { list = doc.createElement('ul'); out.push(list); }
      const li = doc.createElement('li');
      li.textContent = b.text;
      list.appendChild(li);
      continue;
    }
    list = null;
    const el = doc.createElement(TAGS[b.kind] || 'p');
    el.textContent = b.text;
    out.push(el);
  }
  container.replaceChildren(...out);
  return out.length;
}
