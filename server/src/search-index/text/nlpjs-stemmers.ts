// The Snowball-generated stemmers of nlp.js ship without types; each exports one class. A module
// (imported by stemming.ts) rather than a .d.ts, so every program that reaches stemming.ts, the
// client's type check of the API too, sees these declarations.
export {};

declare global {
  interface NlpjsStemmer {
    stem(word: string): string;
  }
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
