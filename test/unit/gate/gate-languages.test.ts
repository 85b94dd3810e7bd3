import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreTopic } from '../../../lib/analysis/topic';
import { scoreGate } from '../../../lib/gate/gate-score';
import { LABELS_FILE, readExcerpts, REALNEWS_FILE } from '../../../scripts/realnews/paths';
import { articleOf } from '../analysis/article-of';

/**
 * The gate lets non-English rare-earth items through (issue 12, item 3): the sector's name in the
 * languages the engine reads and in it, id, ms, vi, tr, pl, ar, fa (sentences written for this test),
 * and the real-news excerpts by their text and address alone (the page's head would add more).
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
describe.runIf(present)('the gate on the real news (by text and address alone)', () => {
  const labels = present ? (JSON.parse(readFileSync(LABELS_FILE, 'utf8')) as { items: Record<string, { topic: boolean | string }> }).items : {};
  const excerpts = readExcerpts() ?? [];
  const candidate = (e: (typeof excerpts)[number]) => scoreGate({ url: e.url, head: '', body: e.text.slice(0, 6000) }).candidate;

  it('lets through at least 90% of the on-topic excerpts, and of the non-English ones', () => {
    const onTopic = excerpts.filter((e) => labels[e.id]?.topic === true);
    const nonEnglish = onTopic.filter((e) => e.lang !== 'en');
    expect(onTopic.filter(candidate).length / onTopic.length).toBeGreaterThanOrEqual(0.9);
    expect(nonEnglish.filter(candidate).length / nonEnglish.length).toBeGreaterThanOrEqual(0.9);
  });
});
