// The Snowball-generated stemmers of nlp.js ship without types; each exports one class.
interface NlpjsStemmer {
  stem(word: string): string;
}
declare module "@nlpjs/lang-pl/src/stemmer-pl.js" {
  const Stemmer: new () => NlpjsStemmer;
  export default Stemmer;
}
declare module "@nlpjs/lang-hu/src/stemmer-hu.js" {
  const Stemmer: new () => NlpjsStemmer;
  export default Stemmer;
}
declare module "@nlpjs/lang-de/src/stemmer-de.js" {
  const Stemmer: new () => NlpjsStemmer;
  export default Stemmer;
}
declare module "@nlpjs/lang-en-min/src/stemmer-en.js" {
  const Stemmer: new () => NlpjsStemmer;
  export default Stemmer;
}
