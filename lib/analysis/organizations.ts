/**
 * Companies, state bodies and laws of the rare-earth and critical-minerals field, with the names
 * news uses for them. Alias syntax: see materials.ts.
 *
 * `focus` says how much a mention tells about the topic: a rare-earth miner's name is evidence
 * that the page is about rare earths; the Pentagon's name is not.
 */

export type OrganizationKind = 'company' | 'state-body' | 'industry-body' | 'law' | 'financier' | 'price-reporter';
export type OrganizationFocus = 'rare-earth' | 'critical-minerals' | 'general';

export interface OrganizationEntry {
  /** Canonical name reported in `entities.organizations`. */
  name: string;
  kind: OrganizationKind;
  focus: OrganizationFocus;
  /** ISO 3166-1 alpha-2 of the home country, or "EU". */
  country: string;
  aliases: readonly string[];
  exact?: readonly string[];
}

export const ORGANIZATIONS: readonly OrganizationEntry[] = [
  // Chinese producers and magnet makers.
  {
    name: 'China Northern Rare Earth Group', kind: 'company', focus: 'rare-earth', country: 'CN',
    aliases: ['China Northern Rare Earth', 'China Northern Rare Earth Group', 'China Northern Rare Earth (Group) High-Tech', 'Northern Rare Earth', 'Northern Rare Earth Group', 'Baotou Steel Rare Earth', 'Baogang Rare Earth', '北方稀土', '中国北方稀土'],
  },
  {
    name: 'China Rare Earth Group', kind: 'company', focus: 'rare-earth', country: 'CN',
    aliases: ['China Rare Earth Group', 'China Rare Earths Group', 'China Rare Earth Resources and Technology', 'China Rare Earth Holdings', '中国稀土集团'],
    exact: ['CREG'],
  },
  { name: 'Shenghe Resources', kind: 'company', focus: 'rare-earth', country: 'CN', aliases: ['Shenghe Resources', 'Shenghe', '盛和资源'] },
  { name: 'China Minmetals', kind: 'company', focus: 'critical-minerals', country: 'CN', aliases: ['China Minmetals', 'Minmetals', 'China Minmetals Rare Earth', '五矿'] },
  { name: 'Xiamen Tungsten', kind: 'company', focus: 'critical-minerals', country: 'CN', aliases: ['Xiamen Tungsten', '厦门钨业'] },
  { name: 'Chinalco', kind: 'company', focus: 'critical-minerals', country: 'CN', aliases: ['Chinalco', 'Aluminum Corporation of China', '中铝'] },
  { name: 'Baotou Steel', kind: 'company', focus: 'rare-earth', country: 'CN', aliases: ['Baotou Steel', 'Baotou Iron and Steel', 'Baogang Group', '包钢'] },
  { name: 'JL Mag Rare-Earth', kind: 'company', focus: 'rare-earth', country: 'CN', aliases: ['JL Mag', 'JL Mag Rare-Earth', 'Jiangxi Jinli Permanent Magnet', '金力永磁'] },
  { name: 'Ningbo Yunsheng', kind: 'company', focus: 'rare-earth', country: 'CN', aliases: ['Ningbo Yunsheng', 'Yunsheng', '宁波韵升'] },
  { name: 'Zhong Ke San Huan', kind: 'company', focus: 'rare-earth', country: 'CN', aliases: ['Zhong Ke San Huan', 'Beijing Zhong Ke San Huan', 'San Huan', 'Zhongke Sanhuan', '中科三环'] },
  { name: 'Yantai Zhenghai Magnetic', kind: 'company', focus: 'rare-earth', country: 'CN', aliases: ['Zhenghai Magnetic', 'Yantai Zhenghai', '正海磁材'] },

  // Producers and projects outside China.
  { name: 'Lynas Rare Earths', kind: 'company', focus: 'rare-earth', country: 'AU', aliases: ['Lynas', 'Lynas Rare Earths', 'Lynas Corporation', 'Lynas Malaysia'] },
  { name: 'MP Materials', kind: 'company', focus: 'rare-earth', country: 'US', aliases: ['MP Materials'] },
  { name: 'Iluka Resources', kind: 'company', focus: 'rare-earth', country: 'AU', aliases: ['Iluka', 'Iluka Resources'] },
  { name: 'Arafura Rare Earths', kind: 'company', focus: 'rare-earth', country: 'AU', aliases: ['Arafura', 'Arafura Rare Earths', 'Arafura Resources'] },
  { name: 'Energy Fuels', kind: 'company', focus: 'rare-earth', country: 'US', aliases: ['Energy Fuels'] },
  { name: 'Neo Performance Materials', kind: 'company', focus: 'rare-earth', country: 'CA', aliases: ['Neo Performance Materials', 'Neo Performance', 'Neo Materials', 'Silmet'] },
  { name: 'Solvay', kind: 'company', focus: 'general', country: 'BE', aliases: ['Solvay'] },
  { name: 'Syensqo', kind: 'company', focus: 'general', country: 'BE', aliases: ['Syensqo'] },
  { name: 'USA Rare Earth', kind: 'company', focus: 'rare-earth', country: 'US', aliases: ['USA Rare Earth'], exact: ['USAR'] },
  { name: 'Vulcan Elements', kind: 'company', focus: 'rare-earth', country: 'US', aliases: ['Vulcan Elements'] },
  { name: 'Noveon Magnetics', kind: 'company', focus: 'rare-earth', country: 'US', aliases: ['Noveon', 'Noveon Magnetics'] },
  { name: 'Niron Magnetics', kind: 'company', focus: 'rare-earth', country: 'US', aliases: ['Niron', 'Niron Magnetics'] },
  { name: 'Ucore Rare Metals', kind: 'company', focus: 'rare-earth', country: 'CA', aliases: ['Ucore', 'Ucore Rare Metals'] },
  { name: 'Rainbow Rare Earths', kind: 'company', focus: 'rare-earth', country: 'GB', aliases: ['Rainbow Rare Earths'] },
  { name: 'Mkango Resources', kind: 'company', focus: 'rare-earth', country: 'GB', aliases: ['Mkango', 'Mkango Resources'] },
  { name: 'Pensana', kind: 'company', focus: 'rare-earth', country: 'GB', aliases: ['Pensana', 'Pensana Rare Earths'] },
  { name: 'Hastings Technology Metals', kind: 'company', focus: 'rare-earth', country: 'AU', aliases: ['Hastings Technology Metals', 'Hastings Technology'] },
  { name: 'Australian Strategic Materials', kind: 'company', focus: 'rare-earth', country: 'AU', aliases: ['Australian Strategic Materials'], exact: ['ASM'] },
  { name: 'Vacuumschmelze', kind: 'company', focus: 'rare-earth', country: 'DE', aliases: ['Vacuumschmelze', 'eVAC'], exact: ['VAC'] },
  { name: 'Proterial', kind: 'company', focus: 'rare-earth', country: 'JP', aliases: ['Proterial', 'Hitachi Metals'] },
  { name: 'Shin-Etsu Chemical', kind: 'company', focus: 'rare-earth', country: 'JP', aliases: ['Shin-Etsu', 'Shin-Etsu Chemical'] },
  { name: 'TDK', kind: 'company', focus: 'general', country: 'JP', aliases: [], exact: ['TDK'] },
  { name: 'Torngat Metals', kind: 'company', focus: 'rare-earth', country: 'CA', aliases: ['Torngat', 'Torngat Metals'] },
  { name: 'Aclara Resources', kind: 'company', focus: 'rare-earth', country: 'CL', aliases: ['Aclara', 'Aclara Resources'] },
  { name: 'Serra Verde', kind: 'company', focus: 'rare-earth', country: 'BR', aliases: ['Serra Verde', 'Mineração Serra Verde'] },
  { name: 'Brazilian Rare Earths', kind: 'company', focus: 'rare-earth', country: 'AU', aliases: ['Brazilian Rare Earths'] },
  { name: 'Northern Minerals', kind: 'company', focus: 'rare-earth', country: 'AU', aliases: ['Northern Minerals'] },
  { name: 'Meteoric Resources', kind: 'company', focus: 'rare-earth', country: 'AU', aliases: ['Meteoric Resources'] },
  { name: 'VHM', kind: 'company', focus: 'rare-earth', country: 'AU', aliases: [], exact: ['VHM'] },
  { name: 'Peak Rare Earths', kind: 'company', focus: 'rare-earth', country: 'AU', aliases: ['Peak Rare Earths'] },
  { name: 'Critical Metals Corp', kind: 'company', focus: 'rare-earth', country: 'US', aliases: ['Critical Metals Corp', 'Critical Metals Corporation'] },
  { name: 'Energy Transition Minerals', kind: 'company', focus: 'rare-earth', country: 'AU', aliases: ['Energy Transition Minerals', 'Greenland Minerals'] },
  { name: 'Vital Metals', kind: 'company', focus: 'rare-earth', country: 'AU', aliases: ['Vital Metals'] },
  { name: 'Saskatchewan Research Council', kind: 'state-body', focus: 'rare-earth', country: 'CA', aliases: ['Saskatchewan Research Council'] },
  { name: 'Ramaco Resources', kind: 'company', focus: 'rare-earth', country: 'US', aliases: ['Ramaco', 'Ramaco Resources'] },
  { name: 'American Rare Earths', kind: 'company', focus: 'rare-earth', country: 'US', aliases: ['American Rare Earths'] },
  { name: 'Phoenix Tailings', kind: 'company', focus: 'rare-earth', country: 'US', aliases: ['Phoenix Tailings'] },
  { name: 'ReElement Technologies', kind: 'company', focus: 'rare-earth', country: 'US', aliases: ['ReElement', 'ReElement Technologies'] },
  { name: 'Rare Element Resources', kind: 'company', focus: 'rare-earth', country: 'US', aliases: ['Rare Element Resources'] },
  { name: 'NioCorp', kind: 'company', focus: 'critical-minerals', country: 'US', aliases: ['NioCorp'] },
  { name: 'Less Common Metals', kind: 'company', focus: 'rare-earth', country: 'GB', aliases: ['Less Common Metals'] },
  { name: 'LKAB', kind: 'company', focus: 'critical-minerals', country: 'SE', aliases: [], exact: ['LKAB'] },
  { name: 'Sojitz', kind: 'company', focus: 'general', country: 'JP', aliases: ['Sojitz'] },
  { name: 'Indian Rare Earths', kind: 'company', focus: 'rare-earth', country: 'IN', aliases: ['Indian Rare Earths', 'IREL'] },
  { name: 'Solikamsk Magnesium Works', kind: 'company', focus: 'rare-earth', country: 'RU', aliases: ['Solikamsk Magnesium Works', 'Solikamsk'] },

  // Chinese state bodies.
  { name: 'Ministry of Commerce (China)', kind: 'state-body', focus: 'general', country: 'CN', aliases: ['Ministry of Commerce', 'Commerce Ministry', 'Chinese Commerce Ministry', '商务部', '中国商务部', '中国商務省', '중국 상무부', '중국상무부', 'ministère chinois du Commerce', 'chinesische Handelsministerium', 'chinesischen Handelsministeriums', 'Ministerio de Comercio de China', 'Ministério do Comércio da China', 'Минкоммерции КНР', 'Министерство коммерции КНР', 'Министерства коммерции КНР'], exact: ['MOFCOM', 'MofCom'] },
  { name: 'MIIT', kind: 'state-body', focus: 'general', country: 'CN', aliases: ['Ministry of Industry and Information Technology', 'Industry Ministry', '工业和信息化部', '工信部', '中国工業情報化省', '工業情報化省'], exact: ['MIIT'] },
  { name: 'NDRC', kind: 'state-body', focus: 'general', country: 'CN', aliases: ['National Development and Reform Commission', '国家发展改革委', '国家发改委', '发改委'], exact: ['NDRC'] },
  { name: 'General Administration of Customs', kind: 'state-body', focus: 'general', country: 'CN', aliases: ['General Administration of Customs', 'China Customs', 'Chinese customs', '海关总署', '中国海关', '中国税関総署', '税関総署', '해관총서'], exact: ['GACC'] },
  { name: 'Ministry of Natural Resources (China)', kind: 'state-body', focus: 'general', country: 'CN', aliases: ['Ministry of Natural Resources', '自然资源部', '自然資源省'] },
  { name: 'State Council', kind: 'state-body', focus: 'general', country: 'CN', aliases: ['State Council', '国务院', '国務院'] },
  { name: 'SASAC', kind: 'state-body', focus: 'general', country: 'CN', aliases: ['State-owned Assets Supervision and Administration Commission'], exact: ['SASAC'] },
  { name: 'China Rare Earth Industry Association', kind: 'industry-body', focus: 'rare-earth', country: 'CN', aliases: ['China Rare Earth Industry Association', 'Association of China Rare Earth Industry', '中国稀土行业协会'], exact: ['ACREI'] },

  // United States.
  { name: 'US Department of Defense', kind: 'state-body', focus: 'general', country: 'US', aliases: ['Department of Defense', 'Defense Department', 'Pentagon', 'Department of War', 'War Department'], exact: ['DoD', 'DOD'] },
  { name: 'US Department of Energy', kind: 'state-body', focus: 'general', country: 'US', aliases: ['Department of Energy', 'Energy Department'], exact: ['DOE'] },
  { name: 'US Commerce Department', kind: 'state-body', focus: 'general', country: 'US', aliases: ['Commerce Department', 'Department of Commerce', 'U.S. Commerce Department', 'US Commerce Department', '美国商务部', '米商務省', '米国商務省', '미국 상무부', '미 상무부', 'Handelsministerium der USA', 'US-Handelsministerium', 'Departamento de Comercio de Estados Unidos', 'Departamento de Comércio dos EUA', 'Минторг США', 'министерство торговли США', 'министерства торговли США'] },
  { name: 'Bureau of Industry and Security', kind: 'state-body', focus: 'general', country: 'US', aliases: ['Bureau of Industry and Security'], exact: ['BIS'] },
  { name: 'USTR', kind: 'state-body', focus: 'general', country: 'US', aliases: ['U.S. Trade Representative', 'US Trade Representative', 'United States Trade Representative', 'Office of the U.S. Trade Representative'], exact: ['USTR'] },
  { name: 'US Geological Survey', kind: 'state-body', focus: 'critical-minerals', country: 'US', aliases: ['U.S. Geological Survey', 'US Geological Survey', 'United States Geological Survey'], exact: ['USGS'] },
  { name: 'Defense Logistics Agency', kind: 'state-body', focus: 'general', country: 'US', aliases: ['Defense Logistics Agency', 'National Defense Stockpile'], exact: ['DLA'] },
  { name: 'Export-Import Bank of the United States', kind: 'financier', focus: 'general', country: 'US', aliases: ['Export-Import Bank', 'Ex-Im Bank', 'EXIM Bank'], exact: ['EXIM', 'Ex-Im'] },
  { name: 'US International Development Finance Corporation', kind: 'financier', focus: 'general', country: 'US', aliases: ['International Development Finance Corporation', 'Development Finance Corporation'], exact: ['DFC'] },
  { name: 'Office of Strategic Capital', kind: 'financier', focus: 'general', country: 'US', aliases: ['Office of Strategic Capital'] },
  { name: 'Defense Production Act', kind: 'law', focus: 'general', country: 'US', aliases: ['Defense Production Act'] },
  { name: 'Inflation Reduction Act', kind: 'law', focus: 'general', country: 'US', aliases: ['Inflation Reduction Act'] },

  // Europe, Japan, Korea, Australia, multilateral.
  { name: 'European Commission', kind: 'state-body', focus: 'general', country: 'EU', aliases: ['European Commission', 'EU Commission', 'Commission européenne', 'Europäische Kommission', 'Europäischen Kommission', 'EU-Kommission', 'Comisión Europea', 'Comissão Europeia', 'Еврокомисси*', 'Европейская комиссия', 'Европейской комиссии', '欧盟委员会', '欧州委員会', '유럽연합 집행위원회', '유럽연합(EU) 집행위원회', 'EU 집행위원회', 'EU 집행위'] },
  { name: 'EU Critical Raw Materials Act', kind: 'law', focus: 'critical-minerals', country: 'EU', aliases: ['Critical Raw Materials Act', 'EU Critical Raw Materials Act', 'Gesetz zu kritischen Rohstoffen', 'Ley de Materias Primas Críticas', 'règlement sur les matières premières critiques', '关键原材料法案', '重要原材料法'], exact: ['CRMA'] },
  { name: 'JOGMEC', kind: 'state-body', focus: 'critical-minerals', country: 'JP', aliases: ['Japan Organization for Metals and Energy Security', 'Japan Oil, Gas and Metals National Corporation', 'エネルギー・金属鉱物資源機構', '석유천연가스금속광물자원기구'], exact: ['JOGMEC'] },
  { name: 'METI', kind: 'state-body', focus: 'general', country: 'JP', aliases: ['Ministry of Economy, Trade and Industry', '経済産業省', '経産省', '日本経済産業省', '일본 경제산업성', '경제산업성'], exact: ['METI'] },
  { name: 'KOMIR', kind: 'state-body', focus: 'critical-minerals', country: 'KR', aliases: ['Korea Mine Rehabilitation and Mineral Resources Corporation', '한국광해광업공단', '광해광업공단'], exact: ['KOMIR'] },
  { name: 'Ministry of Trade, Industry and Energy (Korea)', kind: 'state-body', focus: 'general', country: 'KR', aliases: ['Ministry of Trade, Industry and Energy', '산업통상자원부', '산업통상부'], exact: ['MOTIE'] },
  { name: 'Ministry of Industry and Trade (Russia)', kind: 'state-body', focus: 'general', country: 'RU', aliases: ['Минпромторг*', 'Министерство промышленности и торговли', 'Министерства промышленности и торговли'] },
  { name: 'Ministry of Finance (Russia)', kind: 'state-body', focus: 'general', country: 'RU', aliases: ['Минфин*'] },
  { name: 'Ministry of Natural Resources (Russia)', kind: 'state-body', focus: 'general', country: 'RU', aliases: ['Минприроды', 'Роснедра', 'Роснедр*'] },
  { name: 'Federal Ministry for Economic Affairs (Germany)', kind: 'state-body', focus: 'general', country: 'DE', aliases: ['Bundeswirtschaftsministerium', 'Bundesministerium für Wirtschaft und Klimaschutz', 'Bundesministerium für Wirtschaft und Energie'], exact: ['BMWK', 'BMWE', 'BMWi'] },
  { name: 'Ministry of Mines and Energy (Brazil)', kind: 'state-body', focus: 'general', country: 'BR', aliases: ['Ministério de Minas e Energia'] },
  { name: 'Export Finance Australia', kind: 'financier', focus: 'general', country: 'AU', aliases: ['Export Finance Australia'] },
  { name: 'Minerals Security Partnership', kind: 'state-body', focus: 'critical-minerals', country: 'US', aliases: ['Minerals Security Partnership'] },
  { name: 'International Energy Agency', kind: 'state-body', focus: 'general', country: 'FR', aliases: ['International Energy Agency'], exact: ['IEA'] },

  // Price reporters and analysts the field quotes.
  { name: 'Shanghai Metals Market', kind: 'price-reporter', focus: 'critical-minerals', country: 'CN', aliases: ['Shanghai Metals Market'], exact: ['SMM'] },
  { name: 'Asian Metal', kind: 'price-reporter', focus: 'critical-minerals', country: 'CN', aliases: ['Asian Metal'] },
  { name: 'Benchmark Mineral Intelligence', kind: 'price-reporter', focus: 'critical-minerals', country: 'GB', aliases: ['Benchmark Mineral Intelligence', 'Benchmark Minerals'] },
  { name: 'Adamas Intelligence', kind: 'price-reporter', focus: 'rare-earth', country: 'CA', aliases: ['Adamas Intelligence', 'Adamas'] },
  { name: 'Fastmarkets', kind: 'price-reporter', focus: 'critical-minerals', country: 'GB', aliases: ['Fastmarkets'] },
  { name: 'Project Blue', kind: 'price-reporter', focus: 'critical-minerals', country: 'GB', aliases: ['Project Blue'] },
];
