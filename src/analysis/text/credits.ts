// Photo credits ("Getty Images", "Nicolas Landemard/Anadolu via Getty Images"): extraction skips the captions they
// end, and event grouping the names in them. Neither is anyone in the story.
import segmentData from '../lexicon/extract-segment.json' with { type: 'json' };

const CREDIT_WORDS: ReadonlySet<string> = new Set(segmentData.creditWords);

/** The inside of a parenthesis is a photo credit: a "/" between photographer and agency, or an agency's word. */
export function isCredit(inner: string): boolean {
  if (inner.includes('/')) return true;
  for (const w of inner.toLowerCase().match(/\p{L}+/gu) ?? []) if (CREDIT_WORDS.has(w)) return true;
  return false;
}
