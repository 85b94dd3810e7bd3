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
    'capacité*', 'usine*', 'mine', 'raffinerie*', 'produire', 'produira', 'produiront', 'produisent', 'productions', 'extraction', 'capacidad*', 'planta*', 'fábrica*', 'fabrica*',
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
    // beyond English: output, capacity, plants and projects as each language's news writes them
    '产出', '出产', '年产', '量产', '增产', '复产', '扩建', '新建', '达产', '试生产', '投运', '开工', '选矿', '矿山', '精矿', '冶炼分离', '回收', '再生', '产业化',
    '生産能力', '増産', '量産', '稼働', '操業', '建設', '新設', '増設', '精製', '分離', '製錬', '採鉱', '鉱床', 'プロジェクト', 'リサイクル',
    '생산능력', '생산량', '증산', '양산', '준공', '착공', '건설', '증설', '정제', '분리', '프로젝트', '재활용', '광상',
    'строительств*', 'запуск*', 'ввод в эксплуатацию', 'обогащени*', 'комбинат*', 'проект*', 'разработк*', 'производит*', 'произвед*',
    'концентрат*', 'перерабатыва*', 'переработ*', 'добыва*', 'добыт*', 'наращива*', 'рециклинг*',
    'produi*', 'extrai*', 'raffinage', 'raffiné*', 'traitement', 'transformation', 'séparation', 'projet*', 'mise en service', 'recyclage',
    'exploitation', 'minier', 'minière*', 'tonnes par an',
    'producción', 'producen', 'produjo', 'producido*', 'producirá', 'extracción', 'refinado', 'refinación', 'procesamiento', 'separación',
    'proyecto*', 'mina', 'puesta en marcha', 'reciclaje', 'explotación', 'toneladas al año', 'toneladas anuales',
    'produzir', 'produz*', 'projeto*', 'processamento', 'refino', 'separação', 'beneficiamento', 'reciclagem', 'implantação',
    'toneladas por ano',
    'Verarbeitung*', 'Aufbereitung*', 'Trennung', 'Inbetriebnahme', 'Ausbau*', 'ausbauen', 'Projekt*', 'Recycling*', 'Herstellung',
    'herstellen', 'hergestellt', 'Bergwerk*', 'Tagebau*', 'Jahresproduktion', 'Jahreskapazität*', 'Tonnen pro Jahr', 'Tonnen jährlich',
    // the paradigm beyond English: verbs in their forms, project stages, plants and lines, as mining news writes them
    '扩能', '建成', '竣工', '试产', '投建', '开建', '动工', '生产线', '产线', '采选', '一期工程', '二期工程', '露天矿',
    '製造', '着工', '竣工', '完工', '稼動', 'プラント', '精鉱', '年産', '商業生産', '試験生産', '鉱山開発', '資源開発', '立ち上げ',
    '제조', '가공', '추출', '탐사', '시설', '설비', '플랜트', '연산', '매장량', '상업 생산', '광산 개발',
    'производя*', 'произвел*', 'произвёл', 'произвести', 'производим*', 'выпусти*', 'выпуска*', 'добуд*', 'добыва*', 'добывающ*', 'запусти*',
    'запуст*', 'построи*', 'строит', 'строят', 'построен*', 'обогатительн*', 'горно-обогатительн*', 'ГОК', 'геологоразведк*',
    'технико-экономическ*', 'опытно-промышленн*', 'пилотн*', 'т в год', 'тонн в год', 'в эксплуатацию', 'мощностью', 'разрабатыва*', 'освоени*', 'освои*',
    'fabriquer', 'fabrique', 'fabriquent', 'fabrication', 'construire', 'construit', 'construite', 'construits', 'démarrage', 'démarr*', 'inauguré*',
    'inaugure', 'agrandissement', 'étude de faisabilité', 'faisabilité', 'minerai*', 'concentré*', 'affinage', 'raffiner', 'raffine', 'traite',
    'traitent', 'usine pilote', 'mise en production', 'entrer en production', 'entrée en production', 'gisement', 'permis minier', 'permis d’exploitation',
    'producirán', 'produciría', 'producía', 'produjeron', 'produce', 'extrae', 'extraen', 'extraer', 'extrajo', 'procesar', 'procesa', 'procesará', 'refinar',
    'refina', 'construcción', 'construir', 'construye', 'construirá', 'inauguró', 'inaugura', 'ampliación', 'ampliar', 'expansión', 'minas', 'factibilidad',
    'prefactibilidad', 'exploración', 'planta piloto', 'licencia ambiental', 'entrar en operación', 'entrará en operación', 'entró en operación',
    'produziu', 'produzirá', 'produzem', 'lavra', 'minas', 'extrair', 'extrai', 'processar', 'refinar', 'construção', 'construir', 'ampliação',
    'ampliar', 'expansão', 'usina piloto', 'planta piloto', 'viabilidade', 'estudo de viabilidade', 'pesquisa mineral', 'exploração', 'entrar em operação',
    'licença de operação', 'licença prévia', 'licença de instalação', 'licenças de operação', 'licenciamento ambiental',
    'Magnetproduktion', 'Magnetfertigung', 'Fertigung*', 'Seltenerdproduktion', 'Metallproduktion', 'Abbau*', 'abbauen', 'abgebaut', 'Gewinnung',
    'in Betrieb', 'baut', 'bauen', 'gebaut', 'errichtet', 'errichten', 'Errichtung', 'Bau', 'Machbarkeitsstudie*', 'Pilotanlage*', 'Erweiterung*',
    'Raffination', 'raffinier*', 'verarbeit*', 'Veredelung', 'Tonnen im Jahr', 'Jahrestonnen', 'Trennanlage*', 'Magnetfabrik*', 'Magnetwerk*',
    'Produktionsstätte*', 'Produktionslinie*', 'Förderkapazität*', 'Fördermenge*',
    // id, ms: Indonesian and Malay (Bangka-Belitung tin, nickel and bauxite downstreaming, Lynas in Pahang)
    'produksi', 'memproduksi', 'diproduksi', 'berproduksi', 'kapasitas', 'pabrik', 'kilang', 'tambang', 'pertambangan', 'penambangan', 'menambang',
    'ditambang', 'pengolahan', 'pemurnian', 'peleburan', 'hilirisasi', 'pembangunan', 'membangun', 'dibangun', 'proyek', 'konsentrat', 'bijih',
    'cadangan terbukti', 'eksplorasi', 'studi kelayakan', 'beroperasi', 'mulai beroperasi', 'uji coba', 'daur ulang', 'ton per tahun', 'fasilitas',
    'kawasan industri', 'pengeluaran', 'loji', 'lombong', 'perlombongan', 'memproses', 'pemprosesan', 'tan setahun',
    // it
    'produrre', 'produrrà', 'capacità', 'miniera', 'miniere', 'raffineria', 'raffinazione', 'lavorazione', 'trattamento', 'separazione',
    'estrazione', 'progetto', 'progetti', 'costru*', 'impianti', 'stabilimenti', 'tonnellate all’anno', 'tonnellate all\'anno',
    'tonnellate annue', 'entrata in funzione', 'entrare in produzione', 'riciclo', 'riciclaggio', 'studio di fattibilità', 'fattibilità',
    'concessione mineraria', 'attività estrattiva', 'minerario', 'mineraria', 'minerari', 'concentrato', 'ampliamento', 'producono',
    'produrranno', 'ha prodotto', 'avvio della produzione',
  ],
  'supply-disruption': [
    'shortage*', 'halt*', 'suspend*', 'suspension', 'shut*', 'closure*', 'disrupt*', 'outage*', 'stopp*', 'ban on mining', 'crackdown',
    'smuggl*', 'scarc*', 'bottleneck*', 'delay*', 'idle*', 'curtail*', 'force majeure', 'flood*', 'blockade*', 'deficit*', 'tight supply',
    'pénurie*', 'arrêt*', 'suspendu*', 'escasez', 'escassez', 'paralis*', 'interrup*', 'carenza', 'Knappheit', 'Engpass*', 'Engpäss*',
    'Lieferengp*', 'gestoppt', 'stillgelegt', 'Mangel', 'дефицит*', 'остановк*', 'приостанов*', 'перебо*', 'нехватк*',
    '短缺', '停产', '减产', '中断', '断供', '紧缺', '停止', '不足', '停滞', '供給不足', '停止', '品薄', '부족', '중단', '차질', '공급난',
    '限产', '停工', '关停', '停运', '供应紧张', '偏紧', '停摆', '断链', '受阻', '延误', '供給不安', '途絶', '遅延', '操業停止', '減産', '逼迫',
    'ひっ迫', '감산', '지연', '품귀', '수급 불안', '공급 부족', '병목', 'сбой', 'сбои', 'сбоев', 'прекращени*', 'прекрати*', 'срыв*',
    'задержк*', 'простой', 'закрыти*', 'rupture*', 'perturbation*', 'fermeture*', 'goulet*', 'goulot*', 'cierre*', 'suspensión',
    'suspendi*', 'retraso*', 'cuello* de botella', 'paraliz*', 'desabastecimiento', 'fechamento', 'suspensão', 'atraso*', 'gargalo*',
    'desabastecimento', 'Lieferstopp*', 'Stillstand', 'Schließung*', 'Unterbrechung*', 'Lieferprobleme*', 'Verzögerung*', 'Versorgungsengp*',
    'Lieferausf*', 'eingestellt',
    // halts, shortages and stoppages in their verb forms
    '停供', '断货', '缺货', '减停产', '停限产', '检修', '供应中断', '供给不足', '供应短缺', '短缺加剧',
    '停止した', '停止して', '中断した', '供給停止', '生産停止', '出荷停止', '不足して', '枯渇', '供給途絶', '生産中止',
    '공급 중단', '생산 중단', '가동 중단', '공급난', '수급난', '품절', '고갈', '공급 차질', '조업 중단',
    'останови*', 'останавлива*', 'прекраща*', 'прекрат*', 'сорва*', 'дефицитн*', 'перебоев', 'наводнени*', 'нехватает', 'не хватает',
    'pénuries', 'manque de', 'ruptures', 'arrêté*', 'à l’arrêt', 'interrompu*', 'suspension', 'goulots d’étranglement', 'tensions sur l’approvisionnement',
    'escasea', 'escasean', 'falta de', 'interrumpi*', 'detuvo', 'detiene', 'detenida', 'cierre', 'paralizada', 'paralizó',
    'falta de', 'interromp*', 'paralisad*', 'paralisou', 'suspendeu', 'suspensa', 'suspenso',
    'Engpässe', 'Mangelware', 'Versorgungslücke*', 'Lieferunterbrechung*', 'Produktionsstopp*', 'Förderstopp*', 'stillgelegt', 'stillleg*',
    'Stilllegung*', 'unterbrochen', 'Lieferengpass', 'Lieferengpässe', 'Verknappung',
    // id, ms
    'kelangkaan', 'langka', 'kekurangan', 'terhenti', 'penghentian', 'dihentikan', 'menghentikan', 'berhenti beroperasi', 'gangguan pasokan',
    'terganggu', 'penutupan', 'ditutup', 'tertunda', 'penundaan', 'ditunda', 'defisit', 'penyelundupan', 'diselundupkan', 'banjir',
    'gangguan bekalan', 'kekurangan bekalan',
    // it
    'carenze', 'scarsità', 'penuria', 'interruzione', 'interruzioni', 'sospensione', 'sospes*', 'chiusura', 'ritardi', 'ritardo', 'strozzatur*',
    'collo di bottiglia', 'colli di bottiglia', 'mancanza di', 'fermo produttivo', 'stop alla produzione', 'blocco delle forniture',
    'difficoltà di approvvigionamento',
  ],
  'market-expansion': [
    'market share', 'new markets', 'customers', 'customer', 'buyers', 'clients', 'distributor', 'distribution', 'sales channel*',
    'expand into', 'enter the market', 'overseas market*', 'clientes', 'clients', 'Kunden', 'клиент*', 'покупател*', '客户', '市场份额',
    '顧客', '販路', '고객', '판로',
    'clientèle', 'débouché*', 'nouveaux marchés', 'acheteur*', 'nuevos mercados', 'compradores', 'novos mercados', 'neue Märkte',
    'Absatzmärkte', 'Abnehmer*', 'рынки сбыта', 'новые рынки', '销路', '海外市场', '新市场', '販売先', '판매처',
    '新客户', '出海', '海外客户', '开拓市场', '新規顧客', '海外市場', '신규 고객', '해외 시장', '판로 개척', 'новых клиентов', 'выход на рынок',
    'выйти на рынок', 'nouveaux clients', 'nuevos clientes', 'novos clientes', 'Neukunden', 'neue Kunden',
    // id, ms
    'pangsa pasar', 'pasar baru', 'pelanggan', 'pembeli', 'pasar ekspor', 'pasar luar negeri', 'pelanggan baru', 'syer pasaran', 'pasaran baharu',
    // it
    'quota di mercato', 'quote di mercato', 'nuovi mercati', 'clienti', 'nuovi clienti', 'acquirent*', 'mercati esteri',
  ],
  'market-concentration': [
    'dominat*', 'dominan*', 'monopol*', 'share of global', 'of global', 'of the world', "world's", 'world’s', 'largest', 'biggest',
    'leading producer', 'reliance', 'relies', 'rely', 'depend*', 'consolidat*', 'merger', 'merge*', 'chokehold', 'stranglehold', 'grip',
    'control of', 'controls', 'mondial*', 'domina*', 'dépend*', 'dependen*', 'dependência', 'dipendenza', 'abhängig*', 'Abhängigkeit',
    'weltweit*', 'Weltmarkt*', 'Marktanteil*', 'dominier*', 'мировой', 'мировых', 'мирового', 'доминир*', 'зависимост*', 'монопол*',
    '全球', '世界', '垄断', '依赖', '主导', '占', '整合', '重组', '依存', '独占', 'シェア', '寡占', '세계', '의존', '독점', '점유',
    // shares said in words, the biggest producer, everything outside China
    '最大', '第一大', '份额', '占比', '主导地位', '绝大部分', '大部分', '九成', '八成', '七成', '集中度', '龙头', '中国以外',
    '大半', '首位', '牛耳', '중국 외', '최대', '대부분', '장악', '과점',
    'крупнейш*', 'доля', 'долю', 'доли', 'лидер*', 'большая часть', 'большую часть', 'основная часть', 'подавляющ*', 'миров*',
    'импортозависим*', 'сосредоточен*', 'приходится', 'за пределами Китая',
    'majeure partie', 'plus grand*', 'premier producteur', 'premier exportateur', 'part mondiale', 'part de marché', 'parts de marché',
    'quasi-monopole', 'quasi-totalité', 'concentre', 'concentrent', 'concentrée*', 'hors de Chine', 'en dehors de la Chine',
    'mayor productor', 'mayores productores', 'mayores recursos', 'mayores reservas', 'el mayor', 'la mayor parte', 'cuota de mercado',
    'acapara', 'concentra', 'fuera de China', 'casi todo', 'casi toda',
    'maior produtor', 'maiores produtores', 'a maior parte', 'participação de mercado', 'fatia', 'fora da China', 'segundo maior',
    'quase todo', 'quase toda',
    'größte*', 'größter', 'Großteil', 'Löwenanteil', 'Anteil*', 'angewiesen', 'beherrsch*', 'weltgrößt*', 'Weltproduktion',
    'außerhalb Chinas', 'fast vollständig', 'nahezu vollständig',
    // shares, dominance and dependence in each language's words
    '市场占有率', '市占率', '全球第一', '位居', '稳居', '对外依存', '进口依赖', '依存度', '寡头',
    '依存度', '独占的', '圧倒的', 'ほぼすべて', '大部分', '中国以外',
    '비중', '차지', '편중', '1위', '의존도', '독과점', '글로벌 공급',
    'контролиру*', 'занима*', 'первое место', 'зависит', 'зависят', 'зависеть', 'концентрир*', 'монопольн*', 'импортозависимост*',
    'domination', 'dominante', 'domine', 'dominent', 'dépendance', 'dépendant*', 'contrôle la', 'contrôlent', 'contrôle près', 'leader mondial', 'numéro un',
    'mundial', 'mundiales', 'del mundo', 'do mundo', 'dominio', 'domínio', 'controla', 'controlan', 'controlam', 'dependencia', 'dependiente*', 'dependente*',
    'líder mundial', 'primer productor', 'principal productor', 'principal produtor', 'maior fornecedor', 'mayor proveedor',
    'marktbeherrschend*', 'Marktmacht', 'Vormachtstellung', 'Dominanz', 'kontrolliert', 'Importabhängigkeit*', 'Rohstoffabhängigkeit*', 'Marktführer*',
    'fast ausschließlich', 'nahezu ausschließlich', 'größtenteils', 'überwiegend',
    // id, ms
    'terbesar', 'mendominasi', 'menguasai', 'dikuasai', 'ketergantungan', 'bergantung', 'tergantung', 'pangsa', 'dunia',
    'sebagian besar', 'hampir seluruh', 'di luar China', 'di luar Tiongkok', 'produsen terbesar', 'penghasil terbesar', 'pemasok terbesar',
    'kebergantungan', 'pengeluar terbesar', 'sebahagian besar',
    // it
    'dipende', 'dipendono', 'dipendente', 'il più grande', 'maggior produttore', 'maggiore produttore',
    'primo produttore', 'la maggior parte', 'quota mondiale', 'quasi tutto', 'quasi tutta', 'fuori dalla Cina', 'al di fuori della Cina',
    'controlla', 'controllano', 'leader mondiale', 'del mondo', 'al mondo',
  ],
  pricing: [
    'price*', 'pricing', 'priced', 'yuan/t', 'yuan per', '/kg', 'per kilogram', 'per kg', 'per tonne', 'per ton', 'per metric ton',
    'premium', 'quot*', 'offer*', 'assessed', 'index', 'cost*', 'expensive', 'cheap*', 'floor price', 'price floor', 'revenue*',
    'profit*', 'earnings', 'margin*', 'prix', 'tarif', 'precio*', 'preço*', 'prezz*', 'Preis*', 'цен*', 'стоимост*', 'выручк*',
    '价格', '价', '元/吨', '万元', '报价', '均价', '涨', '跌', '利润', '营收', '価格', '値上', '値下', '高騰', '가격', '급등', '급락',
    // quotes with their units
    '元/千克', '元/公斤', '万元/吨', '美元/公斤', '美元/千克', '每吨', '每公斤', '成交价', '价格指数', '行情', '走高', '走低', '持平',
    '円/kg', '円/キロ', 'ドル/kg', '相場', '単価', '値上がり', '値下がり', '急騰', '高値', '安値', '원/kg', '달러/kg', '시세', '단가',
    '톤당', 'kg당', 'руб./т', 'руб. за т', 'за тонну', 'за килограмм', 'за кг', 'долл./т', 'подорожа*', 'подешев*', 'котировк*',
    'coût*', 'cotation*', 'flamb*', '€/kg', '$/kg', '€/t', '$/t', 'le kilo', 'la tonne', 'par tonne', 'par kilo', 'cotiza*',
    'por tonelada', 'por kilo', 'encarec*', 'abarat*', 'cotaç*', 'custo', 'custos', 'por quilo', 'barate*', 'Rohstoffpreis*',
    'Marktpreis*', 'Weltmarktpreis*', 'Spotpreis*', 'Magnetpreis*', 'Oxidpreis*', 'Kosten', 'verteuer*', 'verbillig*', 'je Tonne',
    'pro Tonne', 'pro Kilogramm', 'je Kilogramm', 'notiert*', 'Notierung*',
    // quotes, price moves and their units
    '涨价', '降价', '售价', '定价', '挂牌价', '现货价', '美元/吨', '元/千克',
    'キロ当たり', 'キロあたり', 'トン当たり', 'トンあたり', '値段', '市況', '最高値', '最安値', '円/トン', 'ドル/トン', '売上', '収益', '値上げ', '値下げ',
    '값', '킬로그램당', '파운드당', '매출', '영업이익', '비용', '비싸', '몸값', '가격대',
    'цена', 'цены', 'ценам', 'ценой', 'дорожа*', 'дешеве*', 'подорожани*', 'удешевлени*', 'стоим*', 'долл. за', 'долларов за', 'за унцию', 'прибыл*',
    'les cours', 'renchéri*', 'chiffre d’affaires', 'bénéfice*', 'marges', 'onéreu*', 'plus cher', 'plus chère', 'plus chers', 'moins cher', 'tarifs',
    'coste', 'costes', 'el kilo', 'la tonelada', 'dólares por', 'por libra', 'más caro', 'más caros', 'más barato', 'barato*', 'ganancias', 'ingresos',
    'o quilo', 'a tonelada', 'dólares por', 'mais caro', 'mais caros', 'mais barato', 'valoriz*', 'desvaloriz*', 'faturamento', 'lucro', 'lucros', 'receita*',
    'Neodympreis*', 'Dysprosiumpreis*', 'Terbiumpreis*', 'Lithiumpreis*', 'Kobaltpreis*', 'Galliumpreis*', 'Germaniumpreis*', 'Antimonpreis*',
    'Metallpreis*', 'Seltenerdpreis*', 'Exportpreis*', 'Importpreis*', 'Kilopreis*', 'Tonnenpreis*', 'teurer', 'teuer', 'billiger', 'günstiger',
    'je Kilo', 'pro Kilo', 'Umsatz', 'Umsätze', 'Gewinn', 'Gewinne',
    // id, ms
    'harga', 'harga jual', 'harga acuan', 'harga patokan', 'HPM', 'HMA', 'biaya', 'pendapatan', 'laba', 'keuntungan', 'mahal', 'murah', 'termahal',
    'per metrik ton', 'dolar AS per ton', 'untung', 'kos pengeluaran', 'hasil jualan',
    // it
    'quotazion*', 'rincar*', 'ricavi', 'utile netto', 'fatturato', 'margini', 'al chilo', 'alla tonnellata', 'per tonnellata', 'più caro',
    'più cari', 'più economico', 'listino',
  ],
  inventory: [
    'stockpil*', 'inventor*', 'stocks', 'reserve*', 'safety stock*', 'strategic reserve*', 'stock*', 'hoard*', 'destock*',
    'restock*', 'stockage', 'réserve*', 'reserva*', 'riserv*', 'Lager*', 'Vorrat*', 'Vorräte', 'Reserve*', 'запас*', 'резерв*',
    '储备', '库存', '收储', '备蓄', '在庫', '備蓄', '비축', '재고',
    '国储', '囤货', '囤积', '备货', '去库存', '补库', '安全库存', '買いだめ', '積み増', '비축량', 'складск*', 'госрезерв*', 'накоплени*',
    'Росрезерв*', 'existencias', 'inventario*', 'acopio', 'acumul*', 'accumul*', 'almacen*', 'estoque*', 'armazen*', 'Bevorratung',
    'Bestände', 'horten', 'gehortet', 'Sicherheitsbestand*',
    '储存', '去库', '累库', '战略储备', '貯蔵', '買い占め', '在庫量', '비축 물량', '재고량', 'накопи*', 'накаплива*', 'складирова*', 'Гохран*',
    'stocks stratégiques', 'réserves stratégiques', 'reservas estratégicas', 'estoques estratégicos', 'Rohstoffreserve*', 'Rohstofflager*', 'Notreserve*',
    'bevorraten', 'eingelagert', 'einlagern', 'hortet', 'Hamsterkäufe',
    // id, ms
    'stok', 'persediaan', 'cadangan', 'penimbunan', 'menimbun', 'cadangan strategis', 'stok strategis', 'simpanan', 'rizab', 'stok simpanan',
    // it
    'scorte', 'scorta', 'magazzino', 'magazzini', 'stoccaggio', 'scorte strategiche', 'riserve strategiche', 'accaparramento', 'accaparrare',
  ],
  'export-control': [
    'export control*', 'export licen*', 'export permit*', 'licen*', 'permit*', 'export ban*', 'export restriction*', 'restrict*',
    'dual-use', 'dual use', 'entity list', 'curb*', 'approval*', 'exporters', 'export*', 'embargo*', 
    'exportation*', 'exportación*', 'exportação*', 'esportazion*', 'licence*', 'licencia*', 'licença*', 'restricci*', 'restrição*',
    'restriction*', 'Exportkontroll*', 'Exportbeschränk*', 'Ausfuhr*', 'Export*', 'Genehmigung*', 'Lizenz*', 'экспорт*',
    'лицензи*', 'ограничени*', 'запрет*', '出口管制', '出口', '许可', '管制', '两用', '禁止', '禁运', '輸出規制', '輸出', '規制',
    '許可', '禁輸', '수출', '통제', '규제', '허가', '금지',
    // controls and licences, in the words of each regime's news
    '出口许可', '两用物项', '出口禁令', '禁止出口', '限制出口', '出口限制', '审批', '管控', '最终用户', '不予许可', '輸出管理', '輸出許可',
    '輸出禁止', '軍民両用', 'デュアルユース', '許可制', '輸出制限', '수출허가', '수출 허가', '수출제한', '수출 제한', '수출금지', '수출 금지',
    '이중용도', '허가제', 'экспортного контроля', 'экспортный контроль', 'разрешени*', 'вывоз*', 'эмбарго', 'двойного назначения',
    'contrôle à l’exportation', 'contrôles à l’exportation', 'contrôle des exportations', 'contrôles des exportations',
    'contrôles à l’export', 'autorisation*', 'interdi*', 'double usage', 'restreindre', 'restreint*',
    'control de exportaciones', 'controles a la exportación', 'controles de exportación', 'permiso*', 'autorizaci*', 'prohibi*',
    'doble uso', 'restring*', 'controle de exportação', 'controles de exportação', 'controle das exportações', 'autorizaç*', 'proibi*',
    'duplo uso', 'beschränk*', 'Beschränkung*', 'Verbot*', 'verbiet*', 'verboten',
    // controls, licences and bans in their verb forms
    '实体清单', '出口禁令', '禁令', '暂停出口', '管控清单', '出口许可证', '许可证',
    'エンティティーリスト', 'エンティティリスト', 'ライセンス', '輸出審査', '輸出管理規制', '禁止措置',
    '수출통제', '수출 통제', '승인', '허가증', '라이선스', '제한 조치',
    'запрещ*', 'запрети*', 'ограничи*', 'ограничива*', 'лицензир*', 'экспортному контролю', 'экспортным контролем', 'контроль за экспортом',
    'permis d’exportation', 'permis d’exporter', 'restreign*', 'restrictions', 'licences d’exportation',
    'licencias de exportación', 'vetó', 'control de las exportaciones',
    'restriç*', 'licenças de exportação', 'vetou',
    'genehmigungspflichtig*', 'Genehmigungspflicht*', 'untersag*', 'doppeltem Verwendungszweck', 'Handelsbeschränkung*', 'Exportlizenz*', 'Ausfuhrgenehmigung*',
    // imports are the other side of the same trade volumes (exports are read here too)
    '进口', '輸入', '수입량', '수입액', 'импорт*', 'importations', 'importation', 'importaciones', 'importación', 'importações', 'importação', 'Importe', 'Einfuhr*', 'importier*',
    // id, ms
    'ekspor', 'mengekspor', 'diekspor', 'eksportir', 'larangan ekspor', 'pelarangan ekspor', 'larangan', 'melarang', 'dilarang', 'izin ekspor',
    'izin', 'perizinan', 'pembatasan', 'membatasi', 'dibatasi', 'restriksi', 'impor', 'mengimpor', 'diimpor', 'eksport', 'mengeksport',
    'larangan eksport', 'lesen eksport', 'sekatan', 'pengharaman', 'diharamkan', 'mengharamkan',
    // it
    'esportazion*', 'esportare', 'esporta', 'esportato', 'esportati', 'esportatori', 'esportatore', 'divieto', 'divieti', 'vietat*', 'vieta',
    'restrizion*', 'limitazion*', 'autorizzazion*', 'permesso', 'permessi', 'controllo delle esportazioni', 'controlli sulle esportazioni',
    'controlli all’esportazione', 'controlli all\'esportazione', 'duplice uso', 'doppio uso', 'importazion*', 'licenze di esportazione',
  ],
  'trade-policy': [
    'quota*', 'tariff*', 'policy', 'policies', 'strategy', 'strategic', 'plan', 'plans', 'target*', 'law', 'regulation*', 'ministry',
    'government', 'trade deal', 'trade talks', 'agreement', 'truce', 'sanction*', 'retaliat*', 'countermeasure*', 'industrial policy',
    'critical minerals list', 'quota', 'cuota*', 'cota*', 'droits de douane', 'arancel*', 'tarifa*', 'dazi', 'Zoll*', 'Zölle',
    'Quote*', 'politique', 'política', 'Politik', 'стратеги*', 'квот*', 'пошлин*', 'политик*', '配额', '关税', '政策', '规划',
    '指标', '总量控制', '十四五', '十五五', '战略', '条例', '管理办法', '関税', '政策', '戦略', '割当', '관세', '정책', '전략', '쿼터',
    // quotas, tariffs, sanctions, ministries and the laws and plans of states
    '开采指标', '冶炼分离指标', '反制', '制裁', '办法', '新规', '补贴', '割り当て', '制裁', '報復',
    '対抗措置', '経済安全保障', '補助金', '할당', '제재', '보복', '보조금', '공급망', '방안', '대책',
    'санкци*', 'закон*', 'постановлени*', 'дорожная карта',
    'дорожную карту', 'нацпроект*', 'господдержк*', 'субсиди*', 'импортозамещени*',
    'douane*', 'règlement*', 'réglementation*', 'loi', 'décret*', 'subvention*', 'stratégie*', 'représailles',
    'contre-mesure*', 'matières premières critiques', 'cupo*', 'regulaci*', 'reglament*', 'normativa*', 'ley',
    'decreto*', 'subsidio*', 'subvenci*', 'estrategia*', 'represalia*', 'sanciones', 'regulamenta*', 'regulaç*',
    'lei', 'subsídio*', 'estratégia*', 'retaliação', 'sanções', 'Sanktion*', 'Gesetz*',
    'Verordnung*', 'Subvention*', 'Strategie*', 'Rohstoffstrategie*', 'Vergeltung*', 'Gegenmaßnahme*', 'Handelsstreit*',
    'Handelskonflikt*', 'Handelskrieg*',
    'imposto de importação', 'impostos',
    // quotas, tariffs, sanctions and the laws of states
    '加征', '贸易战', '贸易摩擦', '磋商', '休战', '反倾销', '反补贴', '出口退税', '不可靠实体清单', '配额制',
    '法案', '閣議決定', '基本方針', '支援策', '貿易摩擦', '貿易戦争', '追加関税', '相互関税', '通商',
    '특별법', '시행령', '무역 분쟁', '무역분쟁', '무역전쟁', '무역 전쟁', '협상', '지원책', '로드맵', '상호관세',
    'тариф*', 'контрсанкци*', 'ответные меры', 'ответных мер', 'указ', 'указом', 'указа', 'распоряжени*', 'госпрограмм*', 'торговая война', 'торговой войны',
    'taxe douanière', 'taxes douanières', 'surtaxe*', 'tarifs douaniers', 'guerre commerciale', 'différend commercial', 'trêve', 'rétorsion', 'législation', 'projet de loi', 'aides d’État',
    'sanción', 'guerra comercial', 'tregua', 'gravamen*', 'contramedida*', 'proyecto de ley', 'aranceles',
    'sanção', 'trégua', 'medida provisória', 'marco legal', 'projeto de lei', 'tarifaço',
    'Strafzöll*', 'Strafzoll*', 'Importzöll*', 'Einfuhrzöll*', 'Zusatzzöll*', 'Sonderzöll*', 'Kontingent*', 'Förderquote*',
    'Rohstoffgesetz*', 'Rohstoffabkommen', 'Rohstoffpartnerschaft*', 'Handelsabkommen', 'Zollabkommen', 'Zollpause', 'Handelsgespräch*',
    // id, ms
    'kebijakan', 'kuota', 'tarif', 'bea keluar', 'bea masuk', 'pajak ekspor', 'royalti', 'regulasi', 'peraturan', 'undang-undang', 'Permen',
    'sanksi', 'strategi', 'subsidi', 'insentif', 'perang dagang', 'perjanjian dagang', 'kesepakatan dagang', 'tindakan balasan', 'tarif balasan',
    'RKAB', 'dasar kerajaan', 'cukai', 'duti eksport', 'perjanjian perdagangan',
    // it
    'dazio', 'politica', 'politiche', 'strategia', 'strategie', 'legge', 'regolament*', 'sanzion*', 'ritorsion*', 'contromisur*', 'sussidi',
    'incentivi', 'guerra commerciale', 'guerra dei dazi', 'tregua', 'materie prime critiche', 'accordo commerciale', 'contingentamento',
  ],
  'risk-governance': [
    'due diligence', 'compliance', 'traceab*', 'audit*', 'regulator*', 'inspection*', 'licence conditions', 'license conditions',
    'environmental', 'radioactive', 'waste', 'governance', 'ESG', 'risk*', 'conformité', 'cumplimiento', 'conformidade', 'Sorgfalt*',
    'Rückverfolg*', 'соответстви*', 'проверк*', '合规', '追溯', '监管', '环保', '督察', '트레이서빌리티', '규정 준수',
    // traceability, due diligence, audits, environment and illegal mining
    '溯源', '可追溯', '尽职调查', '整治', '打击', '非法开采', '核查', '审计', '风险', '污染', '放射性', 'トレーサビリティ', '追跡',
    'デューデリジェンス', '監査', '環境', '汚染', '放射性', 'リスク', 'コンプライアンス', '違法', '추적', '실사', '감사', '환경', '오염',
    '방사성', '리스크', '위험', '불법', 'отслежив*', 'прослеживаем*', 'аудит*', 'экологи*', 'загрязнени*', 'радиоактивн*', 'риск*',
    'надзор*', 'незаконн*', 'traçabilité', 'diligence raisonnable', 'devoir de vigilance', 'environnement*', 'pollution', 'radioacti*',
    'risque*', 'illégal*', 'trazabilidad', 'diligencia debida', 'debida diligencia', 'auditor*', 'medioambient*', 'ambiental*',
    'contaminaci*', 'radiactiv*', 'riesgo*', 'ilegal*', 'certificaci*', 'rastreabilidade', 'diligência', 'ambientais', 'contaminaç*',
    'poluição', 'radioativ*', 'risco*', 'certificaç*', 'Lieferkettengesetz*', 'Lieferkettensorgfalt*', 'Prüfung*', 'Umwelt*',
    'radioaktiv*', 'Risiko*', 'Risiken', 'illegal*', 'Zertifizier*', 'Herkunftsnachweis*',
    '环保督察', '违法违规', '盗采', '私挖滥采', '尾矿', '違法採掘', '不法', '불법 채굴', 'нелегальн*', 'экологическ*', 'chantier illégal', 'orpaillage',
    'minería ilegal', 'mineração ilegal', 'garimpo*', 'Umweltauflage*', 'Umweltschäden',
    // id, ms
    'penambangan ilegal', 'tambang ilegal', 'tanpa izin', 'lingkungan', 'pencemaran', 'kerusakan lingkungan', 'limbah', 'radioaktif', 'risiko',
    'pengawasan', 'penertiban', 'penegakan hukum', 'korupsi', 'ketertelusuran', 'AMDAL', 'alam sekitar', 'sisa radioaktif',
    'sisa buangan',
    // it
    'tracciabilità', 'conformità', 'ambientale', 'ambientali', 'inquinamento', 'radioattiv*', 'rischio', 'rischi', 'vigilanza', 'dovuta diligenza',
    'certificazion*', 'rifiuti', 'estrazione illegale', 'miniere illegali',
  ],
  demand: [
    'demand', 'consumption', 'consume*', 'orders', 'electric vehicle*', 'EVs', 'EV', 'wind turbine*', 'defen*', 'semiconductor*',
    'robot*', 'appetite', 'demande', 'demanda', 'domanda', 'Nachfrage', 'Bedarf', 'спрос*', 'потреблени*', '需求', '消费', '订单',
    '需要', '수요', '소비',
    '采购', '用量', '新能源汽车', '风电', '机器人', '电动汽车', '下游', '询单', '受注', '引き合い', '電気自動車', '風力', 'ロボット',
    '消費', '調達', '주문', '수주', '전기차', '풍력', '로봇', '구매', 'заказ*', 'электромобил*', 'ветроэнергетик*', 'закупк*',
    'потребност*', 'consommation', 'commandes', 'véhicules électriques', 'voitures électriques', 'éolien*', 'achats', 'besoins',
    'consumo', 'pedidos', 'vehículos eléctricos', 'coches eléctricos', 'eólic*', 'compras', 'necesidades', 'procura', 'encomendas',
    'veículos elétricos', 'carros elétricos', 'Verbrauch', 'Aufträge', 'Auftragseingang', 'Bestellungen', 'Elektroauto*',
    'Elektrofahrzeug*', 'Windkraft*', 'Windräder', 'Windturbine*',
    // buyers, uses and orders
    '半导体', '军工', '国防', '电动车', '无人机', '刚需', '需求量',
    '半導体', '防衛', 'ハイブリッド車', '購入', '買い付け', '需給', '需要増',
    '반도체', '방산', '방위산업', '하이브리드', '수요처', '매수',
    'потребля*', 'потребите*', 'закупа*', 'закупи*', 'востребован*', 'ветрогенератор*', 'полупроводник*', 'оборонн*', 'ОПК',
    'consomm*', 'achètent', 'acheter', 'semi-conducteur*', 'industrie de défense', 'secteur de la défense', 'éoliennes',
    'demandan', 'demandará', 'aerogenerador*', 'industria de defensa', 'semiconductores',
    'semicondutor*', 'indústria de defesa', 'turbinas eólicas', 'carros elétricos',
    'Nachfrage*', 'Bedarf*', 'Verbrauch*', 'Rüstungsindustrie', 'Rüstung*', 'Halbleiter*', 'E-Auto*', 'Elektromobilität', 'Windenergie', 'Autoindustrie', 'Autobauer',
    // id, ms
    'permintaan', 'kebutuhan', 'konsumsi', 'kendaraan listrik', 'mobil listrik', 'motor listrik', 'baterai kendaraan listrik', 'pesanan',
    'turbin angin', 'semikonduktor', 'industri pertahanan', 'pembelian', 'serapan', 'kenderaan elektrik',
    // it
    'consumi', 'ordini', 'ordinativi', 'veicoli elettrici', 'auto elettriche', 'semiconduttori', 'industria della difesa', 'settore della difesa',
    'fabbisogno', 'turbine eoliche',
  ],
  'investment-deal': [
    'invest*', 'funding', 'fund*', 'financ*', 'loan*', 'grant*', 'equity', 'stake', 'stakes', 'acqui*', 'takeover', 'offtake*',
    'deal', 'deals', 'agreement*', 'contract*', 'partnership*', 'joint venture*', 'memorandum', 'MoU', 'IPO', 'raise*', 'raising',
    'placement', 'debt facility', 'preferred stock', 'warrant*', 'signed', 'signs', 'investissement*', 'inversión', 'inversiones',
    'investimento*', 'accord*', 'acuerdo*', 'acordo*', 'prêt*', 'préstamo*', 'empréstimo*', 'Investition*', 'Beteiligung*',
    'Übernahme*', 'Vertrag*', 'Abkommen', 'Kredit*', 'Förder*', 'инвест*', 'соглашени*', 'сделк*', 'контракт*', 'кредит*',
    '投资', '收购', '入股', '协议', '合同', '签署', '融资', '贷款', '合作', '投資', '出資', '買収', '契約', '提携', '融資',
    '투자', '인수', '계약', '협약', '지분', '협력',
    // stakes, takeovers, offtakes and funding
    '并购', '控股', '股权', '参股', '注资', '增资', '签约', '合资', '长协', '包销', '承购', '战略合作', '募资', '定增', '认购', '合弁',
    '株式取得', 'オフテイク', '長期契約', '資金調達', '覚書', '協定', '合意', '합작', '양해각서', '오프테이크', '장기 구매',
    '공급 계약', '출자', '대출', 'приобрет*', 'покупк*', 'пакет акций', 'финансирова*', 'совместное предприятие', 'меморандум*',
    'вложени*', 'займ*', 'rachat*', 'rachète*', 'racheter', 'prise de participation', 'coentreprise*', 'contrat*', 'partenariat*',
    'protocole d’accord', 'levée de fonds', 'participation', 'participations', 'participação', 'participación', 'Anteil an', 'invertir', 'invertirá', 'inviert*', 'adquisici*', 'adquiri*', 'adquier*', 'empresa conjunta',
    'alianza*', 'memorando*', 'aquisiç*', 'parceria*', 'aporte*', 'übernimmt', 'übernehmen', 'erwirbt', 'Erwerb*', 'Liefervertr*',
    'Abnahmevertr*', 'Abnahmevereinbarung*', 'Vereinbarung*', 'Gemeinschaftsunternehmen', 'Finanzierung*', 'Darlehen', 'Partnerschaft*',
    'Absichtserklärung*',
    // stakes, takeovers, mergers, offtakes and funding in their verb forms
    '增持', '持股', '签订', '兼并', '出资', '中标', '入主', '募投',
    '権益', '合併', '経営統合', '子会社化', '締結', '調印', '署名', '出資比率', '引き取り',
    '합병', '체결', '자금 조달', '매입', '손잡', '인수합병', '투자 유치',
    'купи*', 'выкуп*', 'поглощени*', 'слияни*', 'подписа*', 'договор*', 'вложи*', 'вкладыва*', 'профинансир*', 'офтейк*',
    'acquérir', 'acquiert', 'fusionn*', 'signé', 'signée', 'signés', 'actionnaire*', 'au capital', 'financement*',
    'invirti*', 'compra de', 'comprar', 'compró', 'fusión', 'fusiones', 'firmó', 'firmaron', 'firmado', 'contrato*', 'empresa mixta', 'accionista*',
    'comprou', 'fusão', 'fusões', 'assinou', 'assinaram', 'assinatura', 'captação', 'captou', 'acionista*',
    'übernommen', 'erworben', 'erwerben', 'fusionier*', 'Zusammenschluss', 'Kauf', 'kauft', 'gekauft', 'Aufkauf', 'aufgekauft', 'Anteile an',
    'Kapitalerhöhung*', 'Zuschuss', 'Zuschüsse', 'unterzeichn*', 'Unterzeichnung', 'Liefervereinbarung*', 'Rahmenvertr*', 'Kooperationsvereinbarung*', 'Milliardeninvestition*',
    // id, ms
    'investasi', 'berinvestasi', 'penanaman modal', 'akuisisi', 'mengakuisisi', 'diakuisisi', 'saham', 'kepemilikan saham', 'divestasi',
    'kesepakatan', 'perjanjian', 'kontrak', 'nota kesepahaman', 'usaha patungan', 'patungan', 'kerja sama', 'kerjasama', 'pendanaan', 'pembiayaan',
    'pinjaman', 'kredit', 'menandatangani', 'ditandatangani', 'penandatanganan', 'membeli', 'pelaburan', 'pelabur', 'usaha sama', 'pemerolehan',
    'memeterai', 'dimeterai', 'pegangan saham',
    // it
    'finanziament*', 'prestito', 'prestiti', 'fusione', 'fusioni', 'contratt*', 'partecipazion*', 'firmat*', 'ha firmato', 'siglato', 'siglata',
    'azionist*',
  ],
  rise: [
    'rose', 'rise*', 'rising', 'risen', 'increase*', 'increasing', 'grew', 'grow*', 'jump*', 'surg*', 'soar*', 'climb*', 'up',
    'higher', 'record', 'doubl*', 'tripl*', 'boost*', 'gain*', 'rall*', 'spike*', 'firm*', 'expand*', 'hausse', 'augment*', 'aument*',
    'crescimento', 'cresce*', 'subi*', 'subió', 'alza', 'steig*', 'gestiegen', 'Anstieg', 'erhöh*', 'рост*', 'вырос*', 'увелич*',
    'повыш*', 'stieg*', 'wuchs', 'zugenommen', 'zulegt*', 'legte*', '增长', '上涨', '上升', '提高', '增加', '创新高', '翻番', '上昇', '増加', '拡大', '증가', '상승', '급등', '확대',
    '走高', '攀升', '大涨', '飙升', '上调', '扩大', '回升', '反弹', '新高', '增至', '升至', '涨幅', '上行', '急騰', '伸び', '倍増',
    '過去最高', '値上がり', '引き上げ', '늘어', '늘린', '늘리', '늘었', '증대', '최고치', '치솟', '상향', '반등', 'возрос*', 'подскоч*',
    'прирост*', 'нарастил*', 'удвои*', 'рекордн*', 'progresse', 'progressé', 'progression', 'bondi', 'bondit', 'grimp*', 'flamb*', 'envol*', 'accru*', 'accroiss*',
    'crec*', 'dispar*', 'repunt*', 'récord', 'duplic*', 'elev*', 'em alta', 'alta de', 'recorde', 'Zuwachs', 'Wachstum', 'wachs*', 'verdoppel*',
    'Rekord*', 'kletter*', 'verteuer*', 'verdreifach*', 'vervielfach*', '두 배', '뛰었', '뛰어', '배로', 'triplic*',
    'поднялись', 'поднялась', 'поднялось', 'поднялся', 'максимума', 'máximos', 'máximo histórico', 'máxima histórica',
    // rises in every form: verbs, participles, nouns
    '同比增', '环比增', '增幅', '涨至', '涨超', '上扬', '走强', '抬升', '猛涨', '暴涨', '涨价', '提升', '扩张', '冲高', '涨', '激增', '大增', '倍增',
    '増え', '増大', '上回', '上振れ', '高まっ', '高まる', '高まり', '高騰', '最高値', '跳ね上が', '急増', '急伸', '伸長', '拡充', '増加傾向',
    '늘면서', '늘고', '늘며', '늘어나', '올랐', '오르며', '오르고', '오름세', '오를', '급증', '역대 최대', '사상 최대', '사상 최고', '최대치', '커졌', '커지', '높아', '고공행진',
    'растут', 'растёт', 'растет', 'растущ*', 'выросш*', 'возраста*', 'поднял*', 'взлетел*', 'взлёт', 'подорожа*', 'прибави*',
    'рекорд*', 'нарасти*', 'увеличени*', 'в разы', 'вдвое больше',
    'progressent', 'progressera', 'progresser', 'hausses', 'bondissent', 'bond de', 'doublé', 'triplé', 'plus haut', 'croissance', 'croît', 'croître',
    'accroît*', 'explosé', 'explose',
    'suben', 'subirá', 'subida*', 'alzas', 'incremento*', 'incrementó', 'incrementa', 'incrementaron', 'escalada', 'máximos', 'crecimiento',
    'dobrou', 'dobrar', 'dobraram', 'triplicou', 'disparada', 'acréscimo', 'subiram', 'subiu', 'cresceram',
    'zugelegt', 'zuleg*', 'zunehm*', 'Zunahme', 'nahm zu', 'nahmen zu', 'Höchststand', 'Höchstständ*', 'Höchstwert*', 'Allzeithoch', 'gewachsen', 'angestiegen',
    'ansteig*', 'Verdopplung', 'verdoppl*', 'sprang*', 'schnellt*', 'hochgeschnellt', 'emporgeschnellt', 'explodiert*', 'höher', 'teurer', 'Ausweitung', 'ausgeweitet', 'aufgestockt', 'aufstock*',
    '増やし', '増やす', '増やした',
    // id, ms
    'naik', 'kenaikan', 'menaikkan', 'dinaikkan', 'meningkat', 'peningkatan', 'meningkatkan', 'ditingkatkan', 'melonjak', 'lonjakan', 'melambung',
    'meroket', 'tumbuh', 'pertumbuhan', 'bertambah', 'menguat', 'tertinggi', 'rekor', 'dua kali lipat', 'berlipat', 'melonjak tajam',
    // it
    'crescita', 'cresciut*', 'crescono', 'rialz*', 'salit*', 'salgono', 'balzo', 'balzat*', 'impennata', 'rincar*', 'raddoppi*', 'massimo storico',
    'massimi', 'rafforz*',
  ],
  fall: [
    'fell', 'fall*', 'fallen', 'drop*', 'declin*', 'decreas*', 'plung*', 'slump*', 'slid', 'slide*', 'tumbl*', 'down', 'lower',
    'halved', 'cut*', 'reduc*', 'shrank', 'shrink*', 'eas*', 'weaken*', 'zero', 'baisse', 'chute', 'diminu*', 'caída', 'cayó',
    'queda', 'caiu', 'Rückgang', 'gesunken', 'fiel', 'sink*', 'снижени*', 'упал*', 'сократил*', 'падени*', '下降', '下跌', '减少',
    '下滑', '回落', '暴跌', '减半', '低下', '減少', '下落', '急落', '감소', '하락', '급감',
    '降至', '跌至', '萎缩', '走低', '下调', '降低', '锐减', '骤降', '大跌', '跌幅', '落ち込', '縮小', '半減', '値下がり', '下回', '激減',
    '줄어', '줄었', '줄인', '급락', '축소', '반토막', '하향', '떨어', 'снизил*', 'сниж*', 'упали', 'упало', 'упала', 'сокращ*', 'сократи*',
    'обвал*', 'уменьш*', 'спад*', 'рухн*', 'recul*', 'chut*', 'effondr*', 'plong*', 'repli', 'replié*', 'baiss*', 'rédu*', 'plus bas', 'cae', 'caen', 'caerá',
    'cayeron', 'cayendo', 'descen*', 'disminu*', 'bajó', 'bajaron', 'bajada', 'a la baja', 'desplom*', 'retroced*', 'caí*', 'recuo', 'recuou',
    'recuaram', 'diminui*', 'reduç*', 'reduzi*', 'despenc*', 'baixa', 'menor nível', 'gefallen', 'Einbruch', 'eingebrochen', 'halbiert',
    'verringer*', 'reduzier*', 'zurückgegangen', 'Minus', 'Tiefststand', 'abgenommen', 'schrumpf*', 'gedrosselt', 'drossel*',
    'минимума', 'mínimos', 'mínimo histórico', 'mínima histórica', 'gekürzt', 'kürzt', 'kürzen',
    // falls in every form: verbs, participles, nouns
    '同比降', '环比降', '同比减', '环比减', '降幅', '减幅', '下行', '走弱', '回调', '下挫', '缩减', '缩水', '新低', '跌破', '低迷', '疲软', '跌', '大减', '下探',
    '減っ', '減ら', '急減', '下がっ', '下がる', '下げ', '最安値', '割り込', '目減り', '低迷', '減速', '鈍化', '削減', '減少傾向',
    '줄면서', '줄고', '줄며', '낮아', '약세', '둔화', '감축', '최저', '하락세', '급감',
    'сниз*', 'пада*', 'упад*', 'подешев*', 'понизи*', 'понижени*', 'опустил*', 'просел*', 'просад*', 'ослаб*', 'сокращени*', 'вдвое меньше',
    'dégringol*', 'replie', 'replient', 'replis', 'décrue', 'affaibli*', 'ralenti*', 'fléchi*', 'tassement', 'divisé par', 'divisées par', 'moitié moins',
    'bajan', 'bajará', 'reduj*', 'recort*', 'merm*', 'contracción', 'se contrajo', 'hundi*', 'se hunde', 'a la mitad',
    'caem', 'cair', 'cairá', 'recua*', 'quedas', 'encolh*', 'baixou', 'baixaram', 'baixas', 'pela metade',
    'fielen', 'fällt', 'sank', 'sanken', 'gesenkt', 'senk*', 'Senkung', 'einbrech*', 'brach ein', 'brachen ein', 'ging zurück', 'gingen zurück',
    'zurückgeh*', 'zurückging*', 'Abnahme', 'abnehm*', 'nahm ab', 'nahmen ab', 'Tiefstand', 'tiefer', 'niedriger', 'niedrigst*', 'billiger', 'Kürzung*',
    'gekürzt', 'Einbußen', 'abgestürzt', 'Absturz', 'stürzt*', 'Preissturz', 'Preisverfall', 'halbier*', 'Rückgänge', 'zurückgefahren', 'heruntergefahren',
    // id, ms
    'turun', 'penurunan', 'menurun', 'menurunkan', 'diturunkan', 'merosot', 'anjlok', 'jatuh', 'melemah', 'pelemahan', 'berkurang', 'pengurangan',
    'mengurangi', 'dikurangi', 'terendah', 'terkoreksi', 'susut', 'menyusut', 'pemangkasan', 'memangkas', 'dipangkas', 'merudum', 'berkurangan',
    // it
    'calo', 'calat*', 'cala', 'calano', 'ribass*', 'crollo', 'crollat*', 'sceso', 'scesa', 'scesi', 'scese', 'discesa', 'flessione', 'contrazione',
    'ridott*', 'riduzione', 'riduzioni', 'tagli*', 'dimezzat*', 'ai minimi', 'minimo storico',
  ],
  quantity: [
    'tonnes', 'tons', 'tonne', 'ton', 't', 'kt', 'mt', 'tpa', 'kg', 'kilograms', 'pounds', 'lb', 'barrels', 'toneladas', 'tonnen',
    'тонн*', '吨', '万吨', 'トン', '톤', 'million', 'billion', 'millones', 'milliards', 'Milliarden', 'Millionen', 'млн', 'млрд',
    '亿元', '億', '억', 'percent', 'per cent', 'pourcent', 'por ciento', 'Prozent', 'процент*',
    // units and scales as written beyond English (3 000 т, 万吨, 億円, 1.234,5 t)
    '吨/年', '公吨', '千克', '公斤', '亿', '万元', '億円', '万円', '억원', '조원', '달러', 'ドル', 'тыс. т', 'млн т', 'тыс', 'тысяч*',
    'Mio', 'Mrd', 'Milliarde*', 'mil toneladas', 'millions', 'milliers', 'milhões', 'bilhões', 'mil millones', 'pour cent', 'por cento',
    'Prozentpunkt*', '％',
    // units and scales beyond English
    '美元', '亿美元', '万美元', '个百分点', '万吨/年', '兆円', 'キロ', '万トン', '톤', '만톤', '퍼센트', '킬로그램',
    'руб.', 'руб', 'рублей', 'рубля', 'долл.', 'долларов', 'доллара', 'кг', 'килограмм*', 'т/год',
    'kilogrammes', 'milliard', 'dólares', 'millón', 'milhão', 'bilhão', 'reais', 'Million', 'Kilogramm', 'Tonne',
    // id, ms
    'juta', 'miliar', 'triliun', 'ribu', 'persen', 'metrik ton', 'bilion', 'peratus', 'tan metrik',
    // it
    'tonnellat*', 'milioni', 'milione', 'miliardi', 'miliardo', 'per cento', 'percento', 'chilogramm*', 'migliaia', 'mila',
  ],
  plan: [
    'will', 'plans', 'planned', 'expects', 'expected', 'aims', 'aim', 'target*', 'intends', 'set to', 'due to', 'scheduled', 'forecast*',
    'projected', 'prévoit', 'prevé', 'prevê', 'plant', 'soll', 'wird', 'планиру*', 'ожида*', '计划', '预计', '将', '予定', '見通し',
    '계획', '예정', '전망',
    '将于', '拟建', '拟投资', '拟收购', '有望', '目标', '方針', '計画', '目指', '見込み', '목표', '추진', 'намерен*', 'собирается', 'будет', 'prévu*', 'devrait',
    'objectif*', 'prevista*', 'prevé', 'planea', 'pretende', 'objetivo*', 'planeja', 'meta', 'sollen', 'werden', 'geplant', 'Ziel*',
    // id, ms
    'akan', 'berencana', 'rencana', 'merencanakan', 'direncanakan', 'menargetkan', 'ditargetkan', 'diperkirakan', 'diproyeksikan', 'bakal',
    'bercadang', 'dijangka', 'menyasarkan',
    // it
    'prevede', 'previst*', 'intende', 'punta a', 'obiettivo', 'piano', 'pianifica', 'programmat*', 'dovrebbe', 'sarà', 'saranno', 'entro il',
  ],
  speech: [
    'said', 'says', 'told', 'according to', 'stated', 'noted', 'added', 'explained', 'declared', 'a déclaré', 'selon', 'dijo',
    'según', 'disse', 'segundo', 'sagte', 'erklärte', 'laut', 'заявил*', 'сообщил*', 'по словам', 'отметил*', '表示', '称', '指出',
    '据', '述べ', 'によると', '밝혔다', '말했다', '따르면',
    'de acordo com', 'de acuerdo con', 'd’après', 'afirmó', 'afirmou', 'declaró', 'declarou', 'señaló', 'explicó', 'explicou',
    'a indiqué', 'a expliqué', 'berichtet*', 'zufolge', 'по данным', 'сообщает', 'говорится', '认为', '介绍', '透露', '明らかにした',
    '설명했다', '전했다',
    // id, ms
    'kata', 'ujar', 'ucap', 'tutur', 'menurut', 'mengatakan', 'menjelaskan', 'menyatakan', 'dikutip', 'mengungkapkan', 'berkata', 'katanya',
    'memberitahu', 'ujarnya',
    // it
    'ha detto', 'ha dichiarato', 'ha affermato', 'secondo', 'ha spiegato', 'ha sottolineato', 'dichiara', 'afferma', 'spiega',
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
    'caption', 'credit', 'lesen sie', 'lire aussi', 'leia também', 'lea también', 'читайте также', '责任编辑', '来源', '关注我们', '扫码关注', '記事',
    '무단', '기자', '사진',
    // related-story teasers beyond English
    '相关阅读', '延伸阅读', '推荐阅读', '相关新闻', '関連記事', 'あわせて読みたい', '관련기사', '관련 기사', 'à lire aussi', 'voir aussi', 'lee también',
    'lea más', 'leia mais', 'veja também', 'mehr zum thema', 'auch interessant', 'см. также',
    // id, ms
    'baca juga', 'berita terkait', 'artikel terkait', 'simak juga', 'baca selengkapnya', 'berita berkaitan',
    // it
    'leggi anche', 'potrebbe interessarti', 'articoli correlati', 'guarda anche', 'per approfondire',
  ],
  background: [
    'are used', 'is used', 'used in', 'used to', 'known as', 'consists of', 'refers to', 'is a group', 'are a group', 'elements',
    'metals that', 'essential for', 'key component*', 'critical for', 'vital for', 'such as', 'found in', 'periodic table', 'sont utilisés',
    'se utilizan', 'são usados', 'werden verwendet', 'используются', '用于', '被称为', '使われ', '사용되',
    // what the elements are and what they are used for, beyond English
    'un grupo de', 'um grupo de', 'un groupe de', 'eine Gruppe von', 'elementos químicos', 'éléments chimiques', 'chemische Elemente',
    'chemischen Elemente', 'химических элементов', 'группа из', 'utilizados en', 'utilizados em', 'utilisés dans', 'usados em',
    'usados en', 'se usan', 'esenciales para', 'essenciais para', 'essentiels pour', 'indispensables', 'unverzichtbar', 'benötigt für',
    'применяются', 'используют*', '化学元素', '工业维生素', '被广泛应用', '広く使われ', '欠かせない', '화학 원소', '필수적인',
    // a company's profile: when it was founded and where it sits, not what it did this week
    'founded in', 'founded by', 'was founded', 'headquartered in', 'fondée en', 'fundada en', 'fundada em', 'gegründet', '成立于', '設立された',
    // id, ms
    'digunakan dalam', 'digunakan untuk', 'dikenal sebagai', 'unsur kimia', 'sekelompok', 'didirikan pada', 'berkantor pusat di',
    'digunakan dalam pembuatan', 'sekumpulan', 'ditubuhkan pada', 'beribu pejabat di',
    // it
    'utilizzati in', 'utilizzati per', 'usati in', 'usati per', 'elementi chimici', 'un gruppo di', 'essenziali per', 'fondata nel', 'con sede a',
  ],
  company: [
    'company', 'companies', 'firm', 'miner', 'producer*', 'group', 'corp*', 'ltd', 'inc', 'plc', 'limited', 'resources', 'materials',
    'manufacturer*', 'maker*', 'entreprise*', 'société', 'fabricant*', 'empresa*', 'compañía', 'fabricante*', 'azienda', 'produttor*',
    'Unternehmen', 'Konzern*', 'Hersteller*', 'компани*', 'производител*', '公司', '集团', '企业', '厂商', 'メーカー', '업체',
    '会社', '企業', '기업', '회사',
    // the state bodies that act, beyond English: actors, not measures
    '工信部', '工业和信息化部', '国务院', '経済産業省', '산업통상자원부', 'правительств*', 'министерств*', 'Минпромторг*', 'Минприроды',
    'gouvernement', 'ministère', 'gobierno', 'ministerio', 'governo', 'ministério', 'Regierung*', 'Bundesregierung', 'Ministerium',
    'mineradora*', 'minera', 'mineras', 'minière', 'Bergbaukonzern*', 'горнодобывающ*', '矿企', '鉱山会社', '광산업체',
    // id, ms
    'perusahaan', 'perseroan', 'emiten', 'Tbk', 'BUMN', 'pemerintah', 'kementerian', 'ESDM', 'penambang', 'produsen', 'syarikat', 'Bhd', 'Berhad',
    'kerajaan', 'pengeluar',
    // it
    'aziende', 'società', 'gruppo', 'ministero', 'impresa', 'imprese',
  ],
};

