/**
 * The wording around a name that makes it a relay, as precompiled patterns. Each runs on a short,
 * bounded slice next to a name (≤ 120 characters) or sticky at one position, with bounded
 * repetitions only, so detection stays linear in the text whatever the input.
 */

/** Words that may stand between a reporting verb and the name: "according to China's state news agency Xinhua". */
const DESCRIPTOR = String.raw`(?:the|a|an|its|their|China's|Chinese|Russia's|Russian|Beijing's|Moscow's|Kremlin's|Iran's|Iranian|Turkey's|Turkish|Qatar's|Qatari|North Korea's|North Korean|Syrian|Cuban|Venezuelan|Belarusian|state|state-run|state-owned|state-controlled|state-backed|state-affiliated|state-funded|state-sponsored|government-run|government-owned|government-controlled|government-backed|Kremlin-backed|Kremlin-controlled|Kremlin-funded|pro-Kremlin|official|Communist Party's|Communist Party|Communist|party-run|party-controlled|party|nationalist|hawkish|influential|English-language|Chinese-language|Russian-language|tabloid|mouthpiece|flagship|news|newswire|wire|agency|newspaper|paper|daily|broadcaster|television|TV|channel|radio|outlet|media|website|site|portal|service|magazine|journal)`;
const DESCRIPTORS = String.raw`(?:${DESCRIPTOR}[\s,]+){0,7}`;
/** Names are often quoted or italicized into quotes: according to the "Global Times". */
const OPEN_QUOTE = String.raw`(?:["«]\s*)?`;

const PRE_VERB = [
  'according to', 'told', 'tells', 'telling', 'speaking to', 'spoke to', 'talking to', 'talked to', 'said to',
  'in comments to', 'comments to', 'in remarks to', 'interview with', 'interviewed by', 'reported by',
  'cited by', 'quoted by', 'quoting', 'citing', 'cites', 'cited', 'quotes', 'quoted', 'published by',
  'republished by', 'republished in', 'reprinted by', 'reprinted in', 'reproduced by', 'relayed by', 'reposted by', 'syndicated by',
  'published in', 'published on', 'carried by', 'carried in', 'ran in', 'appeared in', 'wrote in', 'writing in',
  'wrote for', 'writing for', 'writes in', 'said in', 'says in', 'said on', 'reports? (?:by|from|in|on)',
  'reported (?:in|on)', 'editorial (?:in|by|from)', 'commentary (?:in|by|from|carried by)', 'article (?:in|by|from)',
  'op-ed in', 'column in', 'piece (?:in|by)', 'dispatch (?:from|by)', 'statement to', 'data from', 'figures from',
  'survey by', 'footage (?:from|aired by)', 'aired on', 'broadcast (?:on|by)', 'shown on', 'via', 'per',
].join('|');

/** "according to the state-run Global Times", "told state broadcaster CCTV". */
export const PRE_FRAME = new RegExp(String.raw`(?:^|[^\p{L}])(?:${PRE_VERB})\s+${DESCRIPTORS}${OPEN_QUOTE}$`, 'iu');

/**
 * A frame that names an outlet as the carrier of someone else's text: "This Reuters report was
 * carried by CGTN", "republished by the Global Times", "via Xinhua". With an independent wire's
 * dateline or credit in the article, the outlet only carried the wire.
 */
export const CARRIER_FRAME = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:(?:as\s+)?(?:carried|republished|reproduced|reprinted|distributed|syndicated|relayed|reposted)\s+(?:by|on|in)|via)\s+${DESCRIPTORS}${OPEN_QUOTE}$`,
  'iu',
);

/** A state descriptor alone is a relay frame: "the state-run Global Times", "Kremlin-backed RT". */
export const STATE_DESCRIPTOR_FRAME = new RegExp(
  String.raw`(?:^|[^\p{L}-])(?:(?:state|government|Kremlin|party|Communist Party)[- ](?:run|owned|controlled|backed|affiliated|funded|sponsored|media|broadcaster|news agency|television|TV|newspaper|tabloid|outlet|mouthpiece|daily)|official news agency|official media|mouthpiece)\s+${DESCRIPTORS}${OPEN_QUOTE}$`,
  'iu',
);

const AFTER_VERB = String.raw`reported|reports|reporting|said|says|quoted|quotes|quoting|cited|cites|citing|wrote|writes|added|noted|claimed|claims|stated|states|published|publishes|carried|announced|confirmed|revealed|commented|editorialized|aired|broadcast|learned`;
const AFTER_FILLER = String.raw`(?:has|had|have|also|earlier|previously|first|later|separately|again|recently|late|early|on\s+\p{Lu}\p{Ll}+|last\s+\p{Ll}+|this\s+\p{Ll}+|\p{Ll}+ly)`;
const AFTER_NOUN = String.raw`report|reports|reporting|reporter|reporters|correspondent|editorial|commentary|article|interview|dispatch|website|account|data|survey|footage|broadcast|coverage|analysis`;

/**
 * Sticky after the name: "Xinhua reported", "Global Times, a state-run tabloid, said", "TASS's
 * report", "The Global Times (环球时报) reported" (a short parenthesis: the name in its own script).
 */
export const AFTER_FRAME = new RegExp(
  String.raw`["»]?(?:\s*[(（][^()（）]{1,40}[)）])?(?:'s?\s+(?:own\s+)?(?:${AFTER_NOUN})\b|(?:,\s[^,.;:!?]{1,100},)?\s+(?:${AFTER_FILLER}\s+){0,3}(?:${AFTER_VERB})\b)`,
  'uy',
);

