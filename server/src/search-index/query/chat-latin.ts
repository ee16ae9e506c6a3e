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

// Only a word with a digit or a "q", which no word of the other four languages has, is read this
// way: each spelling tried costs a pass over the vocabulary.
const chatLetters = /[64q]/;

/** Official transliterations a Latin word typed the informal way may stand for (none if plain). */
export function chatLatinVariants(word: string): string[] {
  if (!/^[a-z0-9]+$/.test(word) || !chatLetters.test(word) || /^\d+$/.test(word)) return [];
  let base = word;
  for (const [pattern, replacement] of always) base = base.replace(pattern, replacement);
  // The unambiguous replacements alone, and with every ambiguous one too: two spellings, not all
  // combinations, so an unknown word costs at most two more passes.
  let full = base;
  for (const [pattern, replacement] of optional) full = full.replace(pattern, replacement);
  const variants = new Set<string>([base, full]);
  variants.delete(word);
  return [...variants];
}
