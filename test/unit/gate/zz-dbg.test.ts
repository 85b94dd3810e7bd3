// @vitest-environment jsdom
import { JSDOM } from 'jsdom';
import { it } from 'vitest';
import { readGateSample } from '/work/main/lib/gate/gate-sample';
it('x', () => {
  console.log(import.meta.url, typeof document);
  const paragraphs = Array.from({ length: 500 }, (_, i) => `<p>Paragraph ${i} of a very long live blog about municipal budgets.</p>`).join('\n');
  const doc = new JSDOM(`<html><body><main>${paragraphs}</main></body></html>`, { url: 'https://a.example/' }).window.document;
  let visited = 0;
  const create = doc.createTreeWalker.bind(doc);
  doc.createTreeWalker = ((root: Node, w?: number, f?: NodeFilter | null) => {
    const walker = create(root, w, f);
    const next = walker.nextNode.bind(walker);
    walker.nextNode = () => { visited++; const r = next(); if (visited < 6 || visited % 1000 === 0) console.log("v", visited, r?.nodeName, JSON.stringify(r?.nodeValue ?? "").slice(0,30)); return r; };
    return walker;
  }) as any;
  const s = readGateSample(doc, 'https://a.example/');
  console.log(visited, s.body.length, s.body.split("Paragraph").length, JSON.stringify(s.body.slice(0,200)));
});
