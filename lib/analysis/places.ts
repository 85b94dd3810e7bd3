/**
 * Countries, blocs, capitals (which news uses for governments: "Beijing", "Washington"), producing
 * regions and rare-earth deposits. Alias syntax: see materials.ts.
 *
 * `kind` decides whether a mention can be the actor of a signal: a country or a capital stands
 * for a state that sets policy; a deposit or a town is where something happens.
 */

export type PlaceKind = 'country' | 'bloc' | 'region' | 'city' | 'deposit';

export interface PlaceEntry {
  /** Canonical name reported in `entities.places`. */
  name: string;
  kind: PlaceKind;
  /** Names, demonyms and the capital used as the government's name. */
  aliases: readonly string[];
  exact?: readonly string[];
}

export const PLACES: readonly PlaceEntry[] = [
  { name: 'China', kind: 'country', aliases: ['China', 'Chinese', 'Beijing', 'PRC', "People's Republic of China", 'mainland China', 'Chine', 'chinois', 'chinoise', 'chinesisch*', 'Китай', 'китайск*', '中国', '中國', '中国大陆', '中国の', '中国政府', '中華人民共和国', '중국', 'Pékin', 'Peking', 'Pekín', 'Pequim', 'Volksrepublik China', 'chino', 'chinês', 'chinesa', 'chineses', 'Китая', 'Китаю', 'Китаем', 'Китае', 'КНР', 'Пекин*', 'пекинск*', '中方', '北京', '베이징', '中共中央'] },
  { name: 'United States', kind: 'country', aliases: ['United States', 'United States of America', 'America', 'American', 'Washington', 'Estados Unidos', 'États-Unis', 'Vereinigten Staaten', 'США', '美国', '米国', 'アメリカ', '미국', 'Vereinigte Staaten', 'amerikanisch*', 'Etats-Unis', 'américain*', 'estadounidense', 'norte-americano', 'norte-americana', 'norte-americanos', 'Соединённые Штат*', 'Соединенные Штат*', 'Соединённых Штат*', 'Соединенных Штат*', 'Соединённым Штат*', 'Соединенным Штат*', 'американск*', 'Вашингтон*', '美方', '美國', '米政府', '미 정부'], exact: ['U.S.', 'US', 'USA', 'U.S.A.', 'EE. UU.', 'EE.UU.', 'EEUU', 'EUA'] },
  { name: 'European Union', kind: 'bloc', aliases: ['European Union', 'Europe', 'European', 'Brussels', 'Union européenne', 'Europäische Union', 'Unión Europea', 'União Europeia', 'Евросоюз', '欧盟', '欧州連合', 'Europäischen Union', 'Brüssel', 'Bruxelles', 'Bruselas', 'Bruxelas', 'Евросоюз*', 'Европейский союз', 'Европейского союза', 'Европейскому союзу', 'Европейском союзе', 'Брюссел*', '欧洲', '欧州', '유럽연합', '유럽'], exact: ['EU', 'E.U.', 'UE', 'ЕС'] },
  { name: 'Japan', kind: 'country', aliases: ['Japan', 'Japanese', 'Tokyo', 'Japon', 'Japón', 'Japão', 'Япония', '日本', '일본', 'japanisch*', 'Tokio', 'japonais', 'japonaise', 'japonés', 'japonesa', 'japonês', 'Tóquio', 'Япони*', 'японск*', 'Токио'] },
  { name: 'Australia', kind: 'country', aliases: ['Australia', 'Australian', 'Canberra', 'Australie', 'Australien', 'Австралия', '澳大利亚', 'オーストラリア', '호주', 'australisch*', 'australien', 'australienne', 'australiano', 'australiana', 'Austrália', 'Австрали*', 'австралийск*', '澳洲', '豪州'] },
  { name: 'Myanmar', kind: 'country', aliases: ['Myanmar', 'Burma', 'Burmese', 'Naypyidaw', '缅甸', 'ミャンマー', '미얀마', 'Birmanie', 'Birmania', 'Mianmar', 'Мьянм*', 'Бирма', 'Бирмы', '緬甸'] },
  { name: 'Malaysia', kind: 'country', aliases: ['Malaysia', 'Malaysian', 'Kuala Lumpur', 'Malaisie', '马来西亚', 'マレーシア', '말레이시아', 'Malasia', 'Malásia', 'Малайзи*'] },
  { name: 'Vietnam', kind: 'country', aliases: ['Vietnam', 'Viet Nam', 'Vietnamese', 'Hanoi', '越南', 'ベトナム', '베트남', 'Viêt Nam', 'Vietnã', 'Vietname', 'Вьетнам*'] },
  { name: 'Brazil', kind: 'country', aliases: ['Brazil', 'Brazilian', 'Brasília', 'Brasil', 'Brésil', 'Brasilien', 'Бразилия', '巴西', 'ブラジル', '브라질', 'brasilianisch*', 'brésilien', 'brésilienne', 'brasileño', 'brasileña', 'brasileir*', 'Бразили*', 'бразильск*'] },
  { name: 'Greenland', kind: 'country', aliases: ['Greenland', 'Greenlandic', 'Nuuk', 'Groenland', 'Grönland', 'Groenlandia', 'Gronelândia', 'Гренландия', '格陵兰', 'グリーンランド', '그린란드', 'Groenlândia', 'Гренланди*'] },
  { name: 'India', kind: 'country', aliases: ['India', 'Indian', 'New Delhi', 'Inde', 'Indien', 'Индия', '印度', 'インド', '인도', 'indisch*', 'Índia', 'Индии', 'Индию', 'Индией', 'индийск*'] },
  { name: 'Russia', kind: 'country', aliases: ['Russia', 'Russian', 'Moscow', 'Kremlin', 'Russie', 'Russland', 'Rusia', 'Rússia', 'Россия', 'российск*', '俄罗斯', 'ロシア', '러시아', 'russisch*', 'Moskau', 'Moscou', 'Moscú', 'Moscovo', 'Росси*', 'Москв*', '俄方'] },
  { name: 'Canada', kind: 'country', aliases: ['Canada', 'Canadian', 'Ottawa', 'Kanada', 'Канада', '加拿大', 'カナダ', '캐나다', 'canadien', 'canadienne', 'kanadisch*', 'Канад*'] },
  { name: 'South Korea', kind: 'country', aliases: ['South Korea', 'Korea', 'Korean', 'Seoul', 'Republic of Korea', 'Corée du Sud', 'Südkorea', 'Южная Корея', '韩国', '韓国', '한국', 'Corea del Sur', 'Coreia do Sul', 'südkoreanisch*', 'Южной Коре*', 'Республика Корея'] },
  { name: 'North Korea', kind: 'country', aliases: ['North Korea', 'North Korean', 'Pyongyang', 'DPRK'] },
  { name: 'Taiwan', kind: 'country', aliases: ['Taiwan', 'Taiwanese', 'Taipei', '台湾', '臺灣'] },
  { name: 'United Kingdom', kind: 'country', aliases: ['United Kingdom', 'Britain', 'Great Britain', 'British', 'London', 'Royaume-Uni', 'Großbritannien', 'Reino Unido', 'Великобритания', '英国', 'britisch*', 'britannique', 'británico', 'Британи*', 'британск*'], exact: ['UK', 'U.K.'] },
  { name: 'Germany', kind: 'country', aliases: ['Germany', 'German', 'Berlin', 'Allemagne', 'Deutschland', 'Alemania', 'Alemanha', '德国', 'ドイツ', '독일', 'deutsche Regierung', 'Bundesregierung', 'Берлин*', 'немецк*'], exact: ['Германия', 'Германии', 'Германию', 'Германией'] },
  { name: 'France', kind: 'country', aliases: ['France', 'French', 'Paris', 'Frankreich', 'Francia', 'França', 'Франция', '法国', 'フランス', '프랑스', 'französisch*', 'français', 'française', 'Франци*', 'французск*'] },
  { name: 'Kazakhstan', kind: 'country', aliases: ['Kazakhstan', 'Kazakh', 'Astana', '哈萨克斯坦', 'Kasachstan', 'Kazajistán', 'Cazaquistão', 'Казахстан*', 'カザフスタン', '카자흐스탄'] },
  { name: 'Laos', kind: 'country', aliases: ['Laos', 'Lao', 'Vientiane', '老挝'] },
  { name: 'Thailand', kind: 'country', aliases: ['Thailand', 'Thai', 'Bangkok', '泰国'] },
  { name: 'Madagascar', kind: 'country', aliases: ['Madagascar', 'Malagasy'] },
  { name: 'South Africa', kind: 'country', aliases: ['South Africa', 'South African', 'Pretoria'] },
  { name: 'Tanzania', kind: 'country', aliases: ['Tanzania', 'Tanzanian'] },
  { name: 'Malawi', kind: 'country', aliases: ['Malawi', 'Malawian'] },
  { name: 'Angola', kind: 'country', aliases: ['Angola', 'Angolan'] },
  { name: 'Uganda', kind: 'country', aliases: ['Uganda', 'Ugandan'] },
  { name: 'Democratic Republic of the Congo', kind: 'country', aliases: ['Democratic Republic of the Congo', 'Democratic Republic of Congo', 'Congo', 'Kinshasa', 'Kongo', 'République démocratique du Congo', 'República Democrática del Congo', 'República Democrática do Congo', 'Конго', '刚果', '剛果', 'コンゴ', '콩고'], exact: ['DRC', 'DR Congo', 'RDC', 'RDCongo'] },
  { name: 'Indonesia', kind: 'country', aliases: ['Indonesia', 'Indonesian', 'Jakarta', 'Indonesien', 'Indonésie', 'Indonésia', 'Индонези*', '印度尼西亚', '印尼', 'インドネシア', '인도네시아'] },
  { name: 'Philippines', kind: 'country', aliases: ['Philippines', 'Philippine', 'Filipino', 'Manila'] },
  { name: 'Chile', kind: 'country', aliases: ['Chile', 'Chilean', 'Santiago'] },
  { name: 'Argentina', kind: 'country', aliases: ['Argentina', 'Argentine', 'Argentinian', 'Buenos Aires'] },
  { name: 'Saudi Arabia', kind: 'country', aliases: ['Saudi Arabia', 'Saudi', 'Riyadh'] },
  { name: 'Ukraine', kind: 'country', aliases: ['Ukraine', 'Ukrainian', 'Kyiv', 'Kiev'] },
  { name: 'Norway', kind: 'country', aliases: ['Norway', 'Norwegian', 'Oslo'] },
  { name: 'Sweden', kind: 'country', aliases: ['Sweden', 'Swedish', 'Stockholm'] },
  { name: 'Estonia', kind: 'country', aliases: ['Estonia', 'Estonian', 'Tallinn'] },
  { name: 'Mongolia', kind: 'country', aliases: ['Mongolia', 'Mongolian', 'Ulaanbaatar'] },
  { name: 'Pakistan', kind: 'country', aliases: ['Pakistan', 'Pakistani', 'Islamabad'] },
  { name: 'Turkey', kind: 'country', aliases: ['Turkey', 'Türkiye', 'Turkish', 'Ankara'] },
  { name: 'Nigeria', kind: 'country', aliases: ['Nigeria', 'Nigerian', 'Abuja'] },
  { name: 'Burundi', kind: 'country', aliases: ['Burundi'] },
  { name: 'Kenya', kind: 'country', aliases: ['Kenya', 'Kenyan', 'Nairobi'] },

  // World regions: listed so that "Latin America" is never read as the United States.
  { name: 'Latin America', kind: 'region', aliases: ['Latin America', 'Latin American', 'South America', 'South American', 'Central America'] },
  { name: 'Africa', kind: 'region', aliases: ['Africa', 'African', 'sub-Saharan Africa'] },
  { name: 'Southeast Asia', kind: 'region', aliases: ['Southeast Asia', 'Southeast Asian', 'ASEAN'] },
  { name: 'Central Asia', kind: 'region', aliases: ['Central Asia', 'Central Asian'] },

  // Producing regions and towns.
  { name: 'Inner Mongolia', kind: 'region', aliases: ['Inner Mongolia', '内蒙古'] },
  { name: 'Jiangxi', kind: 'region', aliases: ['Jiangxi', '江西'] },
  { name: 'Ganzhou', kind: 'city', aliases: ['Ganzhou', '赣州'] },
  { name: 'Baotou', kind: 'city', aliases: ['Baotou', '包头'] },
  { name: 'Sichuan', kind: 'region', aliases: ['Sichuan', '四川'] },
  { name: 'Guangxi', kind: 'region', aliases: ['Guangxi', '广西'] },
  { name: 'Kachin State', kind: 'region', aliases: ['Kachin', 'Kachin State'] },
  { name: 'Western Australia', kind: 'region', aliases: ['Western Australia'] },
  { name: 'Kalgoorlie', kind: 'city', aliases: ['Kalgoorlie'] },
  { name: 'Kuantan', kind: 'city', aliases: ['Kuantan', 'Gebeng'] },
  { name: 'Texas', kind: 'region', aliases: ['Texas', 'Fort Worth'] },
  { name: 'California', kind: 'region', aliases: ['California'] },
  { name: 'Wyoming', kind: 'region', aliases: ['Wyoming'] },
  { name: 'Utah', kind: 'region', aliases: ['Utah', 'White Mesa'] },
  { name: 'Quebec', kind: 'region', aliases: ['Quebec', 'Québec'] },
  { name: 'Saskatchewan', kind: 'region', aliases: ['Saskatchewan', 'Saskatoon'] },
  { name: 'Goiás', kind: 'region', aliases: ['Goiás', 'Goias', 'Minas Gerais', 'Bahia'] },

  // Rare-earth deposits and mines: a mention is strong evidence of the topic.
  { name: 'Bayan Obo', kind: 'deposit', aliases: ['Bayan Obo', 'Bayan Ebo', 'Baiyun Obo', '白云鄂博'] },
  { name: 'Mountain Pass', kind: 'deposit', aliases: ['Mountain Pass'] },
  { name: 'Mount Weld', kind: 'deposit', aliases: ['Mount Weld', 'Mt Weld', 'Mt. Weld'] },
  { name: 'Nolans', kind: 'deposit', aliases: ['Nolans', 'Nolans Bore'] },
  { name: 'Browns Range', kind: 'deposit', aliases: ['Browns Range'] },
  { name: 'Yangibana', kind: 'deposit', aliases: ['Yangibana'] },
  { name: 'Dubbo', kind: 'deposit', aliases: ['Dubbo Project'] },
  { name: 'Eneabba', kind: 'deposit', aliases: ['Eneabba'] },
  { name: 'Kvanefjeld', kind: 'deposit', aliases: ['Kvanefjeld', 'Kuannersuit'] },
  { name: 'Tanbreez', kind: 'deposit', aliases: ['Tanbreez'] },
  { name: 'Songwe Hill', kind: 'deposit', aliases: ['Songwe Hill', 'Songwe'] },
  { name: 'Longonjo', kind: 'deposit', aliases: ['Longonjo'] },
  { name: 'Phalaborwa', kind: 'deposit', aliases: ['Phalaborwa'] },
  { name: 'Steenkampskraal', kind: 'deposit', aliases: ['Steenkampskraal'] },
  { name: 'Strange Lake', kind: 'deposit', aliases: ['Strange Lake'] },
  { name: 'Nechalacho', kind: 'deposit', aliases: ['Nechalacho'] },
  { name: 'Round Top', kind: 'deposit', aliases: ['Round Top'] },
  { name: 'Bear Lodge', kind: 'deposit', aliases: ['Bear Lodge'] },
  { name: 'Halleck Creek', kind: 'deposit', aliases: ['Halleck Creek'] },
  { name: 'Brook Mine', kind: 'deposit', aliases: ['Brook Mine'] },
  { name: 'Lofdal', kind: 'deposit', aliases: ['Lofdal'] },
  { name: 'Ngualla', kind: 'deposit', aliases: ['Ngualla'] },
  { name: 'Makuutu', kind: 'deposit', aliases: ['Makuutu'] },
  { name: 'Caldeira', kind: 'deposit', aliases: ['Caldeira Project'] },
  { name: 'Pela Ema', kind: 'deposit', aliases: ['Pela Ema'] },
  { name: 'Per Geijer', kind: 'deposit', aliases: ['Per Geijer'] },
  { name: 'Norra Kärr', kind: 'deposit', aliases: ['Norra Kärr', 'Norra Karr'] },
  { name: 'Fen Complex', kind: 'deposit', aliases: ['Fen Complex', 'Fensfeltet'] },
];
