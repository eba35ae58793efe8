import type { ActorType, StatementKind } from '../../shared/model';

export interface ExtractInput {
  text: string;
  title?: string;
  date?: string | null;
  language?: string | null;
}

export interface ExtractedStatement {
  /** Content span in `text` (no quotation marks), end exclusive: text.slice(start, end) === quote. */
  start: number;
  end: number;
  quote: string;
  kind: StatementKind;
  /** Reported speech that contains a quoted fragment. */
  mixed?: boolean;
  /** The speech verb or phrase ("said", "according to"), lower case lemma-ish surface form. */
  cue: string;
  /** Canonical name of the speaker within this article ("Vladimir Putin"), or null when unknown. */
  speaker: string | null;
  speakerType: ActorType;
  /** Offsets of the speaker mention that carried the attribution (may be a pronoun). */
  speakerStart?: number;
  speakerEnd?: number;
  /** In [0,1]; higher means more likely right (detection and attribution). */
  confidence: number;
}

export interface ExtractedActor {
  /** Canonical name within the article: the longest full form ("Vladimir Putin"). */
  name: string;
  type: ActorType;
  /** Other surface forms seen in the article ("Putin", "President Putin"). */
  aliases: string[];
}

export interface ExtractionResult {
  language: string;
  statements: ExtractedStatement[];
  actors: ExtractedActor[];
}