/**
 * Phrases that hold a family word but say nothing of the field: matched as themselves (the longest
 * phrase wins), so the word inside them counts for no family. "Sin embargo" is "however", not an
 * embargo; "de acordo com" is "according to"; "segundo trimestre" is a quarter, not attribution.
 */
export const CUE_LOOKALIKES: readonly string[] = [
  'sin embargo', 'segundo trimestre', 'segundo semestre', 'segundo lugar', 'se queda', 'queda por', '价值',
  // it: 'secondo' is "according to" only before a name
  'secondo trimestre', 'secondo semestre', 'secondo posto', 'secondo produttore',
];

/**
 * Other markets beyond English (the English ones are lexicon.ts's OTHER_MARKET_SUBJECTS): on a
 * rare-earth page the same words of output, price, control and trade are written about oil, grain,
 * chips, gold, copper, steel and coal; a sentence that names one of these and no material of the
 * field is about that market (detect-signals.ts, familyRule). Words on word boundaries, a trailing
 * `*` a stem (Latin, Cyrillic); substrings in Chinese, Japanese and Korean, traditional Chinese
 * written out (traditional-variants.json covers the families only).
 */
export const OTHER_MARKETS_BEYOND_ENGLISH: readonly string[] = [
  '石油', '原油', '天然气', '天然氣', '半导体', '半導體', '半導体', '반도체', '糧食', '晶片', '黃金', '金價', '銅價', '鋼鐵', '鐵礦石', '粮食', '小麦', '大豆', '玉米', '芯片', '黄金', '金价', '铜价', '钢铁', '铁矿石', '煤炭',
  '天然ガス', 'トウモロコシ', '金価格', '鉄鉱石', '石炭', '원유', '석유', '유가', '천연가스', '대두', '옥수수', '금값', '철광석', '석탄',
  'нефт*', 'газ', 'газа', 'газом', 'пшениц*', 'зерн*', 'соя', 'сои', 'кукуруз*', 'чип*', 'полупроводник*', 'микросхем*', 'золот*', 'медь', 'меди', 'сталь', 'угля', 'уголь',
  'pétrol*', 'gaz', 'blé', 'céréales', 'soja', 'maïs', 'puces', 'semi-conducteurs', 'cuivre', 'acier', 'charbon', 'minerai de fer',
  'petróleo', 'crudo', 'gas natural', 'trigo', 'granos', 'grãos', 'cereales', 'maíz', 'milho', 'chips', 'semiconductores', 'semicondutores', 'oro', 'ouro', 'cobre', 'acero', 'aço',
  'carbón', 'carvão', 'gás', 'Öl*', 'Rohöl*', 'Erdöl*', 'Erdgas*', 'Gas', 'Weizen*', 'Getreide*', 'Chip*', 'Halbleiter*', 'Gold', 'Goldpreis*', 'Kupfer*', 'Stahl*', 'Kohle', 'Eisenerz*',
  // id, ms ('baja', steel, is left out: it is Spanish for a fall; tin, nickel and bauxite are the field's)
  'minyak', 'minyak mentah', 'minyak sawit', 'kelapa sawit', 'sawit', 'CPO', 'batu bara', 'batubara', 'arang batu', 'gas alam', 'beras', 'gandum', 'jagung',
  'kedelai', 'emas', 'tembaga', 'semikonduktor', 'karet', 'getah',
  // it ('mais', maize, is left out: it is Portuguese for more)
  'petrolio', 'greggio', 'gas naturale', 'grano', 'frumento', 'soia', 'cereali', 'semiconduttori', 'rame', 'acciaio', 'carbone', 'minerale di ferro',
];


