import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/analysis/analyze-text';
import { traditionalVariant } from '../../../lib/analysis/han-variants';
import { lexiconPhrases, traditionalVariantsFile } from '../../../lib/eval/traditional-variants-source';
import { articleOf } from './article-of';

/**
 * Taiwan and Hong Kong write Chinese in traditional characters: the lexicons' simplified phrases are
 * matched in both forms. Sentences written for this test.
 */
describe('traditional Chinese', () => {
  it('traditional-variants.json is the current OpenCC conversion of the lexicons (scripts/traditional-variants.ts)', () => {
    const fresh = traditionalVariantsFile(lexiconPhrases(), OpenCC.Converter({ from: 'cn', to: 'tw' }));
    expect(readFileSync(new URL('../../../lib/analysis/traditional-variants.json', import.meta.url), 'utf8')).toBe(fresh);
  });

  it('knows the traditional form of the field’s words', () => {
    expect(traditionalVariant('价格')).toBe('價格');
    expect(traditionalVariant('产量')).toBe('產量');
    expect(traditionalVariant('出口管制')).toBeNull();
    // A single character is left out: 鈥 (holmium) is what mis-decoded curly quotes look like.
    expect(traditionalVariant('钬')).toBeNull();
  });

  it('reads a price move written in traditional characters', () => {
    const blocks = ['中國稀土出口管制再度收緊，市場關注供應。', '北方稀土公告，一季度稀土精礦交易價格上調3.5%至每噸27,500元。'];
    const { topic, signals } = analyzeText(articleOf(blocks, { title: '稀土市場週報' }));
    expect(topic.isRareEarth).toBe(true);
    expect(signals.find((s) => s.text === blocks[1])?.category).toBe('pricing');
  });
});
