import { describe, expect, it } from 'vitest';
import type { BlockKind } from '../../../lib/analysis/article-text';
import { Relay, type SourceLevel } from '../../../lib/analysis-result';
import { detectRelays } from '../../../lib/sources/detect-relays';
import { articleOf } from './article-of';

interface Expected {
  name: string;
  kind: Relay['kind'];
  level: SourceLevel;
  /** A part of the evidence (which must also be verbatim in the input). */
  evidence: string;
}

interface Case {
  title: string;
  blocks: ReadonlyArray<string | readonly [BlockKind, string]>;
  url?: string;
  relays: Expected[];
  disclosures?: string[];
}

// Short cases written by the team in the styles of the outlets they imitate.
const CASES: Case[] = [
  {
    title: 'Xinhua dateline',
    blocks: [
      'BEIJING, Oct. 9 (Xinhua) -- China\'s exports of rare earth magnets rose 12 percent year on year in September, customs data showed on Thursday.',
      'The General Administration of Customs said shipments to Europe led the increase.',
    ],
    relays: [{ name: 'Xinhua', kind: 'dateline', level: 'state-controlled', evidence: 'BEIJING, Oct. 9 (Xinhua) --' }],
  },
  {
    title: 'TASS dateline (English service)',
    blocks: ['MOSCOW, March 3 /TASS/. Russia plans to open its first plant for permanent rare-earth magnets by 2030, Deputy Minister of Industry and Trade said.'],
    relays: [{ name: 'TASS', kind: 'dateline', level: 'state-controlled', evidence: 'MOSCOW, March 3 /TASS/.' }],
  },
  {
    title: 'RIA Novosti dateline (Russian, dash form)',
    blocks: ['МОСКВА, 3 мар — РИА Новости. Российские компании намерены увеличить добычу редкоземельных металлов в два раза к 2030 году.'],
    relays: [{ name: 'RIA Novosti', kind: 'dateline', level: 'state-controlled', evidence: 'МОСКВА, 3 мар — РИА Новости.' }],
  },
  {
    title: 'Xinhua dateline in Chinese',
    blocks: ['新华社北京10月9日电 工业和信息化部9日发布稀土行业规范条件，进一步加强总量控制。'],
    relays: [{ name: 'Xinhua', kind: 'dateline', level: 'state-controlled', evidence: '新华社北京10月9日电' }],
  },
  {
    title: 'source line at the foot of a trade-press article',
    blocks: ['Baotou exporters reported brisk demand for lanthanum oxide in the third quarter.', 'Source: Xinhua'],
    relays: [{ name: 'Xinhua', kind: 'credit', level: 'state-controlled', evidence: 'Source: Xinhua' }],
  },
  {
    title: 'credit line naming CGTN',
    blocks: ['A new separation line in Ganzhou started operation this week.', 'Credit: CGTN'],
    relays: [{ name: 'CGTN', kind: 'credit', level: 'state-controlled', evidence: 'Credit: CGTN' }],
  },
  {
    title: 'two sources on one line, one of them a wire',
    blocks: ['Prices of dysprosium oxide held steady in Shanghai.', 'Sources: Reuters, Xinhua'],
    relays: [
      { name: 'Reuters', kind: 'credit', level: 'unknown', evidence: 'Sources: Reuters, Xinhua' },
      { name: 'Xinhua', kind: 'credit', level: 'state-controlled', evidence: 'Sources: Reuters, Xinhua' },
    ],
  },
  {
    title: 'told the Global Times',
    blocks: ['Wu Chenhui, an independent rare earth analyst, told the Global Times on Sunday that the rules would stabilize prices.'],
    relays: [{ name: 'Global Times', kind: 'attribution', level: 'state-controlled', evidence: 'told the Global Times on Sunday' }],
  },
  {
    title: 'as reported by China Daily',
    blocks: ['Exports of unwrought gallium fell to zero in August, as reported by China Daily.'],
    relays: [{ name: 'China Daily', kind: 'attribution', level: 'state-controlled', evidence: 'as reported by China Daily.' }],
  },
  {
    title: 'state-run Global Times in an editorial',
    blocks: ['The state-run Global Times said in an editorial that Western "decoupling" efforts would fail.'],
    relays: [{ name: 'Global Times', kind: 'attribution', level: 'state-controlled', evidence: 'The state-run Global Times said' }],
  },
  {
    title: 'according to state broadcaster CCTV',
    blocks: ['A fire broke out at a smelter in Inner Mongolia on Friday, according to state broadcaster CCTV.'],
    relays: [{ name: 'CCTV', kind: 'attribution', level: 'state-controlled', evidence: 'according to state broadcaster CCTV' }],
  },
  {
    title: 'RIA Novosti reported (English)',
    blocks: ['Rosatom is in talks with partners in Asia on rare earth supplies, RIA Novosti reported on Tuesday, citing a company executive.'],
    relays: [{ name: 'RIA Novosti', kind: 'attribution', level: 'state-controlled', evidence: 'RIA Novosti reported on Tuesday' }],
  },
  {
    title: 'appositive between the name and the verb',
    blocks: ['People\'s Daily, the flagship newspaper of the Communist Party, wrote that the industry must "speak with one voice".'],
    relays: [{ name: 'People’s Daily', kind: 'attribution', level: 'state-controlled', evidence: 'wrote that the industry' }],
  },
  {
    title: 'Chinese attribution 据新华社报道',
    blocks: ['据新华社报道，中国稀土集团将在江西扩建分离产能。'],
    relays: [{ name: 'Xinhua', kind: 'attribution', level: 'state-controlled', evidence: '据新华社报道' }],
  },
  {
    title: 'Chinese attribution with title marks 《环球时报》',
    blocks: ['《环球时报》记者从业内人士处获悉，稀土出口许可审批已恢复正常。'],
    relays: [{ name: 'Global Times', kind: 'attribution', level: 'state-controlled', evidence: '《环球时报》记者' }],
  },
  {
    title: '人民日报 commentary',
    blocks: ['人民日报发表评论文章指出，稀土产业要坚持绿色发展。'],
    relays: [{ name: 'People’s Daily', kind: 'attribution', level: 'state-controlled', evidence: '人民日报发表评论文章' }],
  },
  {
    title: 'Chinese source line 来源：人民日报',
    blocks: ['稀土价格指数本周小幅上涨。', '来源：人民日报'],
    relays: [{ name: 'People’s Daily', kind: 'credit', level: 'state-controlled', evidence: '来源：人民日报' }],
  },
  {
    title: 'Russian attribution сообщает ТАСС',
    blocks: ['Об этом сообщает ТАСС со ссылкой на пресс-службу «Росатома».'],
    relays: [{ name: 'TASS', kind: 'attribution', level: 'state-controlled', evidence: 'сообщает ТАСС' }],
  },
  {
    title: 'Kremlin-backed RT and Sputnik',
    blocks: ['The claim was first aired by the Kremlin-backed RT and later repeated by Sputnik, according to researchers.', 'Sputnik International reported the same figures a day later.'],
    relays: [
      { name: 'RT', kind: 'attribution', level: 'state-controlled', evidence: 'Kremlin-backed RT' },
      { name: 'Sputnik', kind: 'attribution', level: 'state-controlled', evidence: 'Sputnik International reported' },
    ],
  },
  {
    title: 'Anadolu Agency on a Turkish mining deal',
    blocks: ['Turkey found 694 million tonnes of rare earth ore near Eskisehir, Anadolu Agency reported.'],
    relays: [{ name: 'Anadolu', kind: 'attribution', level: 'state-controlled', evidence: 'Anadolu Agency reported' }],
  },
  {
    title: 'contribution line',
    blocks: ['Lynas shares rose 4% in Sydney.', 'Xinhua contributed to this report.'],
    relays: [{ name: 'Xinhua', kind: 'credit', level: 'state-controlled', evidence: 'Xinhua contributed to this report.' }],
  },
  {
    title: 'caption with an agency/photographer credit is a photo credit',
    blocks: [
      ['caption', 'Workers sort rare earth ore at a plant in Baotou, Inner Mongolia. (Xinhua/Li Xin)'],
      'Output at the plant rose in the third quarter.',
    ],
    relays: [{ name: 'Xinhua', kind: 'photo-credit', level: 'state-controlled', evidence: '(Xinhua/Li Xin)' }],
  },
  {
    title: 'photo label in a paragraph',
    blocks: ['Photo: Li Hao/Global Times', 'Prices of terbium rose for a third week.'],
    relays: [{ name: 'Global Times', kind: 'photo-credit', level: 'state-controlled', evidence: 'Photo: Li Hao/Global Times' }],
  },
  {
    title: 'a text relay outranks a photo credit of the same outlet',
    blocks: [['caption', 'A magnet factory in Ningbo. Photo: Xinhua'], 'Output rose 8 percent, Xinhua reported.'],
    relays: [{ name: 'Xinhua', kind: 'attribution', level: 'state-controlled', evidence: 'Xinhua reported' }],
  },
  {
    title: 'independent wire carried by a state outlet is reported as the wire',
    url: 'https://www.globaltimes.cn/page/202510/1234567.shtml',
    blocks: ['BEIJING, Oct 9 (Reuters) - China added five rare earth elements to its export control list on Thursday.'],
    relays: [{ name: 'Reuters', kind: 'dateline', level: 'unknown', evidence: 'BEIJING, Oct 9 (Reuters) -' }],
  },
  {
    title: 'AP dateline',
    blocks: ['WASHINGTON (AP) — The Pentagon is investing in a new magnet plant in Texas.'],
    relays: [{ name: 'Associated Press', kind: 'dateline', level: 'unknown', evidence: 'WASHINGTON (AP) —' }],
  },
  {
    title: 'an outlet never relays itself',
    url: 'https://english.news.cn/20251009/0123456789abcdef0123456789abcdef/c.html',
    blocks: ['BEIJING, Oct. 9 (Xinhua) -- China will further standardize the rare earth industry, officials said.'],
    relays: [],
  },
  {
    title: 'a TASS dateline on tass.com is its own',
    url: 'https://tass.com/economy/1234567',
    blocks: ['MOSCOW, November 24. /TASS/. Russia will build a rare earth metals plant in Murmansk region.'],
    relays: [],
  },
  {
    title: 'state-owned enterprise named as the publisher of an update',
    blocks: ['Prices for praseodymium-neodymium oxide will stay unchanged in December, according to a notice published by China Rare Earth Group on Monday.'],
    relays: [{ name: 'China Rare Earth Group', kind: 'origin', level: 'state-affiliated', evidence: 'according to a notice published by China Rare Earth Group' }],
  },
  {
    title: 'its trading arm, resolved to the company the sentence names',
    blocks: ['China Minmetals expects tighter supply, according to a market outlook issued by its state-owned trading arm.'],
    relays: [{ name: "China Minmetals's trading arm", kind: 'origin', level: 'state-affiliated', evidence: 'according to a market outlook issued by its state-owned trading arm' }],
  },
  {
    title: 'disclosure that names no outlet stands as an unnamed relay',
    blocks: ['Rare earth output in Russia will double by 2030.', 'This article originates from a Russian state media outlet.'],
    relays: [{ name: 'Unnamed Russian state media outlet', kind: 'origin', level: 'state-controlled', evidence: 'This article originates from a Russian state media outlet.' }],
    disclosures: ['This article originates from a Russian state media outlet.'],
  },
  {
    title: 'FARA notice of a paid supplement',
    blocks: [
      'China remains open to cooperation on critical minerals.',
      'This content is distributed by China Daily Distribution Corp. on behalf of China Daily, Beijing, PRC. Additional information is on file with the Department of Justice, Washington, D.C.',
    ],
    relays: [{ name: 'China Daily', kind: 'credit', level: 'state-controlled', evidence: 'on behalf of China Daily' }],
    disclosures: ['This content is distributed by China Daily Distribution Corp. on behalf of China Daily, Beijing, PRC.'],
  },
  {
    title: 'copyright line of a republished wire story',
    blocks: ['Baotou exporters reported brisk demand for lanthanum oxide.', 'Copyright © 2025 Xinhua News Agency. All rights reserved.'],
    relays: [{ name: 'Xinhua', kind: 'credit', level: 'state-controlled', evidence: 'Copyright © 2025 Xinhua News Agency.' }],
  },
  {
    title: 'short © credit at the foot',
    blocks: ['Magnet exports rose in October.', '© China Daily 2025'],
    relays: [{ name: 'China Daily', kind: 'credit', level: 'state-controlled', evidence: '© China Daily 2025' }],
  },
  {
    title: 'republication note',
    blocks: ['This article was first published by the Global Times.', 'Terbium prices rose.'],
    relays: [{ name: 'Global Times', kind: 'credit', level: 'state-controlled', evidence: 'This article was first published by the Global Times.' }],
  },
  {
    title: 'the name in its own script in parentheses',
    blocks: ['The Global Times (环球时报) reported that quotas would rise next year.'],
    relays: [{ name: 'Global Times', kind: 'attribution', level: 'state-controlled', evidence: 'The Global Times (环球时报) reported' }],
  },
  {
    title: 'traditional Chinese attribution 據新華社報道 (Hong Kong / Taiwan style)',
    blocks: ['據新華社報道，中國稀土集團將擴建分離產能。'],
    relays: [{ name: 'Xinhua', kind: 'attribution', level: 'state-controlled', evidence: '據新華社報道' }],
  },
  {
    title: 'traditional Chinese dateline 新華社北京10月9日電',
    blocks: ['新華社北京10月9日電 工業和信息化部發布稀土行業規範條件。'],
    relays: [{ name: 'Xinhua', kind: 'dateline', level: 'state-controlled', evidence: '新華社北京10月9日電' }],
  },
  {
    title: 'traditional Chinese 環球時報 with a reporter',
    blocks: ['《環球時報》記者獲悉，稀土出口許可審批已恢復。'],
    relays: [{ name: 'Global Times', kind: 'attribution', level: 'state-controlled', evidence: '《環球時報》記者' }],
  },
  {
    title: 'Chinese source line for a state financial paper 来源：中国证券报',
    blocks: ['氧化镨钕价格本周上涨。', '来源：中国证券报'],
    relays: [{ name: 'China Securities Journal', kind: 'credit', level: 'state-controlled', evidence: '来源：中国证券报' }],
  },
  {
    title: 'Japanese attribution 新華社によると',
    blocks: ['新華社によると、中国はレアアースの輸出管理を強化した。'],
    relays: [{ name: 'Xinhua', kind: 'attribution', level: 'state-controlled', evidence: '新華社によると' }],
  },
  {
    title: 'Japanese 人民日報が報じた',
    blocks: ['人民日報が報じたところでは、生産枠は据え置かれる。'],
    relays: [{ name: 'People’s Daily', kind: 'attribution', level: 'state-controlled', evidence: '人民日報が報じた' }],
  },
  {
    title: 'Korean attribution 신화통신에 따르면',
    blocks: ['신화통신에 따르면 중국은 희토류 수출 통제를 강화했다.'],
    relays: [{ name: 'Xinhua', kind: 'attribution', level: 'state-controlled', evidence: '신화통신에 따르면' }],
  },
  {
    title: 'Korean 신화통신은 …보도했다',
    blocks: ['신화통신은 9일 중국이 희토류 수출을 제한했다고 보도했다.'],
    relays: [{ name: 'Xinhua', kind: 'attribution', level: 'state-controlled', evidence: '신화통신은 9일' }],
  },
  {
    title: 'Yonhap dateline (서울=연합뉴스) is a publicly funded independent agency',
    blocks: ['(서울=연합뉴스) 홍길동 기자 = 정부는 핵심광물 비축 물량을 늘리기로 했다.'],
    relays: [{ name: 'Yonhap', kind: 'dateline', level: 'public-independent', evidence: '(서울=연합뉴스)' }],
  },
  {
    title: 'Korean photo credit 사진=신화통신',
    blocks: [['caption', '바오터우의 희토류 공장. 사진=신화통신'], '생산량이 늘었다.'],
    relays: [{ name: 'Xinhua', kind: 'photo-credit', level: 'state-controlled', evidence: '사진=신화통신' }],
  },
  {
    title: 'Russian по данным РИА Новости',
    blocks: ['По данным РИА Новости, добыча редкоземельных металлов выросла на 12%.'],
    relays: [{ name: 'RIA Novosti', kind: 'attribution', level: 'state-controlled', evidence: 'По данным РИА Новости' }],
  },
  {
    title: 'Russian как передает ТАСС',
    blocks: ['Как передает ТАСС, завод начнет работу в 2027 году.'],
    relays: [{ name: 'TASS', kind: 'attribution', level: 'state-controlled', evidence: 'передает ТАСС' }],
  },
  {
    title: 'Russian dateline /ТАСС/',
    blocks: ['МОСКВА, 3 марта. /ТАСС/. Россия увеличит добычу редкоземельных металлов.'],
    relays: [{ name: 'TASS', kind: 'dateline', level: 'state-controlled', evidence: 'МОСКВА, 3 марта. /ТАСС/.' }],
  },
  {
    title: 'Bloomberg and Xinhua in one story, in reading order',
    blocks: ['Prices rose 3%, Bloomberg reported.', 'Xinhua said output would stay flat.'],
    relays: [
      { name: 'Bloomberg', kind: 'attribution', level: 'unknown', evidence: 'Bloomberg reported' },
      { name: 'Xinhua', kind: 'attribution', level: 'state-controlled', evidence: 'Xinhua said' },
    ],
  },
  {
    title: 'AFP wire carried by CGTN is reported as AFP',
    url: 'https://news.cgtn.com/news/2025-10-09/rare-earth-1HxYzAbCdEf/index.html',
    blocks: ['PARIS (AFP) - France will fund a rare earth recycling plant in Lacq, the ministry said.'],
    relays: [{ name: 'AFP', kind: 'dateline', level: 'unknown', evidence: 'PARIS (AFP) -' }],
  },
];

