// newsann-widget: the entry point. Importing it defines <article-annotator>
// (unless a custom element of that name exists already) and exports
// annotate() for pages that prefer a call.
//
//   <script type="module" src="/newsann-widget/newsann-widget.js"></script>
//   <article-annotator><article>…</article></article-annotator>
//
//   import { annotate } from './newsann-widget.js';
//   annotate(document.querySelector('article'), { panel: 'inline' });

import { defineElement, ArticleAnnotatorElement } from './element.js';
import { annotate, parseLayers, parseColors } from './widget.js';

defineElement();

export { annotate, defineElement, ArticleAnnotatorElement, parseLayers, parseColors };
