/**
 * Words that carry no searchable meaning in a buyer's query: function words, trade words that
 * describe any firm ("manufacturer", "Lohnfertigung", "bérmunka") and legal forms (OOD, GmbH,
 * Kft.), which half the firms share. They never select a capability on their own and are left
 * out of the free text.
 */
const words = `
a an the of for and or in on at to with by from near within max company companies firm firms manufacturer manufacturers
producer producers supplier suppliers subcontractor subcontractors subcontracting partner partners services service provider
certified certification production manufacturing maker makers looking need needed find
и или в във на за от до с със към около близо радиус км фирма фирми компания компании производител производители доставчик
доставчици подизпълнител подизпълнители партньор партньори услуги сертифицирана сертифициран търся търсим
und oder in im am an auf aus von vom zu zum zur mit nach für um bei im umkreis nahe hersteller herstellern lieferant lieferanten
partner partnerin firma firmen unternehmen lohnfertigung fertigung zulieferer dienstleister dienstleistung zertifiziert gemäß
i lub albo oraz w we z ze od do na dla przy wokół firma firmy producent producenci dostawca dostawcy podwykonawca podwykonawcy
usługi uslugi usługa partner certyfikowany certyfikat
és vagy a az egy ban ben ból ből ról től tól ig cég cégek gyártó gyártók gyártás gyartas bérmunka beszállító partner szolgáltatás
szolgáltató tanúsított belül körül km en
za v vav na ot do s sas kam okolo firma firmi kompania proizvoditel dostavchik podizpalnitel uslugi
ood eood ad ead et оод еоод ад еад ет gmbh kg ag kft zrt nyrt bt sp zoo
area vicinity around surroundings nearby raum umgebung nähe naehe gebiet okolice okolicy okolicach rejon rejonie
környékén környéke környéki közelében térségében района околностите околности rayona okolnostite
certificate certificates zertifikat zertifikate zertifizierung сертификат сертификати сертификата сертифициране sertifikat
certyfikaty certyfikatem certyfikatami tanúsítvány tanúsítvánnyal tanúsítványok tanúsítványa
`;

export const stopwords = new Set(words.split(/\s+/).filter(Boolean).map((w) => w.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/ł/g, "l")));

/** Words that join two capabilities into an any-of request. */
export const orWords = new Set(["or", "или", "oder", "lub", "albo", "vagy", "ili"]);

/** Words that join two names sharing a word ("TIG and MIG welding", "Dreh- und Frästeile"). */
export const andWords = new Set(["and", "и", "und", "i", "oraz", "es", "plus"]);

/**
 * Everyday words of the five languages that sit close to a vocabulary word or form part of a
 * longer trade phrase but mean nothing on their own ("na zamówienie" = made to order, "custom").
 * They are read only as written: never as a typo or inflection of another word, and never
 * alone as a guess at a capability.
 */
const common = `
order orders custom special type types line lines new small large central contractor contractors industry
auftrag bestellung sonder neu klein gross zentral
zamowienie zamowien zamowienia specjalne nowy maly duzy centralny
megrendeles egyedi uj kis nagy kozponti gyartoja
поръчка поръчки специални нов малък голям централен
machine machines maschine maschinen maszyna maszyny gep gepek машина машини resistant typu kovacs magazyn magazyny
`;

export const commonWords = new Set([...common.split(/\s+/).filter(Boolean), ...stopwords]);