// Lookalikes: none of these relays anything.
const NEGATIVES: Array<{ title: string; text: string }> = [
  { title: 'a street named Xinhua', text: 'The smelter sits on Xinhua Road in the Kundulun district of Baotou.' },
  { title: 'a bookstore chain', text: 'Xinhua Bookstore reported record sales of technical books.' },
  { title: 'global times, lower case', text: 'Investors are hoping for better global times ahead for the magnet industry.' },
  { title: 'in these global times', text: 'In these global times, a supply shock in one mine reaches every factory.' },
  { title: 'a company called Pravda Foods', text: 'Pravda Foods said its quarterly revenue rose 8%, according to a filing.' },
  { title: 'another Pravda', text: 'Ukrainska Pravda reported that the deposit near Shevchenko holds lithium.' },
  { title: '"rt" as a fragment', text: 'The startup says its smart cart can report every part it carts away, and RT-PCR labs agree.' },
  { title: 'a vaccine', text: 'The Sputnik V vaccine was approved in Hungary in 2021.' },
  { title: 'security cameras', text: 'CCTV cameras showed the trucks leaving the bonded warehouse at night.' },
  { title: 'a bare mention without a relay frame', text: 'She worked at the Global Times for a decade before joining a consultancy in Singapore.' },
  { title: 'a residents’ committee (新华社区)', text: '新华社区居民委员会表示，将加强安全检查。' },
  { title: 'an unrelated disclaimer', text: 'Disclaimer: This is not investment advice. Do your own research before buying shares.' },
  { title: 'security-camera CCTV after a reporting verb', text: 'The trucks left at night, according to CCTV footage from the bonded warehouse.' },
  { title: 'CCTV images cited by police', text: 'Police cited CCTV images of the loading bay.' },
  { title: 'a road named Xinhua, lower case', text: 'According to residents on Xinhua road, the smelter runs at night.' },
  { title: 'the Chinese internet (中国网络), not China.org.cn', text: '据中国网络安全审查办公室消息，审查已经开始。' },
  { title: 'Chinese tennis (中国网球), not China.org.cn', text: '据中国网球协会表示，比赛将如期举行。' },
  { title: 'a Xinhua community office in traditional script (新華社區)', text: '據新華社區辦公室表示，道路將封閉。' },
  { title: 'Taiwan’s Economic Daily News (經濟日報) is not China’s Economic Daily', text: '據經濟日報報導，稀土價格上漲。' },
  { title: 'Economic Daily News in English', text: 'Economic Daily News reported that Taiwanese magnet makers are stockpiling.' },
  { title: '"The paper" as an ordinary noun', text: 'The paper said prices would rise, citing traders.' },
  { title: 'a retweet marker', text: 'RT @metalsdesk: dysprosium up 4% this week' },
  { title: 'a Sputnik moment', text: 'Analysts called the ban a Sputnik moment for Western magnet makers.' },
  { title: 'a copyright line of an independent publisher', text: 'Copyright © 2025 Mining Weekly. All rights reserved.' },
  { title: 'copyright that names nobody', text: 'Copyright in this article belongs to its authors.' },
];

