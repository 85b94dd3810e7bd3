/**
 * The key an outlet name is indexed and looked up by: case, diacritics, apostrophe and quote
 * styles, spacing and a leading article do not matter ("People’s Daily", "PEOPLE'S DAILY",
 * "the People's Daily" are one key; "Cānkǎo Xiāoxī" = "Cankao Xiaoxi"). Scripts are kept as they
 * are: 新华社 and ТАСС are keys of their own.
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`´ʼ′]/g, "'")
    .replace(/[«»“”"《》「」]/g, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/[.,:;!?]+$/, '');
}

/**
 * The names a registry outlet is known by: "News agency: Xinhua" → "Xinhua";
 * "China Central Television (CCTV)" → itself, "China Central Television", "CCTV". A parenthesis
 * counts as a name only when it is an acronym: the data's longer parentheses are romanizations or
 * notes, and at least one is attached to the wrong outlet.
 */
export function registryOutletNames(outlet: string): string[] {
  const bare = outlet.replace(/^(?:news agency|print media|print|online|television|radio|tv|web|news site)\s*:\s*/i, '').trim();
  const names = new Set([outlet, bare]);
  const paren = /^(.*?)\s*\(([^()]*)\)?\s*$/.exec(bare);
  if (paren) {
    const head = paren[1]?.trim();
    const inner = paren[2]?.trim() ?? '';
    if (head) names.add(head);
    if (/^[A-Z][A-Za-z0-9-]{1,7}$/.test(inner) && /[A-Z].*[A-Z]/.test(inner)) names.add(inner);
  }
  return [...names].filter((n) => n.length >= 2);
}
