import type { Category } from '../analysis-result';

/**
 * Families of field words per language: the vocabulary in which news about rare earths and critical
 * minerals states each kind of signal, in English, Chinese, Japanese, Korean, Russian, French,
 * German, Spanish and Portuguese (and the Romance and Germanic cognates that come with them). They
 * are evidence, not verdicts: the signal model (signal-model.ts) weighs them with the sentence's
 * figures, structure and context. English phrasing in full clauses is read by the cue patterns of
 * lexicon.ts; these families are what every language shares.
 *
 * Syntax (phrase-matcher.ts): case-insensitive, on word boundaries; a trailing `*` is a stem; words
 * in scripts written without spaces (Chinese, Japanese, Korean stems) match as substrings.
 */

export type FamilyName =
  | Category
  | 'rise'
  | 'fall'
  | 'quantity'
  | 'plan'
  | 'speech'
  | 'courtesy'
  | 'furniture'
  | 'background'
  | 'company';

export const FAMILY_NAMES: readonly FamilyName[] = [
  'supply-expansion', 'supply-disruption', 'market-expansion', 'market-concentration', 'pricing', 'inventory',
  'export-control', 'trade-policy', 'risk-governance', 'demand', 'investment-deal',
  'rise', 'fall', 'quantity', 'plan', 'speech', 'courtesy', 'furniture', 'background', 'company',
];