function check(c: Case) {
  const inputTexts = c.blocks.map((b) => (typeof b === 'string' ? b : b[1]));
  const { relays, disclosures } = detectRelays(articleOf(c.blocks, c.url ? { url: c.url } : {}));
  for (const r of relays) {
    expect(Relay.safeParse(r).success).toBe(true);
    expect(r.evidence.trim().length, `${r.name} has an evidence quote`).toBeGreaterThan(0);
    expect(inputTexts.some((t) => t.includes(r.evidence)), `verbatim evidence: ${r.evidence}`).toBe(true);
  }
  expect(relays.map((r) => ({ name: r.name, kind: r.kind, level: r.level }))).toEqual(
    c.relays.map((e) => ({ name: e.name, kind: e.kind, level: e.level })),
  );
  c.relays.forEach((e, i) => expect(relays[i]!.evidence).toContain(e.evidence));
  if (c.disclosures) expect(disclosures).toEqual(c.disclosures);
}

describe('detectRelays', () => {
  it('has 50+ team-written relay cases', () => expect(CASES.length).toBeGreaterThanOrEqual(50));
  for (const c of CASES) it(c.title, () => check(c));

  describe('lookalikes are not relays', () => {
    for (const n of NEGATIVES) {
      it(n.title, () => {
        const { relays, disclosures } = detectRelays(articleOf([n.text]));
        expect(relays).toEqual([]);
        expect(disclosures).toEqual([]);
      });
    }
  });

  it('gives descriptions, countries and references for outlets', () => {
    const { relays } = detectRelays(articleOf(['Output rose, Xinhua reported.']));
    expect(relays[0]).toMatchObject({ description: 'Chinese state news agency', country: 'China' });
    expect(relays[0]!.reference).toMatch(/State_Media_Matrix/);
  });

  it('returns evidence verbatim from damaged (mojibake) text', () => {
    const text = 'Chinaโs output rose, according to state broadcaster CCTV. The Global Timesโ report agreed.';
    const { relays } = detectRelays(articleOf([text]));
    expect(relays.map((r) => r.name)).toEqual(['CCTV', 'Global Times']);
    expect(relays[0]!.evidence).toBe('Chinaโs output rose, according to state broadcaster CCTV.');
    expect(relays[1]!.evidence).toBe('The Global Timesโ report agreed.');
  });

  it('leaves real Thai text alone', () => {
    const { relays } = detectRelays(articleOf(['โรงงานแร่หายากแห่งใหม่เปิดแล้ว according to Xinhua']));
    expect(relays.map((r) => r.name)).toEqual(['Xinhua']);
  });

  it('stays linear on adversarial input', () => {
    const filler = 'according to the the state-run state-run official '.repeat(4000);
    const names = 'Xinhua Xinhua Road Global Times, Global Times, '.repeat(4000);
    const slashes = '(Xinhua/'.repeat(10000);
    const { relays } = detectRelays(articleOf([filler + names, slashes, 'BEIJING, '.repeat(20000)]));
    expect(Array.isArray(relays)).toBe(true);
  });
});

describe('detectRelays, more outlet styles', () => {
  it('reads a China Daily byline block as a credit', () => {
    const { relays } = detectRelays(articleOf(['By Zhang Wei in Beijing | China Daily | Updated: 2025-10-09 07:12', 'Rare earth prices rose.']));
    expect(relays.map((r) => [r.name, r.kind])).toEqual([['China Daily', 'credit']]);
  });

  it('does not read "By comparison" as a byline', () => {
    const { relays } = detectRelays(articleOf(['By comparison, China Daily has a print run of 900,000.']));
    expect(relays).toEqual([]);
  });

  it('sees names in quotes', () => {
    const { relays } = detectRelays(articleOf(['Prices will hold, according to the “Global Times”.', '“Xinhua” reported the same.']));
    expect(relays.map((r) => [r.name, r.kind])).toEqual([
      ['Global Times', 'attribution'],
      ['Xinhua', 'attribution'],
    ]);
  });
});

describe('detectRelays, descriptors before a name', () => {
  it('reads "Beijing-based Global Times" as the Global Times', () => {
    const { relays } = detectRelays(articleOf(['The Beijing-based Global Times reported that quotas would rise.']));
    expect(relays.map((r) => r.name)).toEqual(['Global Times']);
  });
});