/** A byline block: "By Zhang Wei in Beijing | China Daily | Updated: 2025-10-09". */
export const BYLINE =
  /^\s*(?:(?:[Bb]y|BY|[Ww]ritten by|[Rr]eported by)\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3}(?:\s*[|,—–/]|\s+in\s|\s+and\s)|(?:[Rr]eporter|作者|记者)\s*[:：])/u;
export const BYLINE_MAX_LENGTH = 160;

/** Sticky after the name: "Xinhua contributed to this report". */
export const CONTRIBUTED_FRAME = /\s+contributed\s+(?:to\s+)?(?:this|the)\s+(?:report|story|article)/y;

/** A credit label before the name in the same sentence: "Source: Xinhua", "Source: Reuters, Xinhua". */
export const CREDIT_LABEL = new RegExp(
  String.raw`(?:^|[\s(\[（【])(?:sources?|credits?|courtesy(?:\s+of)?|content\s+(?:from|by|provided\s+by)|(?:additional\s+|with\s+)?reporting\s+(?:by|from)|originally\s+(?:published|appeared)\s+(?:by|in|on|at)|(?:this|the)\s+(?:article|story|report|piece|item|news\s+item|content|news|material)\s+(?:was\s+|is\s+|has\s+been\s+)?(?:first\s+|originally\s+)?(?:published|appeared|ran|produced|provided|supplied|written|republished|reproduced|reprinted)\s+(?:by|in|on|at|from)|(?:originates|originated|comes|came)\s+from|republished\s+(?:from|with\s+permission\s+(?:from|of))|reprinted\s+(?:from|with\s+permission\s+(?:from|of))|reproduced\s+from|syndicated\s+from|distributed\s+by|on\s+behalf\s+of|(?:copyright\s*)?(?:©|\(c\)|copyright)(?:\s*\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?|来源|來源|稿源|消息来源|文章来源|本文来源|转自|轉自|转载自|轉載自|источник|출처)\s*[:：]?\s*${DESCRIPTORS}(?:[^.;!?。:：]{0,40}?(?:,|/|&|\sand)\s*${DESCRIPTORS})?${OPEN_QUOTE}$`,
  'iu',
);

/** A photo label before the name in the same sentence: "Photo: Li Xin/Xinhua", "Photo by … /TASS". */
export const PHOTO_LABEL = new RegExp(
  String.raw`(?:^|[\s(\[（【])(?:photo|photos|photograph|image|images|picture|pictures|pic|file photo|photo credit|video|graphic|illustration|图片来源|图片|图|摄影|圖片|圖|攝影|фото|사진)(?:\s*[:：/=]|\s+(?:by|credit|courtesy(?:\s+of)?|from|via)\b)[^.;。]{0,60}$`,
  'iu',
);

/** Sticky after the name: "Xinhua Photo", "AP Photo/…", "TASS photo". */
export const PHOTO_AFTER = /\s+(?:photo|photos|pic)\b/iy;

/** "(Xinhua/Li Xin)", "(Li Xin/Xinhua)": the agency/photographer credit under a picture. */
export const SLASH_CREDIT_BEFORE = /[(（][^()（）.;]{1,40}\/\s*$/u;
export const SLASH_CREDIT_AFTER = /\s*\/[^()（）.;]{1,40}[)）]/uy;

/** Photographer and agency glued by a slash: "Benoit Tessier/Reuters", "JIM WATSON/AFP/Getty Images". */
export const SLASH_NAME_BEFORE = /\p{L}\/$/u;
export const SLASH_NAME_AFTER = /\/\s?\p{Lu}/uy;

/**
 * What may stand before "(Xinhua)" or "/TASS/" in a dateline, whole: nothing, or the place in
 * capitals ("BEIJING", "UNITED NATIONS", "МОСКВА") and a date ("Oct. 9", "3 марта").
 */
