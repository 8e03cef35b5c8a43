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

// Highlighted ranges of the page, and those whose text does not get their
// highlight's style (no background, no underline), of the rendered ones, read back through
// getComputedStyle(el, '::highlight(name)').
export const HIGHLIGHT_PROBE = `(() => {
  let ranges = 0, unstyled = 0;
  for (const [name, h] of CSS.highlights) {
    if (!name.startsWith('newsann-')) continue;
    for (const r of h) {
      ranges++;
      const el = r.startContainer.nodeType === 1 ? r.startContainer : r.startContainer.parentElement;
      if (!el.checkVisibility()) continue;  // not rendered (a page hidden without its scripts): nothing to paint
      const st = getComputedStyle(el, '::highlight(' + name + ')');
      if (st.backgroundColor === 'rgba(0, 0, 0, 0)' && st.textDecorationLine === 'none') unstyled++;
    }
  }
  return { ranges, unstyled };
})()`;

// The toolbar button's path on a page already annotated at load: stop
// (highlights and stylesheet removed), inject the content script again (as
// the button does).
async function annotateAgain(ext, w, url) {
  await w.inExtension(`(() => { const s = globalThis.__newsann; s.pa.stop(); s.stopped = true;
    globalThis.__newsann = { stopped: true, errors: [], pa: s.pa }; })()`);
  await ext.sw.evaluate(async (u) => {
    const [tab] = await chrome.tabs.query({ url: u });
    await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['content.js'] });
  }, url);
  return w.painted(20000);
}

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
    const probe = () => page.evaluate((p) => ({ same: window.__newsannDom.html === document.documentElement.outerHTML,
      mutations: window.__newsannDom.mutations, ...eval(p) }), HIGHLIGHT_PROBE);
    const dom = await probe();
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
    if (dom.unstyled) r.problems.push(`${dom.unstyled} highlighted ranges without their style`);
    if (r.spans) {
      const again = await annotateAgain(ext, w, page.url());
      const d2 = await probe();
      if (!again || !again.timing) r.problems.push('toolbar path: content script did not finish');
      else {
        r.timingAgain = again.timing;
        r.scoped = await w.inExtension('!!(globalThis.__newsann.pa.highlighter && globalThis.__newsann.pa.highlighter.scope)');
        if (again.errors.length) r.problems.push(`toolbar path: errors: ${again.errors.join('; ')}`);
        if (d2.ranges !== again.timing.spans || again.timing.spans !== r.spans) {
          r.problems.push(`toolbar path: ${d2.ranges} ranges for ${again.timing.spans} spans (first run ${r.spans})`);
        }
        if (d2.unstyled) r.problems.push(`toolbar path: ${d2.unstyled} highlighted ranges without their style`);
        if (!d2.same || d2.mutations) r.problems.push(`toolbar path: DOM changed (${d2.mutations} mutations)`);
      }
    }
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
