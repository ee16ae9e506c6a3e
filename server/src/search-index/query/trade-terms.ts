import type { ExtraTerm } from "../extra-terms.ts";

type Phrases = Partial<Record<"bg" | "en" | "de" | "pl" | "hu", string[]>>;

/**
 * Trade vocabulary beyond the taxonomy's synonyms: how workshops, buyers and catalogues name a
 * capability, material or certification (product words, shop names, adjectives, national names).
 * A phrase belongs here only when it clearly means that one code.
 *
 * Where the words come from: how firms in the five countries describe themselves (shop-type
 * nouns: "Dreherei", "spawalnia", "öntöde", "леярна"; contract-work words: "Lohnhärterei",
 * "bérköszörülés", "na zlecenie"), how purchasers and procurement notices name what they buy
 * (product words: "turned parts", "Stanzteile", "odkuwki", "металоконструкции"), catalogue names
 * of machines and processes ("press brake", "Langdreher", "tokarka karuzelowa"), material trade
 * names and grades ("V2A", "Niro", "S355", "PEEK") and national forms of standards ("PN-EN ISO").
 * Not here: words that describe any firm ("production", "Teile", "obróbka", "gyártás", "services"):
 * they would turn into broad filters. Forms close to a listed one (inflections, plural) need not
 * be listed: the parser matches them; Bulgarian phrases are also read in Latin letters.
 */
