import { DOMParser } from 'linkedom';

/**
 * A single-page app holding two articles: it renders one into <main> and switches with
 * history.pushState when the bench calls `window.__lodestoneBenchNavigate('a' | 'b')`. The reader
 * stays the same instance across these navigations, which is where ranges, observers and React
 * roots that are not released would pile up.
 */
export function spaPage(articleA: string, articleB: string): string {
  const articles = { a: articleOf(articleA), b: articleOf(articleB) };
  // `<` escaped so that no article text can close the data script.
  const data = JSON.stringify(articles).replace(/</g, '\\u003c');
  return `<!DOCTYPE html>
<!-- Bench page (generated): an SPA switching between two rare-earth articles with pushState. -->
<html lang="en"><head><meta charset="utf-8"><title>${articles.a.title}</title>
<link rel="canonical" href="${articles.a.canonical}"></head>
<body><header><nav><a href="/">Home</a> <a href="/markets/">Markets</a></nav></header>
<main id="app"></main>
<footer><p>Bench SPA footer.</p></footer>
<script type="application/json" id="articles">${data}</script>
<script>
  const articles = JSON.parse(document.getElementById('articles').textContent);
  function show(key) {
    const a = articles[key];
    document.title = a.title;
    document.querySelector('link[rel=canonical]').setAttribute('href', a.canonical);
    document.getElementById('app').innerHTML = a.html;
  }
  window.__lodestoneBenchNavigate = (key) => { history.pushState({}, '', '/spa/' + key + '/'); show(key); };
  show(location.pathname.includes('/b/') ? 'b' : 'a');
</script></body></html>`;
}

function articleOf(html: string): { title: string; canonical: string; html: string } {
  const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const article = doc.querySelector('article') ?? doc.body;
  const canonical = doc.querySelector('link[rel=canonical]')?.getAttribute('href') ?? 'https://rareearthexchanges.com/';
  return { title: doc.title, canonical, html: article.outerHTML };
}
