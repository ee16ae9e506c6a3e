/**
 * The light Bulgarian stemmer of J. Savoy ("Searching strategies for the Bulgarian language",
 * Information Retrieval 10, 2007), as Lucene's BulgarianStemmer implements it: definite articles,
 * plurals and the final vowel are removed ("заваряването" and "заваряване" → "заварян",
 * "неръждаеми" and "неръждаема" → "неръждаем"). No maintained package on the npm registry has a
 * Bulgarian stemmer; this is a port of Lucene's (Apache-2.0). Input in lower case.
 */
export function bulgarianStem(word: string): string {
  let s = word;
  if (s.length < 4) return s;
  if (s.length > 5 && s.endsWith("ища")) return s.slice(0, -3);
  s = removeArticle(s);
  s = removePlural(s);
  if (s.length > 3) {
    if (s.endsWith("я")) s = s.slice(0, -1);
    if (s.endsWith("а") || s.endsWith("о") || s.endsWith("е")) s = s.slice(0, -1);
  }
  if (s.length > 4 && s.endsWith("ен")) s = `${s.slice(0, -2)}н`;
  if (s.length > 5 && s.at(-2) === "ъ") s = `${s.slice(0, -2)}${s.at(-1)}`;
  return s;
}

function removeArticle(s: string): string {
  if (s.length > 6 && s.endsWith("ият")) return s.slice(0, -3);
  if (s.length > 5 && ["ът", "то", "те", "та", "ия"].some((e) => s.endsWith(e))) return s.slice(0, -2);
  if (s.length > 4 && s.endsWith("ят")) return s.slice(0, -2);
  return s;
}

function removePlural(s: string): string {
  if (s.length > 6) {
    if (s.endsWith("овци")) return s.slice(0, -3);
    if (s.endsWith("ове")) return s.slice(0, -3);
    if (s.endsWith("еве")) return `${s.slice(0, -3)}й`;
  }
  if (s.length > 5) {
    if (s.endsWith("ища")) return s.slice(0, -3);
    if (s.endsWith("та")) return s.slice(0, -2);
    if (s.endsWith("ци")) return `${s.slice(0, -2)}к`;
    if (s.endsWith("зи")) return `${s.slice(0, -2)}г`;
    if (s.at(-3) === "е" && s.at(-1) === "и") return `${s.slice(0, -3)}я${s.at(-2)}`;
  }
  if (s.length > 4) {
    if (s.endsWith("си")) return `${s.slice(0, -2)}х`;
    if (s.endsWith("и")) return s.slice(0, -1);
  }
  return s;
}
