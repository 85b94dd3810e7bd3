import type { CuratedEnterprise, CuratedSite, OutletNames, WireNames } from './registry-schema';

/**
 * The project's own curation, beside the generated registry (registry-data.json). Every entry
 * states why it is listed (basis) and where that was read (reference). Facts the project cannot
 * state with certainty are left out rather than guessed.
 */

/**
 * Sites missing from every list (data/README.md, "Known gaps", found on real rare-earth articles).
 * Curated from general knowledge of who runs each site, without network access at curation time:
 * the references name where each fact can be checked.
 */
export const CURATED_SITES: readonly CuratedSite[] = [
  {
    domain: 'english.news.cn',
    outlet: 'Xinhua News Agency (English)',
    parent: 'Xinhua News Agency',
    country: 'China',
    level: 'state-controlled',
    basis:
      "Xinhua's English-language news site. news.cn is Xinhua's domain: the State Media Matrix lists it under Xinhua (SC), and the US State Department designated Xinhua a foreign mission in 2020.",
    reference: 'registry entries news.cn and xinhuanet.com (ASD State Media Matrix; US State Department designations, Feb 2020)',
  },
  {
    domain: 'chinagate.cn',
    outlet: 'China Development Gateway (China Gate)',
    parent: 'China Internet Information Center (China.org.cn)',
    country: 'China',
    level: 'state-controlled',
    basis:
      'Run by the China Internet Information Center, publisher of China.org.cn, which the State Media Matrix lists as state-controlled (SC).',
    reference: 'site footer / about page of chinagate.cn (operator named there); registry entry china.org.cn (ASD State Media Matrix)',
  },
  {
    domain: 'shine.cn',
    outlet: 'Shanghai Daily (SHINE)',
    parent: 'Shanghai United Media Group (SUMG)',
    country: 'China',
    level: 'state-controlled',
    basis:
      "Shanghai Daily's news site (also archive.shine.cn). Shanghai Daily belongs to Shanghai United Media Group, the parent of Jiefang Daily, The Paper and Eastday, all listed as state-controlled (SC).",
    reference: 'Shanghai Daily masthead (Shanghai United Media Group); registry entries jfdaily.com, thepaper.cn, eastday.com (ASD State Media Matrix)',
  },
  {
    domain: 'trt.global',
    outlet: 'TRT Global',
    parent: 'Turkish Radio and Television Corporation (TRT)',
    country: 'Turkey',
    level: 'state-controlled',
    basis:
      "TRT's multilingual digital news platform. TRT and TRT World are listed as state-controlled (SC) by the State Media Matrix.",
    reference: 'site imprint of trt.global (TRT); registry entries trt.net.tr and trtworld.com (ASD State Media Matrix)',
  },
  {
    domain: 'youth.cn',
    outlet: 'China Youth Network (中国青年网)',
    parent: 'Central Committee of the Communist Youth League of China',
    country: 'China',
    level: 'state-controlled',
    basis:
      "National news site of the Communist Youth League's Central Committee, sister of China Youth Daily (cyol.com), which the State Media Matrix lists as state-controlled (SC).",
    reference: 'site footer of youth.cn (sponsor named there); registry entry cyol.com (ASD State Media Matrix)',
  },
  {
    // gov.cn is a public suffix, so www.gov.cn is the registrable domain of the central portal;
    // provincial and city sites (*.gov.cn) are other governments and are not covered by this entry.
    domain: 'www.gov.cn',
    outlet: 'The State Council of the PRC (gov.cn)',
    parent: 'State Council of the People’s Republic of China',
    country: 'China',
    level: 'state-controlled',
    basis:
      "Official web portal of China's central government, the State Council (English edition: english.www.gov.cn). Not a news outlet: the government publishes in its own name.",
    reference: 'www.gov.cn / english.www.gov.cn site header and footer (State Council of the PRC)',
  },
  // Governments publishing in their own name, under an ASCII and an internationalized (Cyrillic)
  // domain; the registry keeps IDNs in punycode, and lookups accept either spelling.
  {
    domain: 'kremlin.ru',
    outlet: 'President of Russia (kremlin.ru)',
    parent: 'Presidential Executive Office of the Russian Federation',
    country: 'Russia',
    level: 'state-controlled',
    basis: 'Official site of the President of Russia, run by the Presidential Executive Office. Not a news outlet: the state publishes in its own name.',
    reference: 'kremlin.ru site header and footer ("Official site of the President of Russia")',
  },
  {
    domain: 'xn--d1abbgf6aiiy.xn--p1ai',
    outlet: 'President of Russia (президент.рф)',
    parent: 'Presidential Executive Office of the Russian Federation',
    country: 'Russia',
    level: 'state-controlled',
    basis: 'Cyrillic domain of the official site of the President of Russia (it leads to kremlin.ru). The state publishes in its own name.',
    reference: 'президент.рф → kremlin.ru (the presidency’s own redirect); kremlin.ru site header',
  },
  {
    domain: 'government.ru',
    outlet: 'Government of Russia (government.ru)',
    parent: 'Government of the Russian Federation',
    country: 'Russia',
    level: 'state-controlled',
    basis: 'Official site of the Government of the Russian Federation. Not a news outlet: the state publishes in its own name.',
    reference: 'government.ru site header and footer',
  },
  {
    domain: 'xn--80aealotwbjpid2k.xn--p1ai',
    outlet: 'Government of Russia (правительство.рф)',
    parent: 'Government of the Russian Federation',
    country: 'Russia',
    level: 'state-controlled',
    basis: 'Cyrillic domain of the official site of the Government of the Russian Federation (it leads to government.ru).',
    reference: 'правительство.рф → government.ru (the government’s own redirect); government.ru site header',
  },
  // Financial and markets papers of the state news agencies: they carry rare-earth price and
  // policy news daily, and no list names them (the lists cover the agencies' main sites only).
  {
    domain: 'cs.com.cn',
    outlet: 'China Securities Journal (中国证券报)',
    parent: 'Xinhua News Agency',
    country: 'China',
    level: 'state-controlled',
    basis:
      'Securities daily sponsored and published by Xinhua News Agency, which the State Media Matrix lists as state-controlled (SC) and the US State Department designated a foreign mission in 2020.',
    reference: 'masthead of China Securities Journal (sponsor: Xinhua News Agency, 新华通讯社主管主办); registry entry xinhuanet.com (ASD State Media Matrix)',
  },
  {
    domain: 'cnstock.com',
    outlet: 'Shanghai Securities News (上海证券报 / 中国证券网)',
    parent: 'Xinhua News Agency',
    country: 'China',
    level: 'state-controlled',
    basis:
      'Securities daily of Xinhua News Agency (cnstock.com is its news site). Xinhua is listed as state-controlled (SC) by the State Media Matrix.',
    reference: 'masthead of Shanghai Securities News (sponsor: Xinhua News Agency); registry entry xinhuanet.com (ASD State Media Matrix)',
  },
  {
    domain: 'jjckb.cn',
    outlet: 'Economic Information Daily (经济参考报)',
    parent: 'Xinhua News Agency',
    country: 'China',
    level: 'state-controlled',
    basis: 'Economic daily published by Xinhua News Agency, which the State Media Matrix lists as state-controlled (SC).',
    reference: 'masthead of Economic Information Daily (sponsor: Xinhua News Agency); registry entry xinhuanet.com (ASD State Media Matrix)',
  },
  {
    domain: 'cnfin.com',
    outlet: 'Xinhua Finance (新华财经)',
    parent: 'China Economic Information Service (Xinhua News Agency)',
    country: 'China',
    level: 'state-controlled',
    basis:
      "Financial information service of China Economic Information Service, Xinhua News Agency's economic information arm. Xinhua is listed as state-controlled (SC) by the State Media Matrix.",
    reference: 'site footer of cnfin.com (operator: 中国经济信息社); registry entry xinhuanet.com (ASD State Media Matrix)',
  },
  {
    domain: 'stcn.com',
    outlet: 'Securities Times (证券时报)',
    parent: "People's Daily",
    country: 'China',
    level: 'state-controlled',
    basis: "Securities daily sponsored by People's Daily, which the State Media Matrix lists as state-controlled (SC).",
    reference: "masthead of Securities Times (sponsor: People's Daily, 人民日报社主管主办); registry entry people.com.cn (ASD State Media Matrix)",
  },
  // The state-owned rare-earth groups publish price listings, market updates and "news" on their
  // own sites; trade sites rewrite them (the seed article). Not news outlets, so no list has them.
  {
    domain: 'reht.com',
    outlet: 'China Northern Rare Earth (company site)',
    parent: 'China Northern Rare Earth (Group) High-Tech Co., Ltd.',
    country: 'China',
    level: 'state-affiliated',
    basis:
      "Official site of China Northern Rare Earth, which publishes its monthly listing prices and company news there. The company is controlled by Baogang Group, owned by the Inner Mongolia regional government.",
    reference: 'SSE 600111 annual reports, company profile (company website and controlling shareholder)',
    enterpriseId: 'china-northern-rare-earth',
  },
  {
    domain: 'btsteel.com',
    outlet: 'Baogang Group (company site)',
    parent: 'Baotou Iron and Steel (Group) Co., Ltd. (Baogang Group)',
    country: 'China',
    level: 'state-affiliated',
    basis: 'Official site of Baogang Group, owned by the government of the Inner Mongolia Autonomous Region; controlling shareholder of China Northern Rare Earth.',
    reference: 'SSE 600111 (China Northern Rare Earth) annual reports: controlling shareholder; site footer of btsteel.com',
    enterpriseId: 'baogang-group',
  },
  {
    domain: 'regcc.cn',
    outlet: 'China Rare Earth Group (company site)',
    parent: 'China Rare Earth Group Co., Ltd.',
    country: 'China',
    level: 'state-affiliated',
    basis: "Official site of China Rare Earth Group, a central state-owned enterprise supervised by the State Council's SASAC (founded December 2021).",
    reference: 'SASAC list of central enterprises (sasac.gov.cn), which links each enterprise to its site; site footer of regcc.cn',
    enterpriseId: 'china-rare-earth-group',
  },
  {
    domain: 'minmetals.com',
    outlet: 'China Minmetals (company site)',
    parent: 'China Minmetals Corporation',
    country: 'China',
    level: 'state-affiliated',
    basis: "Official site of China Minmetals Corporation, a central state-owned enterprise supervised by the State Council's SASAC.",
    reference: 'SASAC list of central enterprises (sasac.gov.cn), which links each enterprise to its site',
    enterpriseId: 'china-minmetals',
  },
  {
    domain: 'chinalco.com.cn',
    outlet: 'Chinalco (company site)',
    parent: 'Aluminum Corporation of China (Chinalco)',
    country: 'China',
    level: 'state-affiliated',
    basis: "Official site of the Aluminum Corporation of China (Chinalco), a central state-owned enterprise supervised by the State Council's SASAC.",
    reference: 'SASAC list of central enterprises (sasac.gov.cn), which links each enterprise to its site',
    enterpriseId: 'chinalco',
  },
];

