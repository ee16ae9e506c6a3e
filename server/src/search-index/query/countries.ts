/**
 * Country names as buyers type them in the five languages: names, adjectives and the inflected
 * forms that follow prepositions ("aus Bulgarien", "w Polsce", "Magyarországon"). Matching also
 * accepts short suffixes after any of these, so "Bulgáriából" and "Bułgarii" need no entry.
 */
export const countryNames: Record<string, string[]> = {
  BG: ["Bulgaria", "Bulgarian", "България", "Българска", "български", "българска", "Bulgarien", "bulgarisch", "bulgarische", "bulgarischen", "Bułgaria", "Bułgarii", "bułgarski", "bułgarska", "Bulgária", "bolgár"],
  DE: ["Germany", "German", "Германия", "германски", "Deutschland", "deutsch", "deutsche", "deutschen", "Niemcy", "Niemczech", "Niemiec", "niemiecki", "niemiecka", "Németország", "német"],
  AT: ["Austria", "Austrian", "Австрия", "австрийски", "Österreich", "österreichisch", "österreichische", "österreichischen", "Austrii", "austriacki", "austriacka", "Ausztria", "osztrák"],
  PL: ["Poland", "Polish", "Полша", "полски", "Polen", "polnisch", "polnische", "polnischen", "Polska", "Polsce", "Polski", "polska", "Lengyelország", "lengyel"],
  HU: ["Hungary", "Hungarian", "Унгария", "унгарски", "Ungarn", "ungarisch", "ungarische", "ungarischen", "Węgry", "Węgrzech", "Węgier", "węgierski", "węgierska", "Magyarország", "magyar"],
  RO: ["Romania", "Romanian", "Румъния", "Rumänien", "Rumunia", "Rumunii", "Románia"],
  GR: ["Greece", "Greek", "Гърция", "Griechenland", "Grecja", "Grecji", "Görögország"],
  CZ: ["Czechia", "Czech Republic", "Чехия", "Tschechien", "Czechy", "Czechach", "Csehország"],
  SK: ["Slovakia", "Словакия", "Slowakei", "Słowacja", "Słowacji", "Szlovákia"],
  IT: ["Italy", "Italian", "Италия", "Italien", "Włochy", "Włoszech", "Olaszország"],
  FR: ["France", "French", "Франция", "Frankreich", "Francja", "Francji", "Franciaország"],
  NL: ["Netherlands", "Dutch", "Нидерландия", "Niederlande", "Holandia", "Holandii", "Hollandia"],
  RS: ["Serbia", "Serbian", "Сърбия", "Serbien", "Serbia", "Serbii", "Szerbia"],
  TR: ["Turkey", "Türkiye", "Turkish", "Турция", "Türkei", "Turcja", "Turcji", "Törökország"],
  CH: ["Switzerland", "Swiss", "Швейцария", "Schweiz", "Szwajcaria", "Szwajcarii", "Svájc"],
};
