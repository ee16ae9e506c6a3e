/**
 * Bulgarian typed in Latin letters the informal way ("shlyokavitsa"): digits and letters standing
 * for Cyrillic ones, "6" ш, "6t" щ, "4" ч, "q" я, "w" в, "j" ж, "y" ъ, "c" ц ("6tancovane" for
 * щанцоване, "zavarqvane" for заваряване). The lexicon holds the official transliteration
 * (bgToLatin: щ "sht", ъ "a", ц "ts"); these are the official spellings such a word may stand for.
 */
const always: [RegExp, string][] = [
  [/6t/g, "sht"],
  [/6/g, "sh"],
  [/4/g, "ch"],
  [/q/g, "ya"],
  [/w/g, "v"],
  [/x/g, "h"],
];
// Ambiguous letters: "j" is ж in chat but й elsewhere, "y" is ъ in chat but й officially.
const optional: [RegExp, string][] = [
  [/j/g, "zh"],
  [/y/g, "a"],
  [/c(?!h)/g, "ts"],
];

const chatLetters = /[6 4qwxjyc]/;

/** Official transliterations a Latin word typed the informal way may stand for (none if plain). */
export function chatLatinVariants(word: string): string[] {
  if (!/^[a-z0-9]+$/.test(word) || !chatLetters.test(word) || /^\d+$/.test(word)) return [];
  let base = word;
  for (const [pattern, replacement] of always) base = base.replace(pattern, replacement);
  const variants = new Set<string>([base]);
  for (let mask = 1; mask < 1 << optional.length; mask++) {
    let variant = base;
    optional.forEach(([pattern, replacement], i) => {
      if (mask & (1 << i)) variant = variant.replace(pattern, replacement);
    });
    variants.add(variant);
  }
  variants.delete(word);
  return [...variants];
}