const capabilities: Record<string, Phrases> = {
  // ── Machining ──
  MACH: {
    en: ["machine shop", "machined components", "CNC machined parts", "precision engineering", "turned and milled parts"],
    de: ["Zerspanungsbetrieb", "mechanische Bearbeitung", "spanabhebende Bearbeitung", "Präzisionsmechanik", "Feinmechanik", "Dreh- und Frästeile"],
    pl: ["usługi tokarsko-frezarskie", "obróbka ubytkowa", "obróbka precyzyjna"],
    hu: ["forgácsoló üzem", "bérforgácsolás", "forgácsolt alkatrészek", "forgácsolóműhely"],
    bg: ["механичен цех", "обработка на метали", "машинна обработка", "стругово-фрезова обработка"],
  },
  "MACH.CNC_MILLING": {
    en: ["milled components", "CNC milled parts", "3-axis milling", "vertical machining centre"],
    de: ["Fräserei", "Lohnfräsen", "gefräste Teile", "Fräsarbeiten", "3-Achs-Fräsen"],
    pl: ["usługi frezarskie", "detale frezowane", "części frezowane", "frezowanie na zlecenie", "obróbka frezarska"],
    hu: ["marott alkatrészek", "marási munkák", "bérmarás"],
    bg: ["фрезова обработка", "CNC фреза"],
  },
  "MACH.CNC_5AXIS": {
    en: ["five-axis milling", "5-axis CNC", "3+2 machining"],
    de: ["Fünfachsfräsen", "5-Achs-Simultanfräsen", "5-Achs-Frästeile"],
    pl: ["frezowanie pięcioosiowe", "centrum pięcioosiowe", "5-osiowe centrum obróbcze"],
    hu: ["öttengelyes marás", "5 tengelyes CNC", "5 tengelyes megmunkálóközpont"],
    bg: ["5-осна CNC обработка"],
  },
  "MACH.CNC_TURNING": {
    en: ["turned components", "CNC turned parts", "CNC lathe"],
    de: ["Dreherei", "Lohndreherei", "gedrehte Teile", "Drehteilefertigung", "Dreharbeiten"],
    pl: ["toczenie na zlecenie", "usługi tokarskie", "obróbka tokarska", "detale toczone", "tokarstwo"],
    hu: ["esztergályos munkák", "esztergályozás", "esztergáló üzem", "béresztergálás"],
    bg: ["стругарски цех", "CNC струг", "стругарска обработка", "стругарство"],
  },
  "MACH.SWISS_TURNING": {
    en: ["Swiss screw machining", "Swiss-type lathes"],
    de: ["Langdreherei", "Langdreher", "Automatendreherei", "Automatendrehteile"],
    pl: ["tokarki wzdłużne", "automaty tokarskie"],
    hu: ["automata esztergálás", "esztergaautomaták", "automataeszterga"],
    bg: ["автоматно струговане", "стругови автомати"],
  },
  "MACH.GRINDING": {
    en: ["precision grinding", "OD grinding", "ID grinding", "jig grinding", "honing", "lapping"],
    de: ["Schleiferei", "Lohnschleiferei", "Innenrundschleifen", "Außenrundschleifen", "Präzisionsschleifen", "Koordinatenschleifen", "Honen", "Läppen"],
    pl: ["szlifowanie precyzyjne", "szlifowanie na zlecenie", "honowanie"],
    hu: ["bérköszörülés", "furatköszörülés", "precíziós köszörülés", "köszörűüzem", "hónolás"],
    bg: ["прецизно шлифоване", "шлифовъчни услуги", "хонинговане"],
  },
  "MACH.EDM": {
    en: ["ram EDM", "spark machining"],
    de: ["Funkenerodieren", "Senkerosion", "Lohnerodieren", "Erodiertechnik", "Startlochbohren"],
    pl: ["drążenie elektroerozyjne", "erodowanie", "elektroerozja"],
    hu: ["szikrázás", "elektroeróziós megmunkálás", "süllyesztő szikraforgácsolás"],
    bg: ["ерозийна обработка", "обемна ерозия"],
  },
  "MACH.WIRE_EDM": {
    en: ["wire-cut EDM", "wire spark erosion", "wire eroding"],
    de: ["Drahtfunkenerosion", "Schneiderodieren"],
    pl: ["cięcie drutem", "wycinarka drutowa", "elektroerozja drutowa", "drążenie drutowe"],
    hu: ["huzalos szikrázás", "huzalszikraforgácsolás", "huzalvágás"],
    bg: ["телена ерозия", "ерозия с тел"],
  },
  "MACH.GEAR_CUTTING": {
    en: ["gears", "spur gears", "helical gears", "bevel gears", "gear grinding", "spline cutting", "sprockets"],
    de: ["Zahnräder", "Stirnräder", "Kegelräder", "Kettenräder", "Verzahnungsteile", "Verzahnungsschleifen", "Wälzstoßen", "Lohnverzahnung", "Verzahnungstechnik"],
    pl: ["koła zębate", "kół zębatych", "frezowanie kół zębatych", "szlifowanie kół zębatych"],
    hu: ["fogaskerék", "fogaskerékköszörülés", "kúpkerekek", "lánckerekek"],
    bg: ["зъбни колела", "зъбошлифоване", "зъбонарязване"],
  },
  "MACH.LARGE_PARTS": {
    en: ["large component machining", "VTL turning", "vertical turning lathe", "boring mill"],
    de: ["Großteilebearbeitung", "Großteilzerspanung", "Karusselldrehen", "Bohrwerk", "Schwerzerspanung"],
    pl: ["obróbka dużych gabarytów", "toczenie karuzelowe", "tokarka karuzelowa", "detale wielkogabarytowe"],
    hu: ["karusszelesztergálás", "karusszel eszterga", "fúróműves megmunkálás"],
    bg: ["каруселен струг", "струговане на карусел"],
  },

  // ── Sheet metal and forming ──
  SHEET: {
    en: ["sheet metal shop", "sheet metal parts", "sheetmetal", "metal spinning", "tube bending"],
    de: ["Blechverarbeitung", "Blechbearbeitungsbetrieb", "Blechtechnik", "Blechfertigung", "Blechbaugruppen", "Feinblechbearbeitung", "Umformteile", "Rollformen", "Rohrbiegen", "Metalldrücken", "Bearbeitung von Blechen"],
    pl: ["detale blaszane", "elementy z blachy", "blacharstwo przemysłowe", "profilowanie blach", "walcowanie blach", "wyoblanie"],
    hu: ["lemezalakítás", "lemezmegmunkáló üzem", "lemezipari alkatrészek", "csőhajlítás", "lemezhengerítés", "fémnyomás"],
    bg: ["ламаринени детайли", "изделия от ламарина", "огъване на тръби", "валцоване на ламарина", "профилиране на ламарина"],
  },
  "SHEET.LASER_CUTTING": {
    en: ["laser cut blanks", "laser profiling", "laser cutter", "flatbed laser", "laser cut components"],
    de: ["lasergeschnittene Teile", "Laserschneidteile", "Laserschnitt"],
    pl: ["detale cięte laserem", "wykroje laserowe", "cięcie laserem na zlecenie"],
    hu: ["lézervágott alkatrészek", "lézeres lemezvágás"],
    bg: ["лазерно изрязани детайли", "лазерен разкрой", "лазерно изрязване"],
  },
  "SHEET.TUBE_LASER": {
    en: ["laser tube cutting", "tube lasering"],
    de: ["Rohrlaserteile", "Laserrohrschneiden", "Profillaserschneiden"],
    pl: ["cięcie rur laserem", "wycinanie rur laserem", "laser rurowy"],
    hu: ["lézeres csővágás"],
    bg: ["тръбен лазер"],
  },
  "SHEET.PLASMA_CUTTING": {
    en: ["plasma profiling", "plasma cutter", "plasma cut parts"],
    de: ["Plasmaschnitt", "Plasmaschneidteile"],
    pl: ["detale cięte plazmą", "wycinanie plazmą"],
    hu: ["plazmavágott alkatrészek", "plazmasugaras vágás"],
    bg: ["плазмено изрязване", "плазмен разкрой", "плазмено изрязани детайли"],
  },
  "SHEET.WATERJET": {
    en: ["waterjet cut parts", "water jet cutter", "AWJ cutting"],
    de: ["Wasserstrahlschnitt", "Wasserschneiden", "wasserstrahlgeschnittene Teile"],
    pl: ["cięcie wodne", "wycinanie wodą"],
    hu: ["vízsugárvágás"],
    bg: ["водоструйно изрязване", "хидроабразивно рязане"],
  },
  "SHEET.BENDING": {
    en: ["bending", "press brake", "press braking", "brake forming"],
    de: ["Kantteile", "Abkantteile", "Biegeteile", "Schwenkbiegen", "Gesenkbiegen", "Blechkanten"],
    pl: ["gięcie", "detale gięte", "gięcie blach na zlecenie", "giętarka krawędziowa"],
    hu: ["hajlítás", "élhajlított alkatrészek", "abkantolás", "élhajlítógép"],
    bg: ["огъване", "абкантиране", "огъваща преса", "огънати детайли"],
  },
  "SHEET.STAMPING": {
    en: ["stampings", "pressings", "metal pressings", "press shop", "blanking", "progressive die stamping", "punched parts", "turret punching"],
    de: ["Stanzerei", "Lohnstanzerei", "Presswerk", "Pressteile", "Feinschneiden", "Folgeverbundstanzen", "gestanzte Teile", "Nibbeln"],
    pl: ["tłocznia", "detale tłoczone", "elementy tłoczone", "tłoczenie na zlecenie"],
    hu: ["sajtolóüzem", "présüzem", "lyukasztás", "finomkivágás"],
    bg: ["пресов цех", "щанцова преса", "револверна преса"],
  },
  "SHEET.DEEP_DRAWING": {
    en: ["deep drawn components", "deep drawn shells"],
    de: ["Tiefzieherei", "tiefgezogene Teile", "Tiefziehtechnik"],
    pl: ["głęboko tłoczone detale"],
    hu: ["mélysajtolás", "mélyhúzó prés"],
    bg: ["дълбоко изтеглени детайли"],
  },

  // ── Welding and joining ──
  JOIN: {
    en: ["weldments", "welding shop", "welded fabrications", "welded components"],
    de: ["Schweißerei", "Schweißbetrieb", "Schweißfachbetrieb", "Schweißkonstruktionen", "Schweißteile", "geschweißte Bauteile", "Lohnschweißen", "Schweißarbeiten"],
    pl: ["spawalnia", "elementy spawane", "zespoły spawane", "spawanie na zlecenie", "spawalnictwo", "prace spawalnicze"],
    hu: ["hegesztőüzem", "hegesztőműhely", "hegesztett alkatrészek", "bérhegesztés", "hegesztett részegységek"],
    bg: ["заваръчен цех", "заварени възли", "заварени детайли"],
  },
  "JOIN.MIG_MAG": {
    en: ["flux-cored welding", "FCAW", "semi-automatic welding", "CO2 welding"],
    de: ["MIG-Schweißen", "Fülldrahtschweißen", "Metallaktivgasschweißen", "Metallinertgasschweißen", "CO2-Schweißen"],
    pl: ["spawanie MIG", "spawanie migomatem", "spawanie drutem proszkowym", "spawanie metodą 131", "spawanie metodą 136", "spawanie w osłonie CO2"],
    hu: ["védőgázas hegesztés", "CO2 hegesztés", "MIG hegesztés", "porbeles huzalos hegesztés"],
    bg: ["МАГ заваряване", "МИГ заваряване"],
  },
  "JOIN.TIG": {
    en: ["argon welding", "tungsten inert gas welding", "orbital welding"],
    de: ["Argonschweißen", "Orbitalschweißen"],
    pl: ["spawanie argonem", "spawanie orbitalne"],
    hu: ["argonos hegesztés", "orbitális hegesztés"],
    bg: ["ТИГ заваряване", "орбитално заваряване"],
  },
  "JOIN.ROBOTIC_WELDING": {
    en: ["cobot welding"],
    de: ["robotergestütztes Schweißen", "Cobot-Schweißen", "Roboterschweißanlagen", "Robotschweißen"],
    pl: ["cobot spawalniczy"],
    hu: ["robotizált hegesztés", "automata hegesztés", "kobot hegesztés"],
    bg: ["роботизирана заварка", "заваряване с кобот"],
  },
  "JOIN.SPOT_WELDING": {
    en: ["seam welding", "spot welded assemblies"],
    de: ["Rollennahtschweißen", "Widerstandsschweißtechnik"],
    hu: ["ellenálláshegesztés", "görgős varrathegesztés"],
    bg: ["шевно заваряване"],
  },
  "JOIN.LASER_WELDING": {
    en: ["laser welded parts", "laser seam welding", "laser welder", "handheld laser welding"],
    de: ["Lohnlaserschweißen", "lasergeschweißte Bauteile", "Handlaserschweißen"],
    pl: ["spawanie laserowe na zlecenie", "spawanie laserem światłowodowym"],
    hu: ["lézerhegesztett alkatrészek", "lézersugárhegesztés"],
    bg: ["заваряване с лазерен лъч", "лазерно заварени детайли"],
  },
  "JOIN.BRAZING": {
    en: ["vacuum brazing", "silver soldering"],
    de: ["Vakuumlöten", "Ofenlöten", "Silberlöten", "Flammlöten", "Lötarbeiten", "Löterei"],
    pl: ["lutowanie próżniowe", "lutowanie srebrem", "lutospawanie"],
    hu: ["vákuumforrasztás", "ezüstforrasztás", "lángforrasztás"],
    bg: ["вакуумно спояване", "сребърно спояване"],
  },

  // ── Casting and forging ──
  CAST: {
    en: ["cast parts", "cast components", "metal casting"],
    de: ["Guss", "Metallguss", "Gusskomponenten", "Gussbauteile", "Gießereiprodukte"],
    pl: ["odlewnia", "odlewanie metali"],
    hu: ["öntöde", "fémöntés", "öntött alkatrészek", "öntvénygyártás"],
    bg: ["леярна", "леярски цех", "леене на метали"],
  },
  "CAST.SAND_CASTING": {
    en: ["sand cast parts", "resin sand casting", "shell moulding"],
    de: ["Sandgießerei", "Handformguss", "Maschinenformguss", "Croning-Guss"],
    pl: ["odlewy w formach piaskowych", "odlewanie w piasku"],
    hu: ["homoköntvények", "homokformás öntés"],
    bg: ["леене в пясък", "пясъчни отливки"],
  },
  "CAST.DIE_CASTING": {
    en: ["die cast parts", "pressure die casting", "zamak die casting", "diecasting"],
    de: ["Druckgießerei", "Druckgießen", "Aludruckguss", "Magnesiumdruckguss", "Niederdruckguss", "Zamak-Druckguss"],
    pl: ["odlewnia ciśnieniowa", "odlewanie pod ciśnieniem", "odlewanie niskociśnieniowe"],
    hu: ["nyomásos öntöde", "présöntvények", "kisnyomású öntés"],
  },
  "CAST.INVESTMENT_CASTING": {
    en: ["investment cast parts"],
    de: ["Feingießerei", "Wachsausschmelzguss", "Präzisionsgießerei"],
    pl: ["odlewnia precyzyjna"],
    hu: ["precíziós öntöde", "viaszkiolvasztásos öntés"],
    bg: ["леене по стопяеми модели", "прецизни отливки"],
  },
  "CAST.FORGING": {
    en: ["forge", "forge shop", "forged components"],
    de: ["Schmiede", "Gesenkschmiede", "Freiformschmiede", "Schmiedestücke", "Massivumformung", "Kaltfließpressen"],
    pl: ["elementy kute", "detale kute", "kuźnictwo"],
    hu: ["kovácsüzem", "kovácsolt termékek", "szabadkovácsolás"],
    bg: ["ковачница", "ковани изделия"],
  },

  // ── Surface and heat treatment ──
  SURF: {
    en: ["surface treatment", "metal finishing"],
    de: ["Oberflächenbehandlung", "Oberflächenveredelung", "Metallveredelung", "Lohnbeschichtung", "Beschichtungsbetrieb"],
    pl: ["uszlachetnianie powierzchni", "powlekanie metali"],
    hu: ["felületkezelő üzem", "felületnemesítés"],
    bg: ["антикорозионни покрития", "повърхностна защита"],
  },
  "SURF.POWDER_COATING": {
    en: ["powder coated", "powder coater"],
    de: ["Pulverlackiererei", "Lohnpulverbeschichtung"],
    pl: ["lakiernia proszkowa", "malarnia proszkowa", "malowanie proszkowe na zlecenie"],
    hu: ["porfestő üzem", "porszóró üzem", "porszórt bevonat"],
    bg: ["прахово лакиране", "прахово-полимерно боядисване", "електростатично боядисване", "полимерно покритие"],
  },
  "SURF.GALVANIZING": {
    en: ["galvanizing plant", "galvanizers", "spin galvanizing"],
    de: ["Feuerverzinkerei", "Verzinkerei", "Stückverzinkerei", "Schleuderverzinkung"],
    pl: ["ocynkownia", "cynkownia"],
    hu: ["horganyzóüzem", "tűzihorganyzó üzem"],
    bg: ["поцинковъчен цех", "поцинковъчен завод"],
  },
  "SURF.ANODIZING": {
    en: ["anodic oxidation", "hardcoat anodizing"],
    de: ["Eloxalbetrieb", "anodische Oxidation", "Hartcoatierung"],
    pl: ["eloksal", "utlenianie anodowe"],
    hu: ["eloxáló üzem", "anódos oxidáció", "keményeloxálás"],
    bg: ["елоксал", "твърдо елоксиране"],
  },
  "SURF.ELECTROPLATING": {
    en: ["plating shop", "zinc-nickel plating", "electroless nickel", "hard chrome", "silver plating", "metal plating"],
    de: ["Galvanisieren", "Verchromen", "Verzinnen", "Versilbern", "Zink-Nickel", "Lohngalvanik", "Galvanikbetrieb", "Vernickelung"],
    pl: ["galwanizernia", "galwanotechnika", "chromowanie twarde", "cynowanie", "srebrzenie"],
    hu: ["galvanizáló üzem", "galvántechnika", "keménykrómozás", "ónozás", "ezüstözés", "cink-nikkel bevonat"],
    bg: ["галваничен цех", "галванизиране", "твърдо хромиране", "калайдисване", "посребряване"],
  },
  "SURF.PAINTING": {
    en: ["industrial painting", "paint shop", "e-coating", "cathodic dip painting"],
    de: ["Lackiererei", "Lohnlackierung", "Industrielackiererei", "Nasslack", "Spritzlackierung", "KTL-Beschichtung", "Tauchlackierung"],
    pl: ["lakiernia", "lakiernia przemysłowa", "malarnia przemysłowa", "malowanie kataforetyczne", "malowanie farbami ciekłymi"],
    hu: ["festőüzem", "ipari fényezés", "KTL bevonat"],
    bg: ["бояджийски цех", "катафорезно боядисване", "безвъздушно боядисване"],
  },
  "SURF.SANDBLASTING": {
    en: ["sand blasting", "blast cleaning", "bead blasting", "shot peening"],
    de: ["Strahlbetrieb", "Sandstrahlerei", "Glasperlstrahlen", "Trockeneisstrahlen", "Strahlarbeiten", "Strahltechnik"],
    pl: ["kulowanie", "szkiełkowanie", "piaskowanie na zlecenie"],
    hu: ["szemcseszóró üzem", "üveggyöngyszórás", "sörétszórás"],
    bg: ["дробеструйна обработка", "абразивоструйна обработка"],
  },
  "SURF.HEAT_TREATMENT": {
    en: ["heat treating", "nitriding", "carburizing", "annealing", "quenching and tempering", "stress relieving", "vacuum hardening", "nitrocarburizing"],
    de: ["Härterei", "Lohnhärterei", "Einsatzhärterei", "Nitrieren", "Gasnitrieren", "Glühen", "Spannungsarmglühen", "Vakuumhärten", "Aufkohlen", "Nitrocarburieren"],
    pl: ["hartownia", "azotowanie", "wyżarzanie", "ulepszanie cieplne", "hartowanie próżniowe", "obróbka termiczna", "azotonawęglanie"],
    hu: ["edzőüzem", "hőkezelő üzem", "bérhőkezelés", "nitridálás", "lágyítás", "feszültségmentesítés", "vákuumedzés", "cementálás"],
    bg: ["термообработка", "азотиране", "отгряване", "вакуумно закаляване", "термичен цех", "закалени детайли"],
  },

  // ── Plastics and composites ──
  PLAS: {
    en: ["plastic products", "plastic components", "plastic fabrication"],
    de: ["Kunststofftechnik", "Kunststoffprodukte", "Kunststoffbearbeitung", "Kunststoffformteile"],
    pl: ["detale z tworzyw", "przetwórca tworzyw"],
    hu: ["műanyag termékek", "műanyagfeldolgozó üzem", "műanyagipar"],
    bg: ["пластмасови детайли", "изделия от пластмаса", "пластмасови компоненти"],
  },
  "PLAS.INJECTION_MOULDING": {
    en: ["injection moulded parts", "injection molded parts", "plastic moulding", "overmoulding", "overmolding"],
    de: ["Kunststoffspritzerei", "Spritzgießerei", "Spritzgussfertigung", "Umspritzen", "Mehrkomponentenspritzguss", "2K-Spritzguss"],
    pl: ["wtryskownia", "wtrysk tworzyw", "wypraski", "wtrysk dwukomponentowy"],
    hu: ["fröccsöntő üzem", "fröccsöntött termékek", "kétkomponensű fröccsöntés"],
    bg: ["шприцоване", "шприцоване на пластмаси", "инжекционно формоване"],
  },
  "PLAS.EXTRUSION": {
    en: ["plastic profiles", "profile extrusion", "co-extrusion", "plastic tubing"],
    de: ["Kunststoffprofile", "Coextrusion"],
    pl: ["profile PVC", "koekstruzja"],
    hu: ["műanyag profilok", "koextrudálás", "profilextrudálás"],
    bg: ["PVC профили", "коекструзия", "екструдирани профили"],
  },
  "PLAS.THERMOFORMING": {
    en: ["vacuum formed", "vacuum formed parts", "pressure forming"],
    de: ["Kunststofftiefziehen", "Tiefziehteile aus Kunststoff", "Thermoformteile", "Vakuumformteile"],
  },
  "PLAS.ADDITIVE": {
    en: ["stereolithography", "SLA printing", "MJF", "FFF", "additive technologies"],
    de: ["3D-Druckteile", "3D-gedruckte Teile", "Stereolithografie", "Lasersintern"],
    pl: ["drukowanie 3D", "wydruki 3D", "stereolitografia", "spiekanie laserowe", "technologie addytywne"],
    hu: ["additív technológia", "sztereolitográfia", "lézerszinterezés"],
    bg: ["3D отпечатване", "стереолитография", "адитивни технологии"],
  },
  "PLAS.METAL_AM": {
    en: ["metal printing", "WAAM"],
    de: ["Metalldruck", "3D-Metalldruck", "Laserstrahlschmelzen", "Metall-Lasersintern"],
    pl: ["spiekanie laserowe metali"],
    hu: ["fémnyomtatás", "3D fémnyomtatás"],
    bg: ["3D принтиране на метал"],
  },
  "PLAS.COMPOSITES": {
    en: ["GRP mouldings", "prepreg", "filament winding", "pultrusion", "carbon fibre parts", "composite components"],
    de: ["Laminieren", "Carbonteile", "CFK-Bauteile", "GFK-Teile", "Faserverbundtechnik", "Pultrusion", "Prepreg"],
    pl: ["laminowanie", "elementy karbonowe", "pultruzja", "laminaty poliestrowo-szklane", "wyroby z laminatu"],
    hu: ["laminálás", "karbon alkatrészek", "szénszálas alkatrészek", "pultrúzió", "üvegszálas termékek"],
    bg: ["ламиниране", "изделия от фибростъкло", "композитни детайли", "пултрузия"],
  },

  // ── Assembly and electrical ──
  ASSY: {
    en: ["contract assembly", "electromechanical assembly"],
    de: ["Lohnmontage", "elektromechanische Montage"],
    pl: ["montaż na zlecenie", "montaż elektromechaniczny"],
    hu: ["bérszerelés", "bérösszeszerelés", "elektromechanikus szerelés", "összeszerelő üzem"],
    bg: ["електромеханичен монтаж", "асемблиране", "сглобяване на изделия", "електрически инсталации"],
  },
  "ASSY.MECH_ASSEMBLY": {
    en: ["subassemblies", "module assembly"],
    de: ["Endmontage", "Vormontage", "Modulmontage", "mechanische Baugruppen"],
    pl: ["montaż modułów"],
    hu: ["végszerelés", "modulszerelés"],
    bg: ["механично сглобяване"],
  },
  "ASSY.ELECTRICAL_CABINETS": {
    en: ["control panels", "switchboards", "MCC panels"],
    de: ["Verteilerbau", "Steuerungsbau", "Schaltschrankfertigung", "Verteilerschränke", "Elektroverteiler"],
    pl: ["szafy elektryczne", "szafy zasilające", "szafy automatyki"],
    hu: ["kapcsolószekrények", "elosztótáblák", "villamos elosztók"],
    bg: ["електротабла", "командни табла", "електроразпределителни табла"],
  },
  "ASSY.PCB_ASSEMBLY": {
    en: ["SMD assembly", "circuit board assembly"],
    de: ["Platinenbestückung", "Flachbaugruppen", "Leiterplattenmontage"],
    pl: ["montaż SMD", "montaż płytek drukowanych"],
    hu: ["SMD beültetés", "NYÁK szerelés"],
    bg: ["SMD монтаж", "монтаж на електроника", "асемблиране на платки"],
  },
  "ASSY.WIRE_HARNESS": {
    en: ["cable looms", "wiring looms", "cable confectioning"],
    de: ["Kabelkonfektionierung", "konfektionierte Kabel", "Kabelbaumbau", "Kabelsatzfertigung", "Leitungssätze"],
    pl: ["konfekcjonowanie kabli", "wiązki przewodów", "konfekcja przewodów", "przewody konfekcjonowane"],
    hu: ["kábelkonfekció", "konfekcionált kábelek", "kábelkötegelés"],
    bg: ["конфекциониране на кабели"],
  },

  // ── Engineering services ──
  ENG: {
    en: ["product development", "engineering consultancy"],
    de: ["Ingenieurbüro", "Produktentwicklung", "Entwicklungsdienstleistungen"],
    pl: ["biuro projektowe", "biuro inżynierskie", "rozwój produktu", "usługi inżynierskie"],
    hu: ["tervezőiroda", "termékfejlesztés", "mérnökiroda"],
    bg: ["проектантско бюро", "конструкторско бюро", "инженерно бюро"],
  },
  "ENG.CAD_DESIGN": {
    en: ["machine design", "CAD drafting", "technical drawings", "SolidWorks", "CATIA", "3D CAD"],
    de: ["Konstruktionsdienstleistungen", "technisches Zeichnen", "Fertigungszeichnungen", "Zeichnungserstellung"],
    pl: ["projektowanie maszyn", "rysunki techniczne", "dokumentacja konstrukcyjna", "projektowanie 3D"],
    hu: ["géptervezés", "műszaki rajzok", "3D tervezés"],
    bg: ["проектиране на машини", "технически чертежи", "конструкторска документация", "3D проектиране"],
  },
  "ENG.FEA": {
    en: ["stress analysis", "strength calculations", "fatigue analysis", "ANSYS", "finite element method", "FE analysis"],
    de: ["FEM-Analyse", "Festigkeitsnachweis", "Betriebsfestigkeit"],
    pl: ["analiza naprężeń", "obliczenia MES", "analiza wytrzymałościowa"],
    hu: ["VEM analízis"],
    bg: ["якостни пресмятания", "CAE анализ"],
  },
  "ENG.PROTOTYPING": {
    en: ["prototype parts", "prototype development"],
    de: ["Musterteile", "Vorserienfertigung", "Vorserie", "Funktionsmuster", "Prototypenteile"],
    pl: ["prototypy", "części prototypowe", "serie prototypowe", "budowa prototypów"],
    hu: ["nullszéria", "próbagyártás"],
    bg: ["изработка на мостри"],
  },
  "ENG.METROLOGY": {
    en: ["dimensional inspection", "3D scanning"],
    de: ["Koordinatenmessung", "Messdienstleistungen", "3D-Scannen", "Lohnmessung", "EMPB", "Messlabor"],
    pl: ["skanowanie 3D"],
    hu: ["3D szkennelés", "3D mérés", "mérőlabor", "méretellenőrzés"],
    bg: ["3D сканиране", "координатно измерване"],
  },
  "ENG.AUTOMATION": {
    en: ["automation engineering", "machine tending", "cobot integration"],
    de: ["Automatisierungslösungen", "Roboterintegration", "Fabrikautomation", "Handhabungstechnik", "Automationstechnik"],
    pl: ["automatyka przemysłowa", "stanowiska zrobotyzowane", "automatyzacja procesów"],
    hu: ["ipari automatika", "robottechnika", "gyártásautomatizálás"],
    bg: ["индустриална автоматизация", "индустриална автоматика"],
  },
  "ENG.PLC": {
    en: ["Simatic S7"],
    de: ["Steuerungstechnik", "Prozessleittechnik", "HMI-Visualisierung"],
    pl: ["programista PLC", "systemy sterowania", "układy sterowania"],
    hu: ["vezérléstechnika", "irányítástechnika", "folyamatirányítás"],
    bg: ["системи за управление", "индустриални контролери"],
  },

  // ── Green technologies ──
  GREEN: {
    en: ["clean energy", "green energy", "environmental technology"],
    de: ["Umwelttechnologie", "grüne Energie", "Kreislaufwirtschaft", "regenerative Energien"],
    pl: ["energia odnawialna", "zielona energia", "technologie środowiskowe", "energetyka odnawialna"],
    hu: ["zöldenergia", "zöld energia", "környezettechnika"],
    bg: ["зелена енергия", "екологични технологии"],
  },
  "GREEN.PV_MOUNTING": {
    en: ["solar mounting systems", "solar mounting structures", "PV substructures", "solar trackers", "solar carports"],
    de: ["PV-Unterkonstruktionen", "Solarunterkonstruktionen", "Solargestelle", "Solartracker", "PV-Gestelle", "Solarcarports"],
    pl: ["konstrukcje fotowoltaiczne", "konstrukcje pod panele", "konstrukcje solarne"],
    hu: ["napelemtartó", "napelemes tartórendszerek", "napkövető rendszerek"],
    bg: ["конструкции за соларни панели"],
  },
  "GREEN.PV_INSTALLATION": {
    en: ["solar installer", "solar farms", "PV plants", "photovoltaic systems", "PV installer", "solar EPC", "photovoltaics"],
    de: ["Solarteur", "PV-Installateur", "Solarparks", "PV-Freiflächenanlagen", "Aufdachanlagen"],
    pl: ["instalator fotowoltaiki", "elektrownie fotowoltaiczne", "panele fotowoltaiczne", "montaż paneli fotowoltaicznych"],
    hu: ["napelemtelepítő", "napelemszerelés", "naperőmű", "fotovoltaikus rendszerek", "napelemes rendszerek"],
    bg: ["соларни системи", "соларни панели", "монтаж на соларни панели", "фотоволтаични инсталации", "соларен парк", "покривни фотоволтаици"],
  },
  "GREEN.HEAT_PUMPS": {
    en: ["heat pump installation", "air source heat pumps", "geothermal heat pumps"],
    de: ["Wärmepumpentechnik", "Erdwärmepumpen", "Luftwärmepumpen", "Wärmepumpenheizung", "Wärmepumpeninstallation"],
    pl: ["montaż pomp ciepła", "instalator pomp ciepła"],
    hu: ["hőszivattyú telepítés", "hőszivattyús fűtés"],
    bg: ["монтаж на термопомпи", "термопомпени инсталации", "отопление с термопомпа"],
  },
  "GREEN.WIND_COMPONENTS": {
    en: ["wind turbine parts", "wind turbine towers", "wind towers", "wind power components"],
    de: ["Windkraft", "Windkraftanlagen", "Turmsegmente"],
    pl: ["elektrownie wiatrowe", "farmy wiatrowe", "części do turbin wiatrowych", "wieże turbin wiatrowych"],
    hu: ["szélturbina-tornyok", "szélenergetika"],
    bg: ["вятърни генератори", "вятърни паркове", "ветроенергетика", "кули за вятърни турбини"],
  },
  "GREEN.BIOMASS_BOILERS": {
    en: ["woodchip boilers", "pellet heating"],
    de: ["Pelletheizung", "Hackschnitzelkessel", "Biomasseheizung", "Scheitholzkessel", "Stückholzkessel", "Holzvergaser", "Holzheizkessel"],
    pl: ["kotły peletowe", "kotły na drewno", "kotły biomasowe"],
    hu: ["fatüzelésű kazánok", "biomassza fűtés", "aprítékkazánok", "pellet fűtés"],
    bg: ["отопление на пелети", "биомасови котли", "пиролизни котли"],
  },
  "GREEN.ENERGY_AUDIT": {
    en: ["energy consultancy"],
    de: ["Energieausweis", "Energiegutachten", "Energieeffizienzanalyse"],
  },
  "GREEN.WATER_TREATMENT": {
    en: ["sewage treatment plants", "effluent treatment", "water purification", "water filtration"],
    de: ["Wasseraufbereitungsanlagen", "Abwasserreinigung", "Umkehrosmose", "Abwasseranlagen", "Trinkwasseraufbereitung"],
    pl: ["gospodarka wodno-ściekowa"],
    hu: ["vízkezelés", "víztechnológia", "vízlágyítás"],
    bg: ["пречистване на вода", "водопречистване", "филтриране на вода"],
  },
  "GREEN.RECYCLING_MACHINERY": {
    en: ["recycling equipment", "recycling plants", "waste sorting", "granulators", "scrap shears", "waste compactors"],
    de: ["Zerkleinerungsmaschinen", "Sortieranlagen", "Schredder", "Granulatoren", "Schrottscheren", "Abfallaufbereitung", "Recyclingtechnik"],
    pl: ["młyny do tworzyw", "linie sortownicze", "sortownie odpadów", "instalacje do recyklingu"],
    hu: ["hulladékválogató berendezések", "újrahasznosító berendezések", "műanyag darálók"],
    bg: ["оборудване за рециклиране", "линии за сортиране на отпадъци", "преси за отпадъци"],
  },
  "GREEN.EV_CHARGING": {
    en: ["EVSE"],
    de: ["Ladepunkte", "Schnellladestationen", "Schnelllader"],
    pl: ["stacje ładowania"],
    hu: ["villámtöltők", "töltőpontok", "töltőinfrastruktúra"],
    bg: ["зарядни колонки"],
  },
  "GREEN.BATTERY_STORAGE": {
    en: ["battery packs", "battery modules", "lithium batteries"],
    de: ["Batteriesysteme", "Batteriemodule", "Akkupacks", "Lithium-Ionen-Batterien", "Heimspeicher", "Großspeicher"],
    pl: ["magazynowanie energii", "pakiety baterii", "systemy bateryjne", "baterie litowe"],
    hu: ["akkumulátorcsomagok", "akkumulátoros rendszerek", "akkumulátorgyártás"],
    bg: ["батерийни системи", "съхранение на енергия", "литиеви батерии", "акумулаторни системи"],
  },
  "GREEN.HYDROGEN": {
    en: ["hydrogen systems", "hydrogen refuelling stations", "hydrogen storage", "electrolysis", "power-to-gas"],
    de: ["Wasserstofftankstellen", "Wasserstoffspeicher", "Power-to-Gas", "Wasserstoffwirtschaft"],
    pl: ["stacje tankowania wodoru", "magazynowanie wodoru", "ogniwa wodorowe", "gospodarka wodorowa"],
    hu: ["elektrolizátorok", "hidrogéntárolás"],
    bg: ["водородни станции", "съхранение на водород", "горивни елементи", "електролиза"],
  },

  // ── Machine-building products ──
  PROD: {
    en: ["industrial machinery", "industrial equipment"],
    de: ["Maschinenfabrik", "Maschinenbaubetrieb", "Industriemaschinen", "Maschinenhersteller"],
    pl: ["maszyny przemysłowe", "urządzenia przemysłowe"],
    hu: ["gépépítés", "ipari gépek", "ipari berendezések"],
    bg: ["машиностроителен завод", "индустриално оборудване", "индустриални машини"],
  },
  "PROD.AGRI_MACHINERY": {
    en: ["farm equipment", "tillage equipment", "tractor implements", "agri machinery", "harvesting machinery"],
    de: ["Agrartechnik", "Agrarmaschinen", "Bodenbearbeitungsgeräte", "Erntemaschinen"],
    pl: ["agregaty uprawowe", "opryskiwacze", "maszyny do zbioru"],
    hu: ["vetőgépek", "permetezőgépek"],
    bg: ["почвообработваща техника", "пръскачки", "агротехника", "земеделски машини"],
  },
  "PROD.HYDRAULIC_CYLINDERS": {
    en: ["telescopic cylinders", "hydraulic power units", "hydraulic components", "hydraulic cylinder repair"],
    de: ["Hydraulikaggregate", "Teleskopzylinder", "Hydrauliksysteme", "Zylinderreparatur"],
    pl: ["siłowniki teleskopowe", "układy hydrauliczne"],
    hu: ["teleszkópos munkahengerek", "munkahenger-javítás", "hidraulikus rendszerek"],
    bg: ["ремонт на хидроцилиндри", "телескопични цилиндри", "хидравлични системи"],
  },
  "PROD.PUMPS_VALVES": {
    en: ["butterfly valves", "control valves", "centrifugal pumps", "submersible pumps"],
    de: ["Kugelhähne", "Absperrklappen", "Kreiselpumpen", "Regelventile", "Armaturenbau", "Pumpenbau", "Ventiltechnik", "Absperrarmaturen"],
    pl: ["zawory kulowe", "przepustnice", "zasuwy", "pompy odśrodkowe", "armatura zaporowa"],
    hu: ["golyóscsapok", "tolózárak", "pillangószelepek", "centrifugál szivattyúk", "szabályozószelepek", "ipari szelepek"],
    bg: ["сферични кранове", "шибърни кранове", "дроселни клапи", "центробежни помпи", "регулиращи вентили", "потопяеми помпи"],
  },
  "PROD.CONVEYORS": {
    en: ["roller conveyors", "chain conveyors", "screw conveyors", "intralogistics", "conveyor belts"],
    de: ["Rollenförderer", "Kettenförderer", "Schneckenförderer", "Gurtförderer", "Bandförderer", "Becherwerke", "Materialflusstechnik"],
    pl: ["przenośniki rolkowe", "przenośniki ślimakowe", "intralogistyka", "podajniki taśmowe"],
    hu: ["görgős szállítók", "láncos szállítók", "csigás szállítók", "intralogisztika", "szállítópályák"],
    bg: ["ролкови транспортьори", "шнекови транспортьори", "конвейерни системи"],
  },
  "PROD.STEEL_STRUCTURES": {
    en: ["metal structures", "steel halls"],
    de: ["Metallbau", "Stahlhallenbau", "Stahlbaumontage", "Stahlbaubetrieb", "Metallkonstruktionen"],
    pl: ["konstrukcje metalowe", "montaż konstrukcji stalowych"],
    hu: ["fémszerkezetek", "acélszerkezet-szerelés"],
    bg: ["металоконструкции", "монтаж на метални конструкции"],
  },
  "PROD.TOOLING_MOULDS": {
    en: ["mouldmaking", "toolroom", "stamping dies", "progressive dies", "tool and die"],
    de: ["Vorrichtungsbau", "Folgeverbundwerkzeuge", "Spritzgussformen", "Druckgussformen", "Umformwerkzeuge", "Lehrenbau"],
    pl: ["budowa form", "matryce", "oprzyrządowanie", "formy ciśnieniowe"],
    hu: ["szerszámüzem", "öntőformák", "sajtolószerszámok", "fröccsszerszámok"],
    bg: ["инструментален цех", "матрици", "леярски форми"],
  },
  "PROD.GEARBOXES": {
    en: ["drive technology", "gear units", "geared motors"],
    de: ["Industriegetriebe", "Planetengetriebe", "Schneckengetriebe", "Stirnradgetriebe"],
    pl: ["przekładnie planetarne", "przekładnie ślimakowe", "technika napędowa", "przekładnie przemysłowe"],
    hu: ["bolygóművek", "csigahajtóművek", "reduktorok", "ipari hajtóművek", "hajtóműgyártás"],
    bg: ["планетарни редуктори", "червячни редуктори", "задвижваща техника"],
  },
  "PROD.ELECTRIC_MOTORS": {
    en: ["AC motors", "servo motors", "motor repair", "electric motor repair", "BLDC motors", "traction motors"],
    de: ["Elektromaschinenbau", "Wickelei", "Servomotoren", "Drehstrommotoren", "Motorenreparatur", "Elektromotorenbau"],
    pl: ["serwomotory", "silniki asynchroniczne", "silniki trójfazowe"],
    hu: ["villamos motorok", "szervomotorok", "aszinkronmotorok", "villanymotor-javítás"],
    bg: ["ремонт на електродвигатели", "серводвигатели", "трифазни двигатели", "електрически двигатели"],
  },
  "PROD.SPECIAL_MACHINES": {
    en: ["bespoke machinery", "custom machinery", "assembly machines"],
    de: ["Prüfstände", "Prüfstandsbau", "Montageautomaten", "Prüfanlagen"],
    pl: ["linie montażowe", "urządzenia specjalne"],
    hu: ["próbapadok", "tesztpadok", "szerelősorok", "egyedi berendezések"],
    bg: ["специални машини", "монтажни линии", "нестандартни машини"],
  },
  "PROD.PRESSURE_VESSELS": {
    en: ["heat exchangers", "steam boilers", "process vessels", "tank fabrication"],
    de: ["Wärmetauscher", "Tankbau", "Dampfkessel", "Rührbehälter", "Druckgeräte"],
    pl: ["wymienniki ciepła", "kotły parowe", "aparatura procesowa", "budowa zbiorników", "zbiorniki procesowe"],
    hu: ["hőcserélők", "gőzkazánok", "technológiai tartályok", "nyomástartó berendezések"],
    bg: ["топлообменници", "парни котли", "технологични съдове", "апаратостроене"],
  },
  "PROD.HOISTS": {
    en: ["gantry cranes", "jib cranes", "chain hoists", "wire rope hoists", "winches", "lifting beams"],
    de: ["Kranbau", "Portalkrane", "Schwenkkrane", "Hebezeuge", "Kettenzüge", "Lastaufnahmemittel", "Krane", "Hubtische"],
    pl: ["suwnice bramowe", "żurawie słupowe", "wciągarki", "trawersy"],
    hu: ["bakdaruk", "forgódaruk", "láncos emelők", "csörlők", "emelőtechnika", "darugyártás"],
    bg: ["кранове", "портални кранове", "конзолни кранове", "лебедки", "подемна техника"],
  },
};

