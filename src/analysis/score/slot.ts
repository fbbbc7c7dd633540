// Which slot a swapped word fills. Opposites and sister terms weigh differently by slot:
// another property of one thing (a black / a pink dog) or another place (kitchen / dining
// room) describes one scene two ways, while another doer or another action (a man / a woman
// is playing; is sitting / is running) may just be another scene.
import type { TextInfo } from './analyze.js';
import type { Alignment } from './align.js';
import { lemmas } from './wordnet.js';
import slots from '../lexicon/score-slots.json' with { type: 'json' };

export type Slot = 'verb' | 'modifier' | 'place' | 'argument';

const PLACE: ReadonlySet<string> = new Set(slots.place);
const SKIP: ReadonlySet<string> = new Set(slots.skip);

/** The word before token k, past determiners: a place preposition makes k a place. */
function afterPlacePreposition(info: TextInfo, k: number): boolean {
  let j = k - 1;
  while (j >= 0 && SKIP.has(info.lowers[j]!)) j--;
  return j >= 0 && PLACE.has(info.lowers[j]!);
}

function mainlyNoun(word: string): boolean {
  const ls = lemmas(word);
  return ls.length > 0 && ls[0]!.pos === 'n';
}

/** Unit i of x and unit j of y, swapped for each other: the slot they share, or 'argument'. */
export function slotOf(x: TextInfo, y: TextInfo, al: Alignment, i: number, j: number): Slot {
  const ux = x.units[i]!;
  const uy = y.units[j]!;
  if (ux.verb || uy.verb) return 'verb';
  // directly before the same noun on both sides: "black dog" / "pink dog", "brick wall" / "plastic wall"
  const nx = x.units[i + 1];
  const ny = y.units[j + 1];
  if (nx && ny && nx.tokFrom === ux.tokTo && ny.tokFrom === uy.tokTo && al.aToB[i + 1] === j + 1 && mainlyNoun(nx.key)) return 'modifier';
  // a compound's modifier swapped ("little girl" / "giant girl" as one unit)
  if (ux.head === uy.head && ux.key !== uy.key) return 'modifier';
  if (afterPlacePreposition(x, ux.tokFrom) && afterPlacePreposition(y, uy.tokFrom)) return 'place';
  return 'argument';
}
