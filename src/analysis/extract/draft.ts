// A draft statement: what one construction found in one sentence, before attribute.ts resolves its speaker.
import type { Cue } from './cues.js';
import type { NP } from './np.js';

export type SpeakerSource = 'phrase' | 'subject' | 'previous' | 'none';

export interface Draft {
  para: number;
  sent: number;
  /** Content token ranges [a, b) in the paragraph's tokens (the attribution itself excluded). */
  pieces: Array<[number, number]>;
  speaker: NP | null;
  speakerSource: SpeakerSource;
  /** An appositive next to the speaker: "Hugh Hill, a doctor" → the doctor phrase. */
  apposition: NP | null;
  cue: Cue | null;
  /** Tokens [t0, t1) of the whole attribution expression, so later cues inside it are skipped. */
  attribution: [number, number] | null;
  /** Quote sentences or paragraphs that continue this statement after its own sentence. */
  tail?: Array<{ para: number; a: number; b: number }>;
  /** A floating quote takes its speaker from this earlier statement. */
  inherit?: Draft;
}

// The cue of a construction that has no reporting verb of its own ("as she put it", "Trump's claim", "In the poll"):
// each copies it with its own lemma and offsets.
export const PUT_IT: Cue = {
  t0: 0, t1: 0, s: 0, e: 0, lemma: 'put it', frame: 'clause', weak: false, belief: false, bare: false, participle: false, inf: false, evidence: false, question: false, topic: false, speech: false, prep: [], prepOnly: false, control: false,
};
