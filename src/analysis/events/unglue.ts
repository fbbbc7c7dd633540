/**
 * Pages scraped without spaces glue sentences and headlines together ("Ukraine.His", "PutinDonald");
 * put the space back so neither hides a word or a name. Offsets shift a little; callers use them
 * only to rank salience.
 */
export function unglue(text: string): string {
  return text.replace(/(\p{Ll})([.!?])(\p{Lu})/gu, '$1$2 $3').replace(/(\p{Lu}?\p{Ll}{2,})(?=\p{Lu}\p{Ll})/gu, '$1 ');
}
