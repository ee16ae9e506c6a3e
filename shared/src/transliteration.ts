/**
 * Bulgarian Streamlined System (Transliteration Act 2009), both ways. Cyrillic → Latin is the
 * official rule; Latin → Cyrillic is its best inverse, used to read Bulgarian typed in Latin
 * letters ("firma za frezovane v sofia").
 */

const toLatin: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l",
  м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "h", ц: "ts", ч: "ch",
  ш: "sh", щ: "sht", ъ: "a", ь: "y", ю: "yu", я: "ya",
};

const isUpper = (c: string) => c !== c.toLowerCase();

/** Cyrillic to Latin; a word-final "ия" is written "ia" (София → Sofia). Other characters stay. */
export function bgToLatin(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const lower = ch.toLowerCase();
    let latin = toLatin[lower];
    if (latin === undefined) {
      out += ch;
      continue;
    }
    const next = text[i + 1]?.toLowerCase();
    const afterNext = text[i + 2];
    if (lower === "и" && next === "я" && (afterNext === undefined || !/\p{L}/u.test(afterNext))) {
      out += isUpper(ch) ? "I" : "i";
      out += isUpper(text[i + 1]!) ? "A" : "a";
      i++;
      continue;
    }
    if (isUpper(ch)) {
      // All-capital word (ЕООД → EOOD) keeps digraphs in capitals; a capitalised one (Жеко → Zheko) does not.
      const neighbour = text[i + 1] ?? text[i - 1] ?? "";
      const wordIsCapitals = /\p{L}/u.test(neighbour) && isUpper(neighbour);
      latin = wordIsCapitals ? latin.toUpperCase() : latin[0]!.toUpperCase() + latin.slice(1);
    }
    out += latin;
  }
  return out;
}

// Longest Latin sequences first, so "sht" wins over "sh" + "t".
const fromLatin: [string, string][] = [
  ["sht", "щ"], ["zh", "ж"], ["ts", "ц"], ["ch", "ч"], ["sh", "ш"], ["yu", "ю"], ["ya", "я"], ["ia", "ия"],
  ["a", "а"], ["b", "б"], ["v", "в"], ["g", "г"], ["d", "д"], ["e", "е"], ["z", "з"], ["i", "и"],
  ["y", "й"], ["k", "к"], ["l", "л"], ["m", "м"], ["n", "н"], ["o", "о"], ["p", "п"], ["r", "р"],
  ["s", "с"], ["t", "т"], ["u", "у"], ["f", "ф"], ["h", "х"], ["c", "ц"], ["w", "в"], ["x", "кс"], ["q", "к"],
];

/**
 * Latin to Cyrillic, lower case. Ambiguous letters take their most frequent reading
 * ("a" → а, never ъ; "y" → й), which is what fuzzy matching against real words needs.
 */
export function latinToBg(text: string): string {
  const lower = text.toLowerCase();
  let out = "";
  let i = 0;
  while (i < lower.length) {
    const match = fromLatin.find(([latin]) => lower.startsWith(latin, i));
    if (match && !(match[0] === "ia" && /\p{L}/u.test(lower[i + 2] ?? ""))) {
      out += match[1];
      i += match[0].length;
    } else if (match && match[0] === "ia") {
      out += "и";
      i += 1;
    } else {
      out += lower[i];
      i++;
    }
  }
  return out;
}

export function hasCyrillic(text: string): boolean {
  return /[\u0400-\u04FF]/.test(text);
}
