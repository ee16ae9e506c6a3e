import { latinToBg } from "@cluster-match/shared";

/**
 * Bulgarian places in Cyrillic. GeoNames writes them romanised (the Streamlined System, with ŭ
 * for ъ in a few older names); reading the romanisation back is unambiguous except for "a",
 * which is а or ъ, and for the capital letter of the second word ("Сапарева баня"). Those names
 * are listed here; every other one is the inverse of the romanisation.
 */
const spelledOut: Record<string, string> = {
  "Balgarevo": "Българево",
  "Bobov Dol": "Бобов дол",
  "Byala Cherkva": "Бяла черква",
  "Cherven Bryag": "Червен бряг",
  "Dalgopol": "Дългопол",
  "Dolna Banya": "Долна баня",
  "Dolni Chiflik": "Долни чифлик",
  "Dolni Dabnik": "Долни Дъбник",
  "Dve Mogili": "Две могили",
  "Garmen": "Гърмен",
  "Gyovren": "Гьоврен",
  "Iskar": "Искър",
  "Kardzhali": "Кърджали",
  "Kazanlak": "Казанлък",
  "Malko Tarnovo": "Малко Търново",
  "Mineralni Bani": "Минерални бани",
  "Nesebar": "Несебър",
  "Novi Pazar": "Нови пазар",
  "Novo Selo": "Ново село",
  "Parvomay": "Първомай",
  "Parvomaytsi": "Първомайци",
  "Pavel Banya": "Павел баня",
  "Polski Trambesh": "Полски Тръмбеш",
  "Saedinenie": "Съединение",
  "Sapareva Banya": "Сапарева баня",
  "Sarnitsa": "Сърница",
  "Slivo Pole": "Сливо поле",
  "Targovishte": "Търговище",
  "Tran": "Трън",
  "Tvarditsa": "Твърдица",
  "Valchedram": "Вълчедръм",
  "Valchidol": "Вълчи дол",
  "Varbitsa": "Върбица",
  "Zlatni Pyasatsi": "Златни пясъци",
};

/** The Latin form of a GeoNames Bulgarian name as the Streamlined System writes it (ŭ → a, kh → h). */
export function streamlinedLatin(geonamesName: string): string {
  return geonamesName.replace(/ŭ/g, "a").replace(/Ŭ/g, "A").replace(/kh/g, "h").replace(/Kh/g, "H");
}

/** A private-use character that the inverse romanisation passes through untouched. */
const placeholder = "\uE000";

/** The Cyrillic name of a Bulgarian place from its GeoNames (romanised) name. */
export function bulgarianCyrillic(geonamesName: string): string {
  const latin = streamlinedLatin(geonamesName);
  const listed = spelledOut[latin];
  if (listed) return listed;
  // ŭ is the one unambiguous mark of ъ: keep it through the inverse as a placeholder.
  return geonamesName
    .replace(/kh/gi, "h")
    .split(/(\s+|-)/)
    .map((word) => {
      if (!/\p{L}/u.test(word)) return word;
      const cyrillic = latinToBg(word.replace(/ŭ/gi, placeholder)).replaceAll(placeholder, "ъ");
      return cyrillic.charAt(0).toUpperCase() + cyrillic.slice(1);
    })
    .join("");
}
