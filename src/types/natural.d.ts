// natural's package root pulls in database clients, so we import its parts directly;
// these declare the few deep modules we use.
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(token: string): string };
  export = PorterStemmer;
}
declare module 'natural/lib/natural/util/stopwords.js' {
  export const words: string[];
}
declare module 'natural/lib/natural/tokenizers/sentence_tokenizer.js' {
  class SentenceTokenizer {
    constructor(abbreviations?: string[]);
    tokenize(text: string): string[];
  }
  export = SentenceTokenizer;
}
declare module 'natural/lib/natural/tokenizers/regexp_tokenizer.js' {
  export class WordTokenizer {
    tokenize(text: string): string[];
  }
  export class WordPunctTokenizer {
    tokenize(text: string): string[];
  }
}
declare module 'natural/lib/natural/util/abbreviations_en.js' {
  export const knownAbbreviations: string[];
}
