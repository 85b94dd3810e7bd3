/**
 * Materials the engine recognises: the 17 rare-earth elements, their usual products and compounds,
 * the sector's own words for itself, and the adjacent critical minerals.
 *
 * Alias syntax (shared with organizations.ts and places.ts, compiled by phrase-matcher.ts):
 * - `aliases` match case-insensitively on word boundaries; hyphens count as spaces, so
 *   "rare earth" also finds "rare-earth"; a final plural "s"/"es" is accepted.
 * - `exact` aliases match case-sensitively (symbols and acronyms: "NdPr", "REE", "Dy oxide").
 * - A trailing `*` matches any word that starts with the stem ("Seltenerd*").
 * - Aliases in scripts written without spaces (Chinese, Japanese, Korean) match as substrings.
 * Bare element symbols ("La", "Ce", "Y") are never aliases: they are ordinary words in many
 * languages; symbols only count inside compounds and with "oxide"/"metal".
 */

export type MaterialKind =
  /** One of the 17 rare-earth elements. */
  | 'rare-earth-element'
  /** A rare-earth product, mixture, alloy or magnet ("NdPr oxide", "NdFeB"). */
  | 'rare-earth-product'
  /** The sector naming itself ("rare earths", "critical minerals", "permanent magnets"). */
  | 'sector-term'
  /** Critical minerals under export control next to rare earths. */
  | 'critical-mineral'
  /** Battery minerals: relevant, but weaker evidence of a rare-earth story. */
  | 'battery-mineral';

export interface MaterialEntry {
  /** Canonical name reported in `entities.materials`. */
  name: string;
  kind: MaterialKind;
  symbol?: string;
  aliases: readonly string[];
  exact?: readonly string[];
  /** For mixtures and pairs: the canonical elements they stand for, reported instead of `name`. */
  members?: readonly string[];
}