export const DATELINE_PREFIX =
  /^\s*(?:[\p{Lu}][\p{Lu}\p{M}.'-]+(?:\s+[\p{Lu}\p{M}.'-]+){0,3}(?:\s*,\s*(?:\p{L}+\.?\s+\d{1,2}|\d{1,2}\s+\p{L}+\.?)(?:\s*,?\s*\d{4})?)?\.?)?\s*$/u;
/** After "(Xinhua)" or "/TASS/": the dash or period that ends a dateline. */
export const DATELINE_END = /\s*(?:--|—|–|-|\.|:)/y;
/** Chinese datelines: 新华社北京10月9日电. */
export const CJK_DATELINE_AFTER = /\p{Script=Han}{0,10}\d{1,2}月\d{1,2}日(?:电|讯|電|訊)/uy;

/**
 * Chinese (simplified and traditional) and Japanese frames around a name: 据新华社报道,
 * 據新華社報導, 来源：新华社, 新华社记者…摄, 新華社によると, 人民日報が報じた.
 */
export const CJK_PRE_ATTRIBUTION = /(?:据|據|根据|根據|援引|引述|引用|综合|綜合)\s*[《“"「]?\s*$/u;
export const CJK_PRE_CREDIT = /(?:来源|來源|稿源|转自|轉自|转载自|轉載自)\s*[:：]?\s*[《“"「]?\s*$/u;
export const CJK_AFTER_ATTRIBUTION =
  /[》”"」]?\s*(?:报道|報道|報導|消息|称|稱|表示|评论|評論|社论|社論|发布|發布|发表|發表|刊发|刊發|刊文|文章|援引|指出|讯|訊|记者|記者|によると|によれば|が報じ|は報じ|が伝え|は伝え|の報道)/uy;
export const CJK_PHOTO_AFTER = /[^。，,；;]{0,14}[摄攝]/uy;

/** Korean frames after a name (particles glue to it): 신화통신에 따르면, 신화통신은 …보도했다, (서울=연합뉴스). */
export const KO_AFTER_ATTRIBUTION = /(?:\s*보도)?(?:에\s*따르면|(?:이|가|은|는|도)\s[^.!?。]{0,80}?(?:보도했|보도하|전했|밝혔|보도))/uy;
export const KO_DATELINE_BEFORE = /^\s*[(（][^()（）=\s]{1,12}=\s*$/u;
export const KO_DATELINE_AFTER = /\s*[)）]/uy;

/** Russian frames: сообщает ТАСС, по данным РИА Новости, ТАСС сообщает. */
export const RU_PRE_ATTRIBUTION =
  /(?:сообща[ею]т|сообщил[аои]?|сообщили|переда[её]т|передал[аи]?|пишет|писал[аои]?|по данным|по информации|по сообщению|рассказал[аи]?|заявил[аи]?|сказал[аи]?|в интервью|в беседе с|со ссылкой на|цитирует)\s+(?:агентств[оау]\s+|информагентств[оау]\s+|телеканал[уа]?\s+|газет[аеуы]\s+|издани[еюя]\s+)?[«"]?$/iu;
export const RU_AFTER_ATTRIBUTION = /[»"]?,?\s*(?:сообща[ею]т|сообщил[аои]?|сообщили|переда[её]т|пишет|со ссылкой|цитирует|отмечает)/iuy;

/** A word before a name that does not make it part of a longer name ("The", "China's", "Monday"). */
export const PREVIOUS_WORD_ALLOWED = new Set(
  (
    'The A An And But Or As Also Meanwhile However Earlier Later Yesterday Today Separately Citing Quoting Via Per ' +
    'Told Source Sources Credit Credits Photo Photos Image Courtesy Video Chinese Russian Iranian Turkish Qatari ' +
    'Syrian Cuban Venezuelan Belarusian Malaysian Egyptian Korean North Emirati Spanish British German ' +
    'Indonesian Japanese Pro-Kremlin Kremlin-backed Kremlin-controlled Kremlin-funded Beijing-backed State ' +
    'State-run State-owned State-controlled Official Party Communist Reporting Additional Editing Writing ' +
    'Speaking Talking Asked In On At By From For To With When While After Before Under Both Only Even Unlike ' +
    'Like Some Most Several Report Reports Reporter Reporters Editor Editors Commentator Monday Tuesday ' +
    'Wednesday Thursday Friday Saturday Sunday January February March April May June July August September ' +
    'October November December Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec.'
  ).split(' '),
);

/** A capitalized word right after a name that does not make it a longer name ("Xinhua Monday said"). */
export const NEXT_WORD_ALLOWED = new Set(
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday On Earlier Later Also'.split(' '),
);