const materials: Record<string, Phrases> = {
  steel: {
    en: ["S235", "S355", "S235JR", "black steel"],
    de: ["St37", "St52", "Schwarzstahl", "unlegierter Stahl", "Stahlblech"],
    pl: ["stal niestopowa", "blacha czarna"],
    hu: ["ötvözetlen acél", "acéllemez"],
    bg: ["черен метал", "черна ламарина", "стоманена ламарина", "нисковъглеродна стомана"],
  },
  stainless_steel: {
    en: ["SS304", "SS316", "304L", "316L", "1.4301", "1.4404", "1.4571", "corrosion resistant steel", "acid-resistant steel"],
    de: ["Niro", "VA", "VA-Stahl", "rostfreier Stahl", "nichtrostender Stahl", "Chromnickelstahl", "CrNi-Stahl", "Edelstahlblech"],
    pl: ["nierdzewna", "kwasoodporna", "stal szlachetna", "inoks"],
    hu: ["rozsdamentes", "saválló", "KO acél"],
    bg: ["неръждаема", "хромникелова стомана", "киселиноустойчива стомана"],
  },
  aluminium: {
    en: ["aluminium profiles", "aluminium extrusions", "AlMg3", "AlMgSi", "AW-6082", "AW-6061", "AW-5754", "AW-7075"],
    de: ["Aluminiumprofile", "Alu-Profile", "Strangpressprofile", "Aluminiumblech", "Alublech"],
    pl: ["blacha aluminiowa", "dural"],
    hu: ["alumínium profilok", "alumíniumlemez", "dúralumínium"],
    bg: ["алуминиева ламарина", "дуралуминий"],
  },
  titanium: {
    en: ["Grade 5 titanium", "Ti-6Al-4V", "3.7165"],
    de: ["Reintitan"],
  },
  copper_brass: {
    en: ["gunmetal", "phosphor bronze", "beryllium copper", "CuZn39Pb3", "Ms58"],
    de: ["Rotguss", "Kupferlegierungen"],
    pl: ["mosiężne", "stopy miedzi"],
    hu: ["vörösréz", "rézötvözetek", "foszforbronz"],
    bg: ["медни", "медни сплави", "фосфорен бронз"],
  },
  cast_iron: {
    en: ["nodular iron", "SG iron", "spheroidal graphite iron", "GJL", "GJS", "GG25", "GGG40"],
    de: ["Kugelgraphitguss", "Eisenguss"],
    hu: ["öntvas"],
    bg: ["ковък чугун"],
  },
  plastics: {
    en: ["POM", "PEEK", "PTFE", "HDPE", "PA6", "PA66", "PMMA", "ABS", "PVC", "polyamide", "acetal", "nylon", "Teflon", "Delrin", "polypropylene", "polyethylene", "polycarbonate"],
    de: ["Polyamid", "Polyethylen", "Polypropylen", "Polycarbonat", "Plexiglas", "Acrylglas", "Thermoplaste"],
    pl: ["poliamid", "polietylen", "polipropylen", "poliwęglan", "pleksi", "plastik"],
    hu: ["polietilén", "polipropilén", "polikarbonát", "plexi"],
    bg: ["полиамид", "полиетилен", "полипропилен", "поликарбонат", "плексиглас", "тефлон"],
  },
  composites: {
    en: ["FRP", "aramid", "Kevlar"],
    de: ["Kohlefaser", "Glasfaser"],
  },
};

