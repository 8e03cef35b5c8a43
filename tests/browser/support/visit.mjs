// One visit of a corpus page with the extension on: waits for the content
// script to paint, then checks what acceptance asks of every page.
export const WATCH_DOM = () => {
  // Main world, before the page: the DOM as parsed, then every later change.
  window.__newsannDom = { html: null, mutations: 0 };
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive' || window.__newsannDom.html !== null) return;
    window.__newsannDom.html = document.documentElement.outerHTML;
    new MutationObserver((rs) => { window.__newsannDom.mutations += rs.length; })
      .observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
};

export async function visit(ext, page, w, url, { screenshot = null } = {}) {
  const pageErrors = [];
  const onError = (e) => pageErrors.push(String(e));
  page.on('pageerror', onError);
  w.requests.length = 0;
  w.exceptions.length = 0;
  const swBefore = ext.swRequests.length;
  const r = { url, ok: false, problems: [] };
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30000 });
    const s = await w.painted(20000);
    if (!s) { r.problems.push('content script did not finish'); return r; }
    const dom = await page.evaluate(() => {
      let ranges = 0;
      for (const [k, h] of CSS.highlights) if (k.startsWith('newsann-')) ranges += h.size;
      return { same: window.__newsannDom.html === document.documentElement.outerHTML,
        mutations: window.__newsannDom.mutations, ranges };
    });
    const snap = s.snapshot;
    const body = snap.texts.slice(snap.titleBlocks);
    r.timing = s.timing;
    r.spans = s.timing.spans || 0;
    r.ranges = dom.ranges;
    r.bodyChars = body.reduce((n, t) => n + t.length, 0);
    if (s.errors.length) r.problems.push(`errors: ${s.errors.join('; ')}`);
    if (r.bodyChars < 80) r.problems.push(`article not found (${r.bodyChars} characters)`);
    if (!dom.same || dom.mutations) r.problems.push(`DOM changed (${dom.mutations} mutations)`);
    if (r.ranges !== r.spans) r.problems.push(`${r.ranges} ranges highlighted for ${r.spans} spans`);
    const net = w.extensionRequests();
    const swNet = ext.swRequests.slice(swBefore).filter((q) => !/^(chrome-extension|blob|data):/.test(q.url));
    if (net.length || swNet.length) r.problems.push(`network: ${[...net, ...swNet].map((q) => q.url).join(', ')}`);
    if (pageErrors.length) r.problems.push(`page errors: ${pageErrors.join('; ')}`);
    if (w.exceptions.length) r.problems.push(`exceptions: ${w.exceptions.join('; ')}`);
    if (screenshot) {
      // The start of the article body, not the page's navigation.
      await w.inExtension(`(() => { const pa = globalThis.__newsann.pa; const b = 0;
        const r = pa.map && pa.map.rangeFor(b, 0, 1); if (r) r.startContainer.parentElement.scrollIntoView({ block: 'start' }); })()`).catch(() => {});
      await page.screenshot({ path: screenshot });
    }
    r.ok = r.problems.length === 0;
    return r;
  } catch (e) {
    r.problems.push(String(e).slice(0, 200));
    return r;
  } finally {
    page.off('pageerror', onError);
  }
}