/**
 * Well-known outlets as they are named in running text, each tied to a registry domain (whose
 * entry gives level, basis and reference). Only names distinctive enough to scan prose for:
 * bare acronyms that are also common words or other things ("CNS", "CRI", "CMG", "RIA") and
 * words of ordinary language ("Спутник", "求是") are left out.
 */
export const OUTLET_NAMES: readonly OutletNames[] = [
  { name: 'Xinhua', aliases: ['Xinhua News Agency', 'Xinhua', 'XINHUA', 'Xinhuanet', 'Xinhua Net', '新华社', '新华网', '新華社', '新華網', 'Синьхуа', '신화통신', '신화사'], domain: 'xinhuanet.com', alsoDomains: ['news.cn'], description: 'Chinese state news agency', notFollowedBy: ['区', '區', 'bookstore', 'road', 'street'] },
  { name: 'Global Times', aliases: ['Global Times', 'GLOBAL TIMES', 'Huanqiu Shibao', '环球时报', '环球网', '環球時報', '環球網', '환구시보'], domain: 'globaltimes.cn', description: 'Chinese state-run tabloid (People’s Daily group)' },
  { name: 'People’s Daily', aliases: ["People's Daily Online", "People's Daily", 'Renmin Ribao', '人民日报', '人民网', '人民日報', '人民網', '인민일보'], domain: 'people.com.cn', description: 'newspaper of the Chinese Communist Party' },
  { name: 'China Daily', aliases: ['China Daily', 'CHINA DAILY', '中国日报', '中國日報'], domain: 'chinadaily.com.cn', description: 'Chinese state-run newspaper' },
  { name: 'CGTN', aliases: ['CGTN', 'China Global Television Network', '中国国际电视台', '中國國際電視台'], domain: 'cgtn.com', description: 'Chinese state broadcaster (international)' },
  { name: 'CCTV', aliases: ['CCTV', 'China Central Television', '中央电视台', '央视新闻', '央视', '中央電視台', '央視新聞', '央視'], domain: 'cctv.com', description: 'Chinese state broadcaster', notFollowedBy: ['camera', 'cameras', 'footage', 'system', 'systems', 'surveillance', 'recording', 'recordings', 'image', 'images', 'video', 'videos', 'monitor', 'monitors', 'monitoring', 'operator', 'operators', 'control'] },
  { name: 'China Media Group', aliases: ['China Media Group', '中央广播电视总台', '中央廣播電視總台'], domain: 'cctv.com', description: 'Chinese state broadcasting group (CCTV, CGTN, CNR, CRI)' },
  { name: 'China News Service', aliases: ['China News Service', 'Chinanews', 'ECNS', '中国新闻社', '中新社', '中新网', '中國新聞社', '中新網'], domain: 'chinanews.com', description: 'Chinese state news agency' },
  { name: 'China Radio International', aliases: ['China Radio International', '中国国际广播电台', '中國國際廣播電台'], domain: 'cri.cn', description: 'Chinese state broadcaster (international radio)' },
  { name: 'China National Radio', aliases: ['China National Radio', '中央人民广播电台', '中央人民廣播電台'], domain: 'cnr.cn', description: 'Chinese state radio' },
  // 經濟日報 (traditional script) is Taiwan's Economic Daily News, another paper: not an alias.
  { name: 'Economic Daily', aliases: ['Economic Daily', '经济日报'], domain: 'ce.cn', description: 'Chinese state-run newspaper' },
  { name: 'Guangming Daily', aliases: ['Guangming Daily', 'Guangming Online', '光明日报', '光明网', '光明日報', '光明網'], domain: 'gmw.cn', description: 'Chinese state-run newspaper' },
  { name: 'Qiushi', aliases: ['Qiushi Journal', 'Qiushi', '《求是》'], domain: 'qstheory.cn', description: 'journal of the Chinese Communist Party' },
  { name: 'PLA Daily', aliases: ['PLA Daily', 'Jiefangjun Bao', '解放军报', '解放軍報'], domain: 'eng.chinamil.com.cn', description: 'newspaper of the Chinese military' },
  { name: 'China Youth Daily', aliases: ['China Youth Daily', '中国青年报', '中國青年報'], domain: 'cyol.com', description: 'Chinese state-run newspaper' },
  { name: 'Beijing Review', aliases: ['Beijing Review'], domain: 'bjreview.com.cn', description: 'Chinese state-run magazine' },
  { name: 'Reference News', aliases: ['Reference News', 'Cankao Xiaoxi', '参考消息', '參考消息'], domain: 'cankaoxiaoxi.com', description: 'Chinese state-run newspaper (Xinhua)' },
  { name: 'The Paper', aliases: ['The Paper', 'Thepaper.cn', '澎湃新闻', '澎湃新聞'], domain: 'thepaper.cn', description: 'Chinese state-controlled news site (Shanghai United Media Group)' },
  { name: 'Yicai', aliases: ['Yicai Global', 'Yicai', '第一财经', '第一財經'], domain: 'yicai.com', description: 'Chinese state-managed business media (Shanghai Media Group)' },
  { name: 'China.org.cn', aliases: ['China.org.cn', '中国网'], domain: 'china.org.cn', description: 'Chinese state-run news portal', notFollowedBy: ['络', '民', '友', '站', '页', '购', '店', '吧', '红', '球', '速', '游', '文', '信', '商', '易', '上'] },
  { name: 'Shanghai Daily', aliases: ['Shanghai Daily'], domain: 'shine.cn', description: 'Chinese state-controlled newspaper' },
  { name: 'China Securities Journal', aliases: ['China Securities Journal', '中国证券报', '中國證券報'], domain: 'cs.com.cn', description: 'Chinese state-run financial newspaper (Xinhua)' },
  { name: 'Shanghai Securities News', aliases: ['Shanghai Securities News', '上海证券报', '上海證券報'], domain: 'cnstock.com', description: 'Chinese state-run financial newspaper (Xinhua)' },
  { name: 'Economic Information Daily', aliases: ['Economic Information Daily', '经济参考报', '經濟參考報'], domain: 'jjckb.cn', description: 'Chinese state-run economic newspaper (Xinhua)' },
  { name: 'Securities Times', aliases: ['Securities Times', '证券时报', '證券時報'], domain: 'stcn.com', description: 'Chinese state-run financial newspaper (People’s Daily)' },
  // "Xinhua Finance" in English also named an unrelated listed company (2000s): Chinese only.
  { name: 'Xinhua Finance', aliases: ['新华财经', '新華財經'], domain: 'cnfin.com', description: 'Chinese state financial information service (Xinhua)' },
  { name: 'TASS', aliases: ['ITAR-TASS', 'TASS', 'Tass', 'ТАСС', 'ИТАР-ТАСС', '타스통신'], domain: 'tass.ru', description: 'Russian state news agency' },
  { name: 'RIA Novosti', aliases: ['RIA Novosti', 'RIA-Novosti', 'РИА Новости', 'РИА «Новости»', 'РИА "Новости"'], domain: 'ria.ru', description: 'Russian state news agency' },
  { name: 'Sputnik', aliases: ['Sputnik International', 'Sputnik News', 'Sputnik'], domain: 'sputnikglobe.com', description: 'Russian state media' },
  { name: 'RT', aliases: ['Russia Today', 'RT International', 'RT News', 'RT'], domain: 'rt.com', description: 'Russian state broadcaster' },
  { name: 'Rossiyskaya Gazeta', aliases: ['Rossiyskaya Gazeta', 'Российская газета'], domain: 'rg.ru', description: 'Russian government newspaper' },
  { name: 'Izvestia', aliases: ['Izvestia', 'Известия'], domain: 'iz.ru', description: 'Russian state-managed newspaper' },
  { name: 'Komsomolskaya Pravda', aliases: ['Komsomolskaya Pravda', 'Комсомольская правда'], domain: 'kp.ru', description: 'Russian state-aligned tabloid' },
  { name: 'Pravda.ru', aliases: ['Pravda.ru', 'Pravda'], domain: 'pravda.ru', description: 'Russian state-controlled news site' },
  { name: 'Channel One Russia', aliases: ['Channel One Russia', 'Первый канал'], domain: '1tv.ru', description: 'Russian state-managed broadcaster' },
  { name: 'BelTA', aliases: ['BelTA', 'БелТА'], domain: 'belta.by', description: 'Belarusian state news agency' },
  { name: 'Press TV', aliases: ['Press TV', 'PressTV'], domain: 'presstv.ir', description: 'Iranian state broadcaster' },
  { name: 'IRNA', aliases: ['Islamic Republic News Agency', 'IRNA', 'ایرنا'], domain: 'irna.ir', description: 'Iranian state news agency' },
  { name: 'Tasnim', aliases: ['Tasnim News Agency', 'Tasnim'], domain: 'tasnimnews.com', description: 'Iranian state-controlled news agency' },
  { name: 'Fars', aliases: ['Fars News Agency'], domain: 'farsnews.ir', description: 'Iranian state-controlled news agency' },
  { name: 'KCNA', aliases: ['Korean Central News Agency', 'KCNA', '조선중앙통신'], domain: 'kcna.kp', description: 'North Korean state news agency' },
  { name: 'Anadolu', aliases: ['Anadolu Agency', 'Anadolu Ajansı', 'Anadolu'], domain: 'aa.com.tr', description: 'Turkish state news agency' },
  { name: 'TRT World', aliases: ['TRT World', 'TRT'], domain: 'trtworld.com', description: 'Turkish state broadcaster' },
  { name: 'Al Jazeera', aliases: ['Al Jazeera', 'Al-Jazeera'], domain: 'aljazeera.com', description: 'Qatari state-funded broadcaster' },
  { name: 'SANA', aliases: ['Syrian Arab News Agency'], domain: 'sana.sy', description: 'Syrian state news agency' },
  { name: 'Prensa Latina', aliases: ['Prensa Latina'], domain: 'prensa-latina.cu', description: 'Cuban state news agency' },
  { name: 'teleSUR', aliases: ['teleSUR', 'TeleSUR', 'Telesur'], domain: 'telesurenglish.net', description: 'Venezuelan state broadcaster' },
  { name: 'Bernama', aliases: ['Bernama'], domain: 'bernama.com', description: 'Malaysian state news agency' },
  { name: 'WAM', aliases: ['Emirates News Agency'], domain: 'wam.ae', description: 'UAE state news agency' },
  { name: 'MENA', aliases: ['Middle East News Agency'], domain: 'mena.org.eg', description: 'Egyptian state news agency' },
  { name: 'Yonhap', aliases: ['Yonhap News Agency', 'Yonhap', '연합뉴스'], domain: 'yonhapnews.co.kr', description: 'South Korean news agency (publicly funded, editorially independent)' },
  { name: 'Antara', aliases: ['Antara News Agency', 'Antara News', 'Antara'], domain: 'antaranews.com', description: 'Indonesian news agency (state-managed, editorially independent)' },
  { name: 'EFE', aliases: ['Agencia EFE', 'EFE'], domain: 'efe.com', description: 'Spanish news agency (publicly funded, editorially independent)' },
  { name: 'BBC', aliases: ['BBC News', 'BBC'], domain: 'bbc.co.uk', description: 'British public broadcaster (editorially independent)' },
  { name: 'DW', aliases: ['Deutsche Welle', 'DW'], domain: 'dw.com', description: 'German public broadcaster (editorially independent)' },
];

