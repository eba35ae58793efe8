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
  /** Lower-case particles inside names ("von der Leyen", "bin Salman"); "al-"-style prefixes end with "-". */
  nameParticles: string[];
  /** Nationality adjective -> country name ("kestrian" is found from the article; these are the irregular ones). */
  demonyms: Record<string, string>;
  /** Nouns for a country's institutions ("government", "foreign ministry"), as they follow a demonym or possessive. */
  stateBodies: string[];
  /** Heads of phrases that are documents or polls: a source, never a person. */
  documentNouns: string[];
  /** Heads of anonymous sources ("a senior official", "people familiar with"). */
  anonymousNouns: string[];
  /** Singular nouns for one unnamed person ("the woman", "a farmer"): a person, when nothing resolves them. */
  personNouns: string[];
  /** Heads that name a group of people ("protesters", "Democrats"). */
  groupNouns: string[];
  /** Party-member nouns: "the Republican", "Florida Democrat", "Republican Marco Rubio" are persons. */
  partisanNouns: string[];
  /** Organisations known by a plain word or phrase (media, platforms, armed groups), lower case. */
  knownOrganisations: string[];
  /** Postal or short forms of places ("N.C.", "Calif."), lower case: places, never organisations. */
  placeAbbreviations: string[];
  /** Paragraph labels that look like transcript tags but are not speakers ("READ MORE:", "CORRECTION:"). */
  sectionLabels: string[];
  /** Questioner tags in interview layouts ("Q:"); answer tags ("A:"). */
  questionTags: string[];
  answerTags: string[];
  /** Verbs that open headlines in title case ("Says", "Slams"): a name run stops there. */
  headlineVerbs: string[];
  dates: DateWords;
  /** Cue words and phrases that make a statement a denial or a question (see cue-polarity.ts). */
  polarity: PolarityWords;
}

export interface DateWords {
  /** January .. December, full names. */
  months: string[];
  /** Jan .. Dec (with "sept"), mapped by index in months order. */
  monthsShort: Record<string, number>;
  /** Monday .. Sunday. */
  weekdays: string[];
  /** A single word -> day offset from the article date ("yesterday": -1). */
  dayWords: Record<string, number>;
  /** "last", "this", "earlier this" ... as the words before week / month / year. */
  previous: string[];
  current: string[];
  /** Words before a weekday that point to the future ("next Monday", "by Friday"): no statement date. */
  futureMarkers: string[];
  /** Unit words for "N days ago". */
  agoUnits: Record<string, 'day' | 'week' | 'month' | 'year'>;
  ago: string;
  /** Number words for "two weeks ago". */
  numberWords: Record<string, number>;
  /** Words before a bare month that make it a time ("in March", "late March"). */
  monthLeads: string[];
  /** Words before a four-digit year that make it the time of speaking ("in 2019"). */
  yearLeads: string[];
  /** Part-of-day words after "this" / "last" ("this morning", "last night"). */
  partsOfDay: string[];
}

export interface PolarityWords {
  /** Cue lemmas whose content the speaker denies ("denied that ..."). */
  denyingCues: string[];
  /** Nouns after a rejecting cue that make the content a denial ("rejected suggestions that"). */
  claimNouns: string[];
  /** Cues that reject only with a claim noun ("rejected claims that", not "rejected the offer"). */
  rejectingCues: string[];
  /** Verbs before "to" + cue ("refused to confirm"). */
  refusals: string[];
  /** Negators before the cue ("did not say", "never said"). */
  negators: string[];
  /** Cues that ask ("asked whether", "wondered if"), and the words that must follow them. */
  askingCues: string[];
  questionStarters: string[];
}