/**
 * A project's stage said in words (construction begun, commissioning, a feasibility study, a
 * mining or operating licence): beyond English it says where a project stands as a figure says how
 * much, so the family rule reads it as a statement (detect-signals.ts, familyRule). Same syntax as
 * OTHER_MARKETS_BEYOND_ENGLISH.
 */
export const PROJECT_STAGES_BEYOND_ENGLISH: readonly string[] = [
  '投产', '试产', '试生产', '开工', '动工', '竣工', '建成', '投运', '达产', '可行性研究', '环评', '采矿权', '采矿许可',
  '投產', '試產', '開工', '動工', '投運', '達產', '環評', '採礦權',
  '稼働', '着工', '竣工', '完工', '商業生産', '試験生産', '事業化調査', '実証', '착공', '준공', '가동', '상업 생산', '시운전', '타당성 조사',
  'строительство', 'строительства', 'ввод в эксплуатацию', 'введен в эксплуатацию', 'введён в эксплуатацию', 'запуск', 'запуска', 'запустил*', 'запустит',
  'технико-экономическ*', 'геологоразведк*', 'опытно-промышленн*',
  'mise en service', 'mise en production', 'entrée en production', 'étude de faisabilité', 'permis minier', 'permis d’exploitation', 'en construction',
  'inauguré*', 'démarrage', 'puesta en marcha', 'entrará en operación', 'entró en operación', 'en construcción', 'estudio de factibilidad',
  'licencia ambiental', 'inauguró', 'implantação', 'em construção', 'licença de operação', 'licença prévia', 'licença de instalação',
  'licenciamento', 'estudo de viabilidade', 'entrar em operação', 'comissionamento', 'Inbetriebnahme', 'in Betrieb genommen', 'Machbarkeitsstudie*',
  'Baubeginn', 'Spatenstich', 'Genehmigungsverfahren', 'Abbaugenehmigung*', 'im Bau',
  // id, ms
  'mulai beroperasi', 'mulai berproduksi', 'operasi komersial', 'peletakan batu pertama', 'uji coba', 'studi kelayakan', 'izin usaha pertambangan', 'IUP', 'IUPK',
  'AMDAL', 'tahap konstruksi', 'sedang dibangun', 'diresmikan', 'peresmian', 'mula beroperasi', 'dalam pembinaan', 'lesen operasi',
  // it
  'entrata in funzione', 'entrerà in funzione', 'entrata in produzione', 'entrerà in produzione', 'messa in servizio', 'avvio della produzione', 'in costruzione',
  'studio di fattibilità', 'concessione mineraria', 'permesso di ricerca', 'autorizzazione ambientale', 'inaugurat*', 'posa della prima pietra',
];