/**
 * Independent wire services. Reported for what they are (a state outlet carrying a Reuters story
 * is relaying Reuters, not itself), never as a state relay.
 */
export const WIRE_NAMES: readonly WireNames[] = [
  { name: 'Reuters', aliases: ['Thomson Reuters', 'Reuters', 'REUTERS'], country: 'United Kingdom', description: 'independent news agency' },
  { name: 'Associated Press', aliases: ['Associated Press', 'AP'], country: 'United States', description: 'independent news agency (cooperative)' },
  { name: 'AFP', aliases: ['Agence France-Presse', 'Agence France Presse', 'AFP'], country: 'France', description: 'independent news agency' },
  { name: 'Bloomberg', aliases: ['Bloomberg News', 'Bloomberg'], country: 'United States', description: 'independent business news agency' },
];

/**
 * State-owned and state-linked enterprises whose own publications get relayed as news (the seed
 * article rewrites an update of China Northern Rare Earth's trade arm). Not news outlets, so no
 * list covers them. Level `state-affiliated` (DESIGN.md: owned by a state-owned enterprise or a
 * state body, when not a news outlet).
 */
export const CURATED_ENTERPRISES: readonly CuratedEnterprise[] = [
  {
    id: 'china-northern-rare-earth',
    name: 'China Northern Rare Earth (Group) High-Tech Co., Ltd.',
    aliases: [
      'China Northern Rare Earth (Group) High-Tech Co.',
      'China Northern Rare Earth (Group) High-Tech',
      'China Northern Rare Earth Group High-Tech',
      'China Northern Rare Earth Group',
      'China Northern Rare Earth',
      'Northern Rare Earth Group',
      'Northern Rare Earth',
      'China Northern Rare Earths',
      '中国北方稀土（集团）高科技股份有限公司',
      '中国北方稀土(集团)高科技股份有限公司',
      '北方稀土',
    ],
    country: 'China',
    level: 'state-affiliated',
    description: 'Chinese state-owned enterprise',
    basis:
      'Controlled by Baotou Iron and Steel (Group) Co. (Baogang Group), which is owned by the government of the Inner Mongolia Autonomous Region; listed on the Shanghai Stock Exchange (600111).',
    reference:
      'company annual reports filed with the Shanghai Stock Exchange, stock code 600111 (controlling shareholder and actual controller)',
    parentId: 'baogang-group',
  },
  {
    id: 'northern-rare-earth-international-trade',
    name: 'Northern Rare Earth International Trade Company',
    aliases: [
      'Northern Rare Earth International Trade Company',
      'Northern Rare Earth International Trade Co.',
      'Northern Rare Earth International Trade',
      'China Northern Rare Earth International Trade',
    ],
    country: 'China',
    level: 'state-affiliated',
    description: 'Chinese state-owned enterprise',
    basis:
      'International trade arm of China Northern Rare Earth (Group) High-Tech Co., which is state-owned through Baogang Group (Inner Mongolia government).',
    reference:
      "parent's ownership: SSE 600111 annual reports; the trade company named as the parent's \"state-affiliated International Trade Company\" by Rare Earth Exchanges (24 Nov 2025, the project's seed article)",
    parentId: 'china-northern-rare-earth',
  },
  {
    id: 'baogang-group',
    name: 'Baotou Iron and Steel (Group) Co., Ltd. (Baogang Group)',
    aliases: [
      'Baotou Iron and Steel (Group)',
      'Baotou Iron and Steel Group',
      'Baotou Iron and Steel',
      'Baotou Iron & Steel',
      'Baotou Steel',
      'Baogang Group',
      'Baogang',
      '包头钢铁（集团）有限责任公司',
      '包钢集团',
    ],
    country: 'China',
    level: 'state-affiliated',
    description: 'Chinese state-owned enterprise',
    basis:
      'Owned by the government of the Inner Mongolia Autonomous Region (through its state-owned assets commission); controlling shareholder of China Northern Rare Earth.',
    reference: 'SSE 600111 (China Northern Rare Earth) annual reports: controlling shareholder and actual controller',
    parentId: null,
  },
  {
    id: 'china-rare-earth-group',
    name: 'China Rare Earth Group Co., Ltd.',
    aliases: ['China Rare Earth Group', 'China Rare Earths Group', 'China Rare Earth Group Co.', '中国稀土集团有限公司', '中国稀土集团'],
    country: 'China',
    level: 'state-affiliated',
    description: 'Chinese state-owned enterprise',
    basis:
      "Central state-owned enterprise formed in December 2021 under the State Council's State-owned Assets Supervision and Administration Commission (SASAC), from the rare-earth assets of Chinalco, China Minmetals and Ganzhou Rare Earth Group.",
    reference: 'SASAC list of central enterprises (sasac.gov.cn); founding announcement of December 2021',
    parentId: null,
  },
  {
    id: 'shenghe-resources',
    name: 'Shenghe Resources Holding Co., Ltd.',
    aliases: ['Shenghe Resources Holding', 'Shenghe Resources', '盛和资源控股股份有限公司', '盛和资源'],
    country: 'China',
    level: 'state-affiliated',
    description: 'Chinese state-linked enterprise',
    basis:
      "Largest shareholder is the Institute of Multipurpose Utilization of Mineral Resources of the Chinese Academy of Geological Sciences, a state research institute under China's Ministry of Natural Resources; listed on the Shanghai Stock Exchange (600392).",
    reference: 'Shenghe Resources annual reports filed with the Shanghai Stock Exchange, stock code 600392 (shareholders)',
    parentId: null,
  },
  {
    id: 'china-minmetals',
    name: 'China Minmetals Corporation',
    aliases: ['China Minmetals Corporation', 'China Minmetals Corp.', 'China Minmetals', '中国五矿集团有限公司', '中国五矿集团', '中国五矿', '五矿集团'],
    country: 'China',
    level: 'state-affiliated',
    description: 'Chinese state-owned enterprise',
    basis: "Central state-owned enterprise supervised by the State Council's SASAC.",
    reference: 'SASAC list of central enterprises (sasac.gov.cn)',
    parentId: null,
  },
  {
    id: 'chinalco',
    name: 'Aluminum Corporation of China (Chinalco)',
    aliases: ['Aluminum Corporation of China', 'Aluminium Corporation of China', 'Chinalco', '中国铝业集团有限公司', '中国铝业集团', '中铝集团'],
    country: 'China',
    level: 'state-affiliated',
    description: 'Chinese state-owned enterprise',
    basis: "Central state-owned enterprise supervised by the State Council's SASAC.",
    reference: 'SASAC list of central enterprises (sasac.gov.cn)',
    parentId: null,
  },
];