export const MATERIALS: readonly MaterialEntry[] = [
  // The 17 rare-earth elements (15 lanthanides, scandium, yttrium).
  {
    name: 'lanthanum', kind: 'rare-earth-element', symbol: 'La',
    aliases: ['lanthan*', 'lanthanum', 'lanthanum oxide', 'lanthanum carbonate', 'lanthane', 'Lanthan', 'lantano', 'lantânio', 'лантан', '镧', 'ランタン', '란탄', 'лантан*'],
    exact: ['La2O3', 'La oxide', 'La metal'],
  },
  {
    name: 'cerium', kind: 'rare-earth-element', symbol: 'Ce',
    aliases: ['cerium', 'cerium oxide', 'cérium', 'cerio', 'cério', 'церий', '铈', 'セリウム', '세륨', 'цери*'],
    exact: ['CeO2', 'Ce oxide', 'Ce metal'],
  },
  {
    name: 'praseodymium', kind: 'rare-earth-element', symbol: 'Pr',
    aliases: ['praseodym*', 'praseodymium', 'praseodymium oxide', 'praséodyme', 'Praseodym', 'praseodimio', 'praseodímio', 'празеодим', '镨', 'プラセオジム', '프라세오디뮴', 'празеодим*'],
    exact: ['Pr6O11', 'Pr oxide', 'Pr metal'],
  },
  {
    name: 'neodymium', kind: 'rare-earth-element', symbol: 'Nd',
    aliases: ['neodym*', 'neodymium', 'neodymium oxide', 'néodyme', 'Neodym', 'neodimio', 'neodímio', 'неодим', '钕', 'ネオジム', 'ネオジウム', '네오디뮴', 'неодим*', 'néodym*'],
    exact: ['Nd2O3', 'Nd oxide', 'Nd metal'],
  },
  {
    name: 'promethium', kind: 'rare-earth-element', symbol: 'Pm',
    aliases: ['promethium', 'prométhium', 'prometio', 'promécio', 'прометий', '钷'],
  },
  {
    name: 'samarium', kind: 'rare-earth-element', symbol: 'Sm',
    aliases: ['samarium*', 'samarium', 'samarium oxide', 'samario', 'samário', 'самарий', '钐', 'サマリウム', '사마륨', 'самари*'],
    exact: ['Sm2O3', 'Sm oxide'],
  },
  {
    name: 'europium', kind: 'rare-earth-element', symbol: 'Eu',
    aliases: ['europium', 'europium oxide', 'europio', 'európio', 'европий', '铕', 'ユウロピウム', 'европи*'],
    exact: ['Eu2O3'],
  },
  {
    name: 'gadolinium', kind: 'rare-earth-element', symbol: 'Gd',
    aliases: ['gadolinium', 'gadolinium oxide', 'gadolinio', 'gadolínio', 'гадолиний', '钆', 'ガドリニウム', 'гадолини*'],
    exact: ['Gd2O3', 'Gd oxide'],
  },
  {
    name: 'terbium', kind: 'rare-earth-element', symbol: 'Tb',
    aliases: ['terbium*', 'terbium', 'terbium oxide', 'terbio', 'térbio', 'тербий', 'тербия', '铽', 'テルビウム', '테르븀', 'терби*'],
    exact: ['Tb4O7', 'Tb oxide', 'Tb metal'],
  },
  {
    name: 'dysprosium', kind: 'rare-earth-element', symbol: 'Dy',
    aliases: ['dysprosium*', 'dysprosium', 'dysprosium oxide', 'disprosio', 'disprósio', 'диспрозий', 'диспрозия', '镝', 'ジスプロシウム', '디스프로슘', 'диспрози*'],
    exact: ['Dy2O3', 'Dy oxide', 'Dy metal'],
  },
  {
    name: 'holmium', kind: 'rare-earth-element', symbol: 'Ho',
    aliases: ['holmium', 'holmio', 'hólmio', 'гольмий', '钬', 'ホルミウム'],
    exact: ['Ho2O3'],
  },
  {
    name: 'erbium', kind: 'rare-earth-element', symbol: 'Er',
    aliases: ['erbium', 'erbio', 'érbio', 'эрбий', '铒', 'エルビウム'],
    exact: ['Er2O3'],
  },
  {
    name: 'thulium', kind: 'rare-earth-element', symbol: 'Tm',
    aliases: ['thulium', 'tulio', 'túlio', 'тулий', '铥', 'ツリウム'],
  },
  {
    name: 'ytterbium', kind: 'rare-earth-element', symbol: 'Yb',
    aliases: ['ytterbium', 'iterbio', 'itérbio', 'иттербий', '镱', 'イッテルビウム'],
  },
  {
    name: 'lutetium', kind: 'rare-earth-element', symbol: 'Lu',
    aliases: ['lutetium', 'lutécium', 'lutecio', 'lutécio', 'лютеций', '镥', 'ルテチウム'],
  },
  {
    name: 'scandium', kind: 'rare-earth-element', symbol: 'Sc',
    aliases: ['scandium', 'scandium oxide', 'escandio', 'escândio', 'скандий', '钪', 'スカンジウム', 'скандия', 'скандию', 'скандием', 'скандии', 'скандиевы*'],
    exact: ['Sc2O3'],
  },
  {
    name: 'yttrium', kind: 'rare-earth-element', symbol: 'Y',
    aliases: ['yttrium*', 'yttrium', 'yttrium oxide', 'itrio', 'ítrio', 'иттрий', '钇', 'イットリウム', '이트륨', 'иттри*'],
    exact: ['Y2O3'],
  },

  // Products, mixtures and alloys.
  {
    name: 'NdPr', kind: 'rare-earth-product',
    aliases: ['NdPr', 'PrNd', 'NdPr oxide', 'PrNd oxide', 'NdPr metal', 'praseodymium-neodymium', 'neodymium-praseodymium', 'didymium', '氧化镨钕', '镨钕', '镨钕氧化物'],
    exact: ['Nd-Pr', 'Pr-Nd', 'Nd/Pr', 'Pr/Nd'],
    members: ['neodymium', 'praseodymium'],
  },
  {
    name: 'NdFeB magnets', kind: 'rare-earth-product',
    aliases: ['NdFeB', 'NdFeB magnet', 'neodymium magnet', 'neodymium-iron-boron', 'neodymium iron boron', 'sintered NdFeB', 'bonded NdFeB', '钕铁硼', 'ネオジム磁石'],
  },
  {
    name: 'SmCo magnets', kind: 'rare-earth-product',
    aliases: ['SmCo', 'SmCo magnet', 'samarium-cobalt', 'samarium cobalt'],
  },
  {
    name: 'rare-earth oxides', kind: 'rare-earth-product',
    aliases: ['rare earth oxide', 'rare-earth oxide', 'mixed rare earth carbonate', 'mixed rare earth oxide'],
    exact: ['REO', 'REOs', 'TREO', 'MREC', 'MREO'],
  },
  {
    name: 'lanthanum-cerium', kind: 'rare-earth-product',
    aliases: ['lanthanum-cerium'],
    exact: ['La/Ce', 'LaCe', 'La-Ce'],
    members: ['lanthanum', 'cerium'],
  },
  {
    name: 'dysprosium-terbium', kind: 'rare-earth-product',
    aliases: ['dysprosium-terbium'],
    exact: ['Dy/Tb', 'DyTb', 'Tb/Dy'],
    members: ['dysprosium', 'terbium'],
  },
  {
    name: 'heavy rare earths', kind: 'rare-earth-product',
    aliases: ['heavy rare earth', 'heavy rare earths', 'medium-heavy rare earths', 'mid-heavy rare earths', 'heavy rare earth element', 'heavy REE', 'heavies', '中重稀土', '重稀土', 'тяжёлых редкоземельных', 'тяжелых редкоземельных', 'tierras raras pesadas', 'terras raras pesadas', 'terres rares lourdes', 'schwere Seltene Erden', 'schwerer Seltener Erden', '重希土類', '중희토류'],
    exact: ['HREE', 'HREEs'],
  },
  {
    name: 'light rare earths', kind: 'rare-earth-product',
    aliases: ['light rare earth', 'light rare earths', 'light rare earth element', 'light REE', '轻稀土'],
    exact: ['LREE', 'LREEs'],
  },

  // The sector naming itself.
  {
    name: 'rare earths', kind: 'sector-term',
    aliases: [
      'rare earth', 'rare earths', 'rare earth element', 'rare earth metal', 'rare earth mineral', 'rare earth magnet',
      'lanthanide', 'lanthanoid',
      'terres rares', 'terre rare', 'Seltene Erden', 'Seltenen Erden', 'Seltenerd*', 'tierras raras', 'tierra rara',
      'terras raras', 'terra rara', 'редкоземельн*', 'редкие земли', 'редких земель',
      '稀土', '稀土元素', '稀土永磁', 'レアアース', '希土類', '희토류',
      // it, id/ms, vi, tr, pl, nl, hu, ar, fa
      'terre rare', 'logam tanah jarang', 'unsur tanah jarang', 'mineral tanah jarang', 'elemen tanah jarang', 'magnet tanah jarang', 'nadir bumi', 'unsur nadir bumi', 'logam nadir bumi', 'đất hiếm', 'nadir toprak',
      'ziem rzadkich', 'metale ziem rzadkich', 'zeldzame aardmetalen', 'zeldzame aarden', 'ritkaföldfém*',
      'الأتربة النادرة', 'المعادن الأرضية النادرة', 'العناصر الأرضية النادرة', 'الأرض النادرة', 'عناصر خاکی کمیاب',
      'خاک‌های کمیاب', 'فلزات خاکی کمیاب', 'خاکهای کمیاب',
      // de genitive; ko loanword beside the Sino-Korean 희토류
      'Seltener Erden', '레어어스',
    ],
    exact: ['REE', 'REEs', 'РЗМ', 'РЗЭ'],
  },
  {
    name: 'permanent magnets', kind: 'sector-term',
    aliases: ['permanent magnet', 'magnet material', 'magnet metal', 'magnet rare earth', 'magnet feedstock', 'aimants permanents', 'Permanentmagnet', 'Permanentmagnete', 'imanes permanentes', 'ímãs permanentes', '永磁', '永久磁石', '영구자석', 'Permanentmagnet*', 'aimant permanent', 'imán permanente', 'ímã permanente', 'постоянные магниты', 'постоянных магнитов', '永磁体'],
  },
  {
    name: 'critical minerals', kind: 'sector-term',
    aliases: ['minerali critici', 'materie prime critiche', 'mineral kritis', 'khoáng sản quan trọng', 'kritik mineraller',
      'surowce krytyczne', 'kritieke grondstoffen', 'kritikus nyersanyag*', 'المعادن الحيوية', 'المعادن الحرجة', 'مواد معدنی حیاتی',
      'レアメタル', '희소금속', 'редкие металлы', 'редких металлов', 'métaux rares', 'metales raros', 'critical mineral', 'critical minerals', 'critical raw material', 'critical raw materials', 'strategic mineral', 'strategic minerals', 'strategic metal', 'critical metal', 'minerais critiques', 'kritische Rohstoffe', 'minerales críticos', 'minerais críticos', 'критические минералы', '关键矿产', '重要鉱物', '핵심광물',
      'minéraux critiques', 'matières premières critiques', 'métaux critiques', 'kritischer Rohstoffe', 'kritischen Rohstoffe', 'kritischen Rohstoffen', 'kritische Mineralien', 'kritischer Mineralien', 'materias primas críticas', 'minerales estratégicos', 'matérias-primas críticas', 'minerais estratégicos', 'критически важные минералы', 'критически важных минералов', 'критических минералов', 'критически важного сырья', 'критически важное сырьё', '关键矿物', '战略矿产', '稀有金属', '希少金属', '핵심 광물', '희귀금속',
    ],
  },

  // Adjacent critical minerals under export control.
  { name: 'gallium', kind: 'critical-mineral', symbol: 'Ga', aliases: ['gallium*', 'gallium', 'galio', 'gálio', 'gallio', 'galium', 'галлий', '镓', 'ガリウム', '갈륨', 'галли*'] },
  { name: 'germanium', kind: 'critical-mineral', symbol: 'Ge', aliases: ['germanium*', 'germanium', 'germanio', 'germânio', 'германий', '锗', 'ゲルマニウム', '게르마늄', 'германием', 'германиев*'], exact: ['германия', 'германию', 'германии'] },
  { name: 'antimony', kind: 'critical-mineral', symbol: 'Sb', aliases: ['antimony', 'antimoine', 'Antimon', 'antimonio', 'antimônio', 'сурьма', '锑', 'アンチモン', '안티몬', 'antimónio', 'сурьм*', '안티모니'] },
  { name: 'graphite', kind: 'critical-mineral', aliases: ['graphit*', 'graphite', 'Graphit', 'grafito', 'grafite', 'графит', '石墨', '黒鉛', '흑연', 'графит*', 'grafit*', 'グラファイト', '그래파이트'] },
  { name: 'tungsten', kind: 'critical-mineral', symbol: 'W', aliases: ['tungsten', 'wolfram', 'tungstène', 'volframio', 'tungstênio', 'tungsteno', 'wolframio', 'вольфрам', '钨', 'タングステン', '텅스텐', 'вольфрам*', 'volfrâmio'] },
  { name: 'indium', kind: 'critical-mineral', symbol: 'In', aliases: ['indium', '铟'] },
  { name: 'bismuth', kind: 'critical-mineral', symbol: 'Bi', aliases: ['bismuth', '铋'] },
  { name: 'molybdenum', kind: 'critical-mineral', symbol: 'Mo', aliases: ['molybdenum', '钼'] },
  { name: 'tellurium', kind: 'critical-mineral', symbol: 'Te', aliases: ['tellurium', '碲'] },

  // Battery minerals: related, weaker evidence.
  { name: 'lithium', kind: 'battery-mineral', symbol: 'Li', aliases: ['lithium', 'litio', 'lítio', 'litium', 'литий', '锂', 'リチウム', '리튬', 'лити*'] },
  { name: 'cobalt', kind: 'battery-mineral', symbol: 'Co', aliases: ['cobalt', 'Kobalt', 'cobalto', 'кобальт', '钴', 'コバルト', '코발트', 'кобальт*'] },
  { name: 'nickel', kind: 'battery-mineral', symbol: 'Ni', aliases: ['nickel', 'níquel', 'nikel', 'nichel', 'никель', '镍', 'ニッケル', '니켈', 'никел*'] },
];
