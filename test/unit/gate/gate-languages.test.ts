import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreTopic } from '../../../lib/analysis/topic';
import { scoreGate } from '../../../lib/gate/gate-score';
import { excerptGateSample } from '../../../lib/eval/realnews';
import { LABELS_FILE, readExcerpts, readSplit, REALNEWS_FILE } from '../../../scripts/realnews/paths';
import { articleOf } from '../analysis/article-of';

/**
 * The gate lets non-English rare-earth items through (issue 12, item 3): the sector's name in the
 * languages the engine reads and in it, id, ms, vi, tr, pl, ar, fa (sentences written for this test),
 * and the real-news excerpts by their title, address and text (excerptGateSample).
 */
describe('the gate and the topic beyond the nine languages', () => {
  it.each([
    ['it', 'La Cina ha deciso nuove restrizioni sulle esportazioni di terre rare, che preoccupano i produttori europei di magneti.'],
    ['id', 'Pemerintah China membatasi ekspor logam tanah jarang, sehingga harga di pasar global naik tajam.'],
    ['ms', 'Kerajaan Malaysia mahu membina lebih banyak loji pemprosesan nadir bumi di Pahang dan mengehadkan eksport bahan mentah dari lombong tempatan.'],
    ['vi', 'Việt Nam muốn khai thác mỏ đất hiếm để giảm phụ thuộc vào nguồn cung từ Trung Quốc trong chuỗi cung ứng.'],
    ['tr', 'Türkiye, nadir toprak elementleri rezervlerini işlemek için yeni bir tesis kuracağını açıkladı ve ihracat planlıyor.'],
    ['pl', 'Unia Europejska chce zmniejszyć zależność od dostaw metali ziem rzadkich z Chin i wspiera nowe kopalnie.'],
    ['ar', 'أعلنت الصين قيودا جديدة على تصدير العناصر الأرضية النادرة، ما أثار قلق مصنعي المغناطيس في أوروبا.'],
    ['fa', 'چین محدودیت‌های تازه‌ای بر صادرات عناصر خاکی کمیاب اعمال کرد و زنجیره تامین جهانی را نگران کرد.'],
  ])('%s: a candidate for the gate, and a rare-earth item for the topic', (lang, text) => {
    expect(scoreGate({ url: 'https://news.example/item', head: '', body: text }).candidate).toBe(true);
    expect(scoreTopic(articleOf([text, text.replace(/\.$/u, '') + ' — again.'], { lang })).isRareEarth).toBe(true);
  });
});

const present = existsSync(REALNEWS_FILE);
describe.runIf(present)('the gate on the real news (by title, address and text)', () => {
  const labels = present ? (JSON.parse(readFileSync(LABELS_FILE, 'utf8')) as { items: Record<string, { topic: boolean | string }> }).items : {};
  const excerpts = readExcerpts() ?? [];
  const keptOut = new Set(present ? readSplit().keptOut : []);
  const candidate = (e: (typeof excerpts)[number]) => scoreGate(excerptGateSample(e)).candidate;
  const onTopic = excerpts.filter((e) => labels[e.id]?.topic === true);

  // Measured 2026-12-07: dev 161 of 161, kept-out 73 of 75 (0.973); before the critical-minerals
  // rules of gate-score.ts, 152 and 72. A page the gate stops is never analyzed.
  it('lets through all the dev on-topic excerpts and at least 95% of the kept-out ones', () => {
    const dev = onTopic.filter((e) => !keptOut.has(e.id));
    const held = onTopic.filter((e) => keptOut.has(e.id));
    expect(dev.filter((e) => !candidate(e)).map((e) => e.id)).toEqual([]);
    expect(held.filter(candidate).length / held.length).toBeGreaterThanOrEqual(0.95);
  });

  it('lets through every non-English on-topic excerpt', () => {
    expect(onTopic.filter((e) => e.lang !== 'en' && !candidate(e)).map((e) => e.id)).toEqual([]);
  });
});
