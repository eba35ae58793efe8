import type { ActorType, DatePrecision, StatementKind, StatementPolarity } from '../../shared/model';

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
  /**
   * When the statement was made: an ISO date cut to its precision ("2023-11-05", "2023-11", "2023"; a week is
   * its Monday), found in the text around it or else the article's date; null when neither gives one.
   */
  date: string | null;
  datePrecision?: DatePrecision;
  dateOrigin: 'text' | 'article';
  /** Whether the speaker asserts, denies or asks what `quote` says ("denied that …" -> denies). */
  polarity: StatementPolarity;
}

export interface ExtractedActor {
  /** Canonical name within the article: the longest full form ("Vladimir Putin"). */
  name: string;
  type: ActorType;
  /** Other surface forms seen in the article ("Putin", "President Putin"). */
  aliases: string[];
  /** For an institution of a country ("the Kestrian government"): that country's name. */
  country?: string;
}

export interface ExtractionResult {
  language: string;
  statements: ExtractedStatement[];
  actors: ExtractedActor[];
}