export const CUE_FAMILIES: Readonly<Record<FamilyName, readonly string[]>> = {
  'supply-expansion': [
    // en
    'production', 'produce*', 'producing', 'output', 'capacity', 'capacities', 'plant', 'mine', 'refinery', 'facility', 'facilities',
    'factory', 'smelter', 'separation', 'processing', 'commission*', 'ramp-up', 'ramp up', 'ramped up', 'ramping up', 'construction',
    'build*', 'built', 'restart*', 'start-up', 'startup', 'nameplate', 'throughput', 'tonnes per year', 'tpa', 'tons per year',
    'sales volume*', 'shipments', 'concentrate', 'mined', 'inaugurat*', 'pilot plant', 'first production', 'expansion', 'recycling',
    'feasibility', 'deposit', 'resource estimate', 'project',
    // fr, es, pt, it
    'capacité*', 'usine*', 'mine', 'raffinerie*', 'produire', 'productions', 'extraction', 'capacidad*', 'planta*', 'fábrica*', 'fabrica*',
    'refinería*', 'producir', 'produção', 'producción', 'produzione', 'capacidade*', 'usina*', 'fabbrica', 'stabilimento', 'impianto',
    'mineração', 'minería', 'extração', 'yacimiento*', 'jazida*', 'gisement*', 'giacimento*',
    // de
    'Produktion*', 'Förderung', 'Kapazität*', 'Werk*', 'Fabrik*', 'Anlage*', 'Raffinerie*', 'Abbau', 'Mine', 'Minen', 'produzier*',
    'Lagerstätte*', 'Vorkommen',
    // ru
    'производств*', 'добыч*', 'мощност*', 'завод*', 'фабрик*', 'месторождени*', 'выпуск*', 'рудник*', 'переработк*',
    // zh, ja, ko
    '产量', '产能', '生产', '投产', '开采', '冶炼', '分离', '项目', '工厂', '扩产', '产值', '生産', '産出', '工場', '精錬', '採掘', '鉱山',
    '試掘', '回収', '생산', '공장', '채굴', '제련', '광산', '가동',
  ],
  'supply-disruption': [
    'shortage*', 'halt*', 'suspend*', 'suspension', 'shut*', 'closure*', 'disrupt*', 'outage*', 'stopp*', 'ban on mining', 'crackdown',
    'smuggl*', 'scarc*', 'bottleneck*', 'delay*', 'idle*', 'curtail*', 'force majeure', 'flood*', 'blockade*', 'deficit*', 'tight supply',
    'pénurie*', 'arrêt*', 'suspendu*', 'escasez', 'escassez', 'paralis*', 'interrup*', 'carenza', 'Knappheit', 'Engpass*', 'Engpäss*',
    'Lieferengp*', 'gestoppt', 'stillgelegt', 'Mangel', 'дефицит*', 'остановк*', 'приостанов*', 'перебо*', 'нехватк*',
    '短缺', '停产', '减产', '中断', '断供', '紧缺', '停止', '不足', '停滞', '供給不足', '停止', '品薄', '부족', '중단', '차질', '공급난',
  ],
  'market-expansion': [
    'market share', 'new markets', 'customers', 'customer', 'buyers', 'clients', 'distributor', 'distribution', 'sales channel*',
    'expand into', 'enter the market', 'overseas market*', 'clientes', 'clients', 'Kunden', 'клиент*', 'покупател*', '客户', '市场份额',
    '顧客', '販路', '고객', '판로',
  ],
  'market-concentration': [
    'dominat*', 'dominan*', 'monopol*', 'share of global', 'of global', 'of the world', "world's", 'world’s', 'largest', 'biggest',
    'leading producer', 'reliance', 'relies', 'rely', 'depend*', 'consolidat*', 'merger', 'merge*', 'chokehold', 'stranglehold', 'grip',
    'control of', 'controls', 'mondial*', 'domina*', 'dépend*', 'dependen*', 'dependência', 'dipendenza', 'abhängig*', 'Abhängigkeit',
    'weltweit*', 'Weltmarkt*', 'Marktanteil*', 'dominier*', 'мировой', 'мировых', 'мирового', 'доминир*', 'зависимост*', 'монопол*',
    '全球', '世界', '垄断', '依赖', '主导', '占', '整合', '重组', '依存', '独占', 'シェア', '寡占', '세계', '의존', '독점', '점유',
  ],
  pricing: [
    'price*', 'pricing', 'priced', 'yuan/t', 'yuan per', '/kg', 'per kilogram', 'per kg', 'per tonne', 'per ton', 'per metric ton',
    'premium', 'quot*', 'offer*', 'assessed', 'index', 'cost*', 'expensive', 'cheap*', 'floor price', 'price floor', 'revenue*',
    'profit*', 'earnings', 'margin*', 'prix', 'tarif', 'precio*', 'preço*', 'prezz*', 'Preis*', 'цен*', 'стоимост*', 'выручк*',
    '价格', '价', '元/吨', '万元', '报价', '均价', '涨', '跌', '利润', '营收', '価格', '値上', '値下', '高騰', '가격', '급등', '급락',
  ],
  inventory: [
    'stockpil*', 'inventor*', 'stocks', 'reserve*', 'safety stock*', 'strategic reserve*', 'stock*', 'hoard*', 'destock*',
    'restock*', 'stockage', 'réserve*', 'reserva*', 'riserv*', 'Lager*', 'Vorrat*', 'Vorräte', 'Reserve*', 'запас*', 'резерв*',
    '储备', '库存', '收储', '备蓄', '在庫', '備蓄', '비축', '재고',
  ],
  'export-control': [
    'export control*', 'export licen*', 'export permit*', 'licen*', 'permit*', 'export ban*', 'export restriction*', 'restrict*',
    'dual-use', 'dual use', 'entity list', 'curb*', 'approval*', 'exporters', 'export*', 'embargo*', 'contrôle* à l’export*',
    'exportation*', 'exportación*', 'exportação*', 'esportazion*', 'licence*', 'licencia*', 'licença*', 'restricci*', 'restrição*',
    'restriction*', 'Exportkontroll*', 'Exportbeschränk*', 'Ausfuhr*', 'Export*', 'Genehmigung*', 'Lizenz*', 'экспорт*',
    'лицензи*', 'ограничени*', 'запрет*', '出口管制', '出口', '许可', '管制', '两用', '禁止', '禁运', '輸出規制', '輸出', '規制',
    '許可', '禁輸', '수출', '통제', '규제', '허가', '금지',
  ],
  'trade-policy': [
    'quota*', 'tariff*', 'policy', 'policies', 'strategy', 'strategic', 'plan', 'plans', 'target*', 'law', 'regulation*', 'ministry',
    'government', 'trade deal', 'trade talks', 'agreement', 'truce', 'sanction*', 'retaliat*', 'countermeasure*', 'industrial policy',
    'critical minerals list', 'quota', 'cuota*', 'cota*', 'droits de douane', 'arancel*', 'tarifa*', 'dazi', 'Zoll*', 'Zölle',
    'Quote*', 'politique', 'política', 'Politik', 'стратеги*', 'квот*', 'пошлин*', 'политик*', '配额', '关税', '政策', '规划',
    '指标', '总量控制', '十四五', '十五五', '战略', '条例', '管理办法', '関税', '政策', '戦略', '割当', '관세', '정책', '전략', '쿼터',
  ],
  'risk-governance': [
    'due diligence', 'compliance', 'traceab*', 'audit*', 'regulator*', 'inspection*', 'licence conditions', 'license conditions',
    'environmental', 'radioactive', 'waste', 'governance', 'ESG', 'risk*', 'conformité', 'cumplimiento', 'conformidade', 'Sorgfalt*',
    'Rückverfolg*', 'соответстви*', 'проверк*', '合规', '追溯', '监管', '环保', '督察', '트레이서빌리티', '규정 준수',
  ],
  demand: [
    'demand', 'consumption', 'consume*', 'orders', 'electric vehicle*', 'EVs', 'EV', 'wind turbine*', 'defen*', 'semiconductor*',
    'robot*', 'appetite', 'demande', 'demanda', 'domanda', 'Nachfrage', 'Bedarf', 'спрос*', 'потреблени*', '需求', '消费', '订单',
    '需要', '수요', '소비',
  ],
  'investment-deal': [
    'invest*', 'funding', 'fund*', 'financ*', 'loan*', 'grant*', 'equity', 'stake', 'stakes', 'acqui*', 'takeover', 'offtake*',
    'deal', 'deals', 'agreement*', 'contract*', 'partnership*', 'joint venture*', 'memorandum', 'MoU', 'IPO', 'raise*', 'raising',
    'placement', 'debt facility', 'preferred stock', 'warrant*', 'signed', 'signs', 'investissement*', 'inversión', 'inversiones',
    'investimento*', 'accord*', 'acuerdo*', 'acordo*', 'prêt*', 'préstamo*', 'empréstimo*', 'Investition*', 'Beteiligung*',
    'Übernahme*', 'Vertrag*', 'Abkommen', 'Kredit*', 'Förder*', 'инвест*', 'соглашени*', 'сделк*', 'контракт*', 'кредит*',
    '投资', '收购', '入股', '协议', '合同', '签署', '融资', '贷款', '合作', '投資', '出資', '買収', '契約', '提携', '融資',
    '투자', '인수', '계약', '협약', '지분', '협력',
  ],
  rise: [
    'rose', 'rise*', 'rising', 'risen', 'increase*', 'increasing', 'grew', 'grow*', 'jump*', 'surg*', 'soar*', 'climb*', 'up',
    'higher', 'record', 'doubl*', 'tripl*', 'boost*', 'gain*', 'rall*', 'spike*', 'firm*', 'expand*', 'hausse', 'augment*', 'aument*',
    'crescimento', 'cresce*', 'subi*', 'subió', 'alza', 'steig*', 'gestiegen', 'Anstieg', 'erhöh*', 'рост*', 'вырос*', 'увелич*',
    'повыш*', 'stieg*', 'wuchs', 'zugenommen', 'zulegt*', 'legte*', '增长', '上涨', '上升', '提高', '增加', '创新高', '翻番', '上昇', '増加', '拡大', '증가', '상승', '급등', '확대',
  ],
  fall: [
    'fell', 'fall*', 'fallen', 'drop*', 'declin*', 'decreas*', 'plung*', 'slump*', 'slid', 'slide*', 'tumbl*', 'down', 'lower',
    'halved', 'cut*', 'reduc*', 'shrank', 'shrink*', 'eas*', 'weaken*', 'zero', 'baisse', 'chute', 'diminu*', 'caída', 'cayó',
    'queda', 'caiu', 'Rückgang', 'gesunken', 'fiel', 'sink*', 'снижени*', 'упал*', 'сократил*', 'падени*', '下降', '下跌', '减少',
    '下滑', '回落', '暴跌', '减半', '低下', '減少', '下落', '急落', '감소', '하락', '급감',
  ],
  quantity: [
    'tonnes', 'tons', 'tonne', 'ton', 't', 'kt', 'mt', 'tpa', 'kg', 'kilograms', 'pounds', 'lb', 'barrels', 'toneladas', 'tonnen',
    'тонн*', '吨', '万吨', 'トン', '톤', 'million', 'billion', 'millones', 'milliards', 'Milliarden', 'Millionen', 'млн', 'млрд',
    '亿元', '億', '억', 'percent', 'per cent', 'pourcent', 'por ciento', 'Prozent', 'процент*',
  ],
  plan: [
    'will', 'plans', 'planned', 'expects', 'expected', 'aims', 'aim', 'target*', 'intends', 'set to', 'due to', 'scheduled', 'forecast*',
    'projected', 'prévoit', 'prevé', 'prevê', 'plant', 'soll', 'wird', 'планиру*', 'ожида*', '计划', '预计', '将', '予定', '見通し',
    '계획', '예정', '전망',
  ],
  speech: [
    'said', 'says', 'told', 'according to', 'stated', 'noted', 'added', 'explained', 'declared', 'a déclaré', 'selon', 'dijo',
    'según', 'disse', 'segundo', 'sagte', 'erklärte', 'laut', 'заявил*', 'сообщил*', 'по словам', 'отметил*', '表示', '称', '指出',
    '据', '述べ', 'によると', '밝혔다', '말했다', '따르면',
  ],
  courtesy: [
    'pleased', 'delighted', 'proud', 'excited', 'thrilled', 'honoured', 'honored', 'milestone', 'congratulat*', 'thank*', 'grateful',
    'look forward', 'exciting', 'significant step', 'testament', 'commitment to', 'committed to', 'vision', 'journey',
  ],
  furniture: [
    'click', 'subscribe*', 'newsletter', 'cookie*', 'photo', 'image', 'getty', 'shutterstock', 'updated', 'read more', 'also read',
    'related', 'advertisement', 'sign up', 'log in', 'share this', 'follow us', 'editing by', 'reporting by', 'copyright', 'all rights',
    'opens in a new tab', 'whatsapp', 'facebook', 'twitter', 'linkedin', 'email', 'print', 'comments', 'download', 'podcast', 'video',
    'watch', 'listen', 'menu', 'home', 'search', 'privacy', 'terms', 'published', 'min read', 'author', 'by', 'source', 'file photo',
    'caption', 'credit', 'lesen sie', 'lire aussi', 'leia também', 'lea también', 'читайте также', '责任编辑', '来源', '关注', '記事',
    '무단', '기자', '사진',
  ],
  background: [
    'are used', 'is used', 'used in', 'used to', 'known as', 'consists of', 'refers to', 'is a group', 'are a group', 'elements',
    'metals that', 'essential for', 'key component*', 'critical for', 'vital for', 'such as', 'found in', 'periodic table', 'sont utilisés',
    'se utilizan', 'são usados', 'werden verwendet', 'используются', '用于', '被称为', '使われ', '사용되',
  ],
  company: [
    'company', 'companies', 'firm', 'miner', 'producer*', 'group', 'corp*', 'ltd', 'inc', 'plc', 'limited', 'resources', 'materials',
    'manufacturer*', 'maker*', 'entreprise*', 'société', 'fabricant*', 'empresa*', 'compañía', 'fabricante*', 'azienda', 'produttor*',
    'Unternehmen', 'Konzern*', 'Hersteller*', 'компани*', 'производител*', '公司', '集团', '企业', '厂商', 'メーカー', '업체',
    '会社', '企業', '기업', '회사',
  ],
};