const certifications: Record<string, Phrases> = {
  ISO_9001: { de: ["DIN EN ISO 9001", "ÖNORM EN ISO 9001"], pl: ["PN-EN ISO 9001"], hu: ["MSZ EN ISO 9001"], bg: ["БДС EN ISO 9001", "ИСО 9001"] },
  ISO_14001: {
    en: ["environmental management system"],
    de: ["DIN EN ISO 14001", "Umweltmanagementsystem"],
    pl: ["PN-EN ISO 14001", "system zarządzania środowiskowego"],
    hu: ["MSZ EN ISO 14001", "környezetközpontú irányítási rendszer"],
    bg: ["БДС EN ISO 14001", "система за управление на околната среда"],
  },
  ISO_45001: {
    en: ["OHSAS 18001"],
    de: ["DIN ISO 45001", "Arbeitsschutzmanagementsystem"],
    pl: ["PN-ISO 45001", "system zarządzania BHP"],
    hu: ["MSZ ISO 45001"],
    bg: ["БДС ISO 45001"],
  },
  ISO_50001: {
    en: ["energy management system"],
    de: ["DIN EN ISO 50001", "Energiemanagementsystem"],
    pl: ["PN-EN ISO 50001", "system zarządzania energią"],
    hu: ["MSZ EN ISO 50001", "energiairányítási rendszer"],
    bg: ["БДС EN ISO 50001"],
  },
  IATF_16949: { en: ["ISO/TS 16949"] },
  EN_1090: { en: ["EN 1090-1", "EN 1090-2"], de: ["DIN EN 1090", "ÖNORM EN 1090"], pl: ["PN-EN 1090"], hu: ["MSZ EN 1090"], bg: ["БДС EN 1090"] },
  ISO_3834: { de: ["DIN EN ISO 3834"], pl: ["PN-EN ISO 3834"], hu: ["MSZ EN ISO 3834"], bg: ["БДС EN ISO 3834"] },
  AS_9100: { en: ["AS9100D", "AS 9100D", "EN 9100D"] },
  CE_MARKING: {
    en: ["CE marking", "CE mark"],
    de: ["CE-Kennzeichnung", "CE-Kennzeichen", "CE-Zeichen"],
    bg: ["CE маркировка", "CE знак"],
    pl: ["oznakowanie CE", "znak CE"],
    hu: ["CE jelölés", "CE megfelelőség"],
  },
  ISO_13485: { de: ["DIN EN ISO 13485"], pl: ["PN-EN ISO 13485"], hu: ["MSZ EN ISO 13485"], bg: ["БДС EN ISO 13485"] },
  EN_15085: { de: ["DIN EN 15085"], pl: ["PN-EN 15085"] },
  PED: {
    en: ["Pressure Equipment Directive", "2014/68/EU", "97/23/EC"],
    de: ["Druckgeräterichtlinie"],
    pl: ["dyrektywa ciśnieniowa"],
    hu: ["nyomástartó berendezés irányelv"],
    bg: ["директива за съоръжения под налягане"],
  },
};

function flatten(kind: ExtraTerm["kind"], table: Record<string, Phrases>): ExtraTerm[] {
  return Object.entries(table).flatMap(([code, byLocale]) =>
    Object.entries(byLocale).flatMap(([locale, phrases]) => phrases.map((phrase) => ({ kind, code, locale, phrase }))),
  );
}

export const tradeTerms: ExtraTerm[] = [
  ...flatten("capability", capabilities),
  ...flatten("material", materials),
  ...flatten("certification", certifications),
];
