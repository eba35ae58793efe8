/** Shape of a per-language lexicon (pure data). All entries are lower case. */
export interface Lexicon {
  language: string;
  /** lemma -> surface forms; every form is a cue for direct quotes. */
  speechVerbs: Record<string, string[]>;
  /** Forms that introduce reported (indirect) speech. */
  reportingVerbs: string[];
  /** Reporting forms that need clause content (not a bare noun object). */
  clauseOnlyVerbs: string[];
  /** Forms whose first object is the addressee ("told reporters that"). */
  addresseeVerbs: string[];
  /** Adverbs / auxiliaries allowed between speaker and verb. */
  verbModifiers: string[];
  /** Capitalised words that do not start a name. */
  nonNameCapitalised: string[];
  timeWords: string[];
  titles: string[];
  roleNouns: string[];
  genericSpeakerNouns: string[];
  pronouns: { male: string[]; female: string[]; plural: string[]; neuter: string[]; first: string[] };
  determiners: string[];
  orgWords: string[];
  countries: string[];
  multiWordCountries: string[];
  /** Capital / seat of power -> country name. */
  metonyms: Record<string, string>;
  /** Country short form -> canonical country name. */
  countryCanonical: Record<string, string>;
  nationalities: string[];
  nameConnectors: string[];
  maleNames: string[];
  femaleNames: string[];
  speakerCues: string[];
  /** Non-country places (lower case single words). */
  places: string[];
  /** First words of place / thing names ("Lower Mainland", "Fort McMurray"). */
  placeFirstWords: string[];
  abbreviations: string[];
  subordinators: string[];
}
