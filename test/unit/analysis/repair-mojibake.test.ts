import { describe, expect, it } from 'vitest';
import { readableText, repairMojibake, repairWithOffsets } from '../../../lib/analysis/repair-mojibake';

describe('repairMojibake: UTF-8 read as Windows-1252 / Latin-1', () => {
  it.each([
    ['Chinaâ€™s exports', 'China’s exports'],
    ['â€œaccurate inventory controlâ€\u009d', '“accurate inventory control”'],
    ['flowsâ€”putting pressure', 'flows—putting pressure'],
    ['2024â€“2025', '2024–2025'],
    ['Nestlé and cafÃ© owners', 'Nestlé and café owners'],
    ['Â© 2025 Example', '© 2025 Example'],
    ['Exchangesâ„¢', 'Exchanges™'],
    ['priceÂ\u00a0list', 'price\u00a0list'],
    ['ä¸­å›½ rare earths', '中国 rare earths'],
    ['Å¡koda and Å¾ilina', 'škoda and žilina'],
  ])('%s → %s', (damaged, repaired) => {
    expect(repairMojibake(damaged)).toBe(repaired);
  });

  it('decides a lost third byte from context', () => {
    expect(repairMojibake('the â€œentity listâ€ is growing')).toBe('the “entity list” is growing');
    expect(repairMojibake('Chinaâ€s share')).toBe('China’s share');
  });
});

describe('repairMojibake: UTF-8 read as Thai code page 874', () => {
  it.each([
    ['Chinaโs Northern Rare Earth Group', 'China’s Northern Rare Earth Group'],
    ['tighter export flowsโputting pressure', 'tighter export flows—putting pressure'],
    ['commitment to โaccurate inventory controlโ and', 'commitment to “accurate inventory control” and'],
    ['the โunreliable entities list.โ For Western firms', 'the “unreliable entities list.” For Western firms'],
    ['ยฉ 2025 Rare Earth Exchangesโข โ Accelerating', '© 2025 Rare Earth Exchanges™ – Accelerating'],
    ['China intends toย normalizeย rare earth export licensing', 'China intends to normalize rare earth export licensing'],
    ['weโre told they donโt know', 'we’re told they don’t know'],
    ['from 2024โ2026', 'from 2024–2026'],
    ['PrNd appears stableโChina is managing', 'PrNd appears stable—China is managing'],
    ['a full decode: โ\u0080\u0099 and ย\u00a0', 'a full decode: ’ and \u00a0'],
  ])('%s → %s', (damaged, repaired) => {
    expect(repairMojibake(damaged)).toBe(repaired);
  });

  it('leaves genuine Thai text alone', () => {
    for (const thai of ['ราคาแร่หายากในตลาดโลกปรับตัวขึ้น', 'โดยทั่วไป ราคาย่อตัวลง', 'ข่าวโลก: จีนคุมการส่งออก']) {
      expect(repairMojibake(thai)).toBe(thai);
    }
  });

  it('leaves real accented text and punctuation alone', () => {
    for (const text of ['São Paulo’s Crème brûlée', 'IRMÃ” and ESPAÑ—', 'naïve café—“quoted”', 'Âge d’or', 'pâte à choux']) {
      expect(repairMojibake(text)).toBe(text);
    }
  });
});

describe('repairWithOffsets', () => {
  it('is the identity, cheaply, when nothing is damaged', () => {
    const repaired = repairWithOffsets('Clean text’s fine.');
    expect(repaired.changed).toBe(false);
    expect(repaired.toOriginal(5)).toBe(5);
  });

  it('maps repaired spans back to the damaged original', () => {
    const original = 'Chinaโs grip, โaccurate controlโ, and toย normalizeย rare earths.';
    const repaired = repairWithOffsets(original);
    expect(repaired.text).toBe('China’s grip, “accurate control”, and to normalize rare earths.');
    const span = (phrase: string): string => {
      const start = repaired.text.indexOf(phrase);
      return original.slice(repaired.toOriginal(start), repaired.toOriginalEnd(start + phrase.length));
    };
    expect(span('China’s grip')).toBe('Chinaโs grip');
    expect(span('“accurate control”')).toBe('โaccurate controlโ');
    expect(span('normalize')).toBe('normalize');
    expect(span('to normalize rare')).toBe('toย normalizeย rare');
    expect(repaired.toOriginal(repaired.text.length)).toBe(original.length);
    expect(repaired.toOriginalEnd(repaired.text.length)).toBe(original.length);
  });

  it('maps a span ending on a three-character repair to the end of the damage', () => {
    const original = 'it said â€œyesâ€\u009d';
    const repaired = repairWithOffsets(original);
    expect(original.slice(repaired.toOriginal(8), repaired.toOriginalEnd(repaired.text.length))).toBe('â€œyesâ€\u009d');
  });
});

describe('readableText', () => {
  it('repairs and collapses whitespace for display', () => {
    expect(readableText('  Chinaโs\n  exports   fell. ')).toBe('China’s exports fell.');
  });
});

describe('repairWithOffsets on every position', () => {
  it('maps each repaired character to the damaged characters it came from', () => {
    const original = 'ยฉ Chinaโs flowsโputting, โquotedโ,ย nbsp and Â© cafÃ© โข end';
    const repaired = repairWithOffsets(original);
    expect(repaired.text).toBe('© China’s flows—putting, “quoted”, nbsp and © café • end');
    let previousEnd = 0;
    for (let i = 0; i < repaired.text.length; i++) {
      const start = repaired.toOriginal(i);
      const end = repaired.toOriginalEnd(i + 1);
      const from = original.slice(start, end);
      // Unchanged characters map to themselves; repaired ones to the damage they replace.
      if (from !== repaired.text[i]) expect(from, `character ${i}`).toMatch(/^(?:ยฉ|โ|Â©|Ã©|โข)$/);
      expect(start, `character ${i}`).toBeGreaterThanOrEqual(previousEnd);
      previousEnd = end;
    }
    expect(original.slice(repaired.toOriginal(repaired.text.indexOf('nbsp')))).toMatch(/^nbsp/);
  });
});