/**
 * A claim of concentration said in words beyond English: dominance, a monopoly, dependence, the
 * largest producer, the bulk of the market. The market-concentration family also holds the words
 * such a claim is built from ('largest', 'world', '全球', '占'), which background uses as much ("the
 * world's largest research institute" was a false positive with bare superlatives); these make the
 * sentence say something, as a figure does, so the family rule reads it as a statement
 * (detect-signals.ts, familyRule; dev misses: concentration claims in ja, ru, fr, de and pt had a
 * subject and the field's words and nothing the rule took for a statement). Same syntax as
 * OTHER_MARKETS_BEYOND_ENGLISH.
 */
export const CONCENTRATION_CLAIMS_BEYOND_ENGLISH: readonly string[] = [
  '垄断', '壟斷', '主导', '主導', '依赖', '依賴', '依存', '独占', '寡占', '绝大部分', '绝大多数', '最大生产国', '最大生產國', '最大供应国', '最大的供应', '最大的生产',
  '最大の生産国', '最大の供給', '의존', '독점', '최대 생산국', '최대 공급',
  'монопол*', 'доминир*', 'зависимост*', 'большую часть', 'большая часть', 'крупнейший производитель', 'крупнейшим производителем', 'крупнейший поставщик',
  'domination', 'dominant*', 'domine', 'dominent', 'monopole*', 'dépendance', 'majeure partie', 'premier producteur', 'plus grand producteur',
  'dominio', 'domina', 'dominan', 'dominante*', 'monopolio*', 'dependencia', 'la mayor parte', 'mayor productor',
  'domínio', 'dominância', 'monopólio*', 'dependência', 'a maior parte', 'maior produtor',
  'dominier*', 'Dominanz', 'Monopol*', 'Abhängigkeit*', 'abhängig*', 'größten Teil', 'Großteil', 'größter Produzent', 'größte Produzent',
  'dominasi', 'monopoli', 'ketergantungan', 'produsen terbesar', 'dominanza', 'dipendenza', 'maggior parte', 'maggior produttore',
  // id, ms: to dominate, to control, to depend, the bulk, the largest producer or supplier
  'mendominasi', 'menguasai', 'dikuasai', 'bergantung', 'kebergantungan', 'sebagian besar', 'sebahagian besar', 'hampir seluruh', 'penghasil terbesar',
  'pemasok terbesar', 'pengeluar terbesar',
  // it
  'dominano', 'dipende', 'dipendono', 'dipendente', 'maggiore produttore', 'primo produttore', 'quasi tutto', 'quasi tutta', 'controlla', 'controllano',
  'leader mondiale',
];
