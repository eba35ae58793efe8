/**
 * Actor finding: runs of capitalised tokens become name mentions; titles are split off as roles;
 * short forms ("Putin", "Mr. Trump") are merged with the full name seen in the article.
 */
import type { ActorType } from '../../shared/model';
import type { Lexicon } from './lexicon';
import type { Sentence, Token } from './tokens';
import { wordSet } from './word-lists';

export type Gender = 'm' | 'f' | null;

export interface Actor {
  id: number;
  name: string;
  type: ActorType;
  /** lower-case name tokens of the canonical form */
  toks: string[];
  aliases: Set<string>;
  roles: Set<string>;
  gender: Gender;
  mentions: number;
  /** this actor spoke at least once */
  spoke: boolean;
  /** evidence that this is a person (first name, title, speech verb, pronoun agreement) */
  personEvidence: number;
  /** an institution of this country ("Foreign Ministry of Kestria") */
  country?: string;
}

export interface Mention {
  /** token range of the name part (titles excluded) [n0, n1) */
  n0: number;
  n1: number;
  /** token range of the whole run, titles included */
  r0: number;
  r1: number;
  s: number;
  e: number;
  sent: number;
  actor: Actor | null;
  /** role words found before the name ("president") */
  roles: string[];
  poss: boolean;
  inQuote: boolean;
  /** the run is only a role ("NATO Secretary-General") */
  roleOnly: boolean;
}

export interface LexSets {
  lex: Lexicon;
  nonName: Set<string>;
  time: Set<string>;
  titles: Set<string>;
  roles: Set<string>;
  generic: Set<string>;
  determiners: Set<string>;
  orgWords: Set<string>;
  countries: Set<string>;
  multiCountries: Set<string>;
  nationalities: Set<string>;
  connectors: Set<string>;
  male: Set<string>;
  female: Set<string>;
  cues: Set<string>;
  /** cue form -> lemma */
  cueLemma: Map<string, string>;
  reporting: Set<string>;
  clauseOnly: Set<string>;
  addressee: Set<string>;
  modifiers: Set<string>;
  abbreviations: Set<string>;
  subordinators: Set<string>;
  pronounMale: Set<string>;
  pronounFemale: Set<string>;
  pronounPlural: Set<string>;
  pronounFirst: Set<string>;
  starters: Set<string>;
  places: Set<string>;
  placeFirst: Set<string>;
  /** name particles: words ("von", "der") and prefixes ("al-") */
  particles: Set<string>;
  particlePrefixes: string[];
  headlineVerbs: Set<string>;
  partisan: Set<string>;
  groupNouns: Set<string>;
  anonymousNouns: Set<string>;
  personNouns: Set<string>;
  documentNouns: Set<string>;
  knownOrgs: Set<string>;
  placeAbbr: Set<string>;
  /** every demonym and nationality adjective, lower case */
  demonymWords: Set<string>;
}

const cache = new Map<string, LexSets>();

export function lexSets(lex: Lexicon): LexSets {
  const hit = cache.get(lex.language);
  if (hit) return hit;
  const cueLemma = new Map<string, string>();
  for (const [lemma, forms] of Object.entries(lex.speechVerbs))
    for (const f of forms) if (!cueLemma.has(f)) cueLemma.set(f, lemma);
  const sets: LexSets = {
    lex,
    nonName: new Set(lex.nonNameCapitalised),
    time: new Set(lex.timeWords),
    titles: new Set(lex.titles),
    roles: new Set(lex.roleNouns),
    generic: new Set(lex.genericSpeakerNouns),
    determiners: new Set(lex.determiners),
    orgWords: new Set(lex.orgWords),
    countries: new Set(lex.countries),
    multiCountries: new Set(lex.multiWordCountries),
    nationalities: new Set(lex.nationalities),
    connectors: new Set(lex.nameConnectors),
    male: new Set(lex.maleNames),
    female: new Set(lex.femaleNames),
    cues: new Set(cueLemma.keys()),
    cueLemma,
    reporting: new Set(lex.reportingVerbs),
    clauseOnly: new Set(lex.clauseOnlyVerbs),
    addressee: new Set(lex.addresseeVerbs),
    modifiers: new Set(lex.verbModifiers),
    abbreviations: new Set(lex.abbreviations),
    subordinators: new Set(lex.subordinators),
    pronounMale: new Set(lex.pronouns.male),
    pronounFemale: new Set(lex.pronouns.female),
    pronounPlural: new Set(lex.pronouns.plural),
    pronounFirst: new Set(lex.pronouns.first),
    starters: new Set(lex.nonNameCapitalised),
    places: new Set(lex.places),
    placeFirst: new Set(lex.placeFirstWords),
    particles: new Set(lex.nameParticles.filter((p) => !p.endsWith('-'))),
    particlePrefixes: lex.nameParticles.filter((p) => p.endsWith('-')),
    headlineVerbs: new Set(lex.headlineVerbs),
    partisan: new Set(lex.partisanNouns),
    groupNouns: new Set(lex.groupNouns),
    anonymousNouns: new Set(lex.anonymousNouns),
    personNouns: new Set(lex.personNouns),
    documentNouns: new Set(lex.documentNouns),
    knownOrgs: new Set(lex.knownOrganisations),
    placeAbbr: new Set(lex.placeAbbreviations),
    demonymWords: new Set([...lex.nationalities, ...Object.keys(lex.demonyms)]),
  };
  cache.set(lex.language, sets);
  return sets;
}

const PLACE_WORDS = wordSet(
  'square street road avenue hall island islands river lake sea ocean mountain mountains valley county city state province region park bridge airport station building tower palace village district peninsula gulf bay coast desert forest capitol',
);
/** Heads that take an "of" complement inside a name ("Bank of America", "Secretary of State"). */
const OF_HEADS = wordSet(
  'bank university house secretary minister state states republic kingdom people city museum school college church department office court board chamber institute center centre council daughters sons friends league union federation association',
);

const TITLE_ABBR_GENDER: Record<string, Gender> = {
  mr: 'm',
  mrs: 'f',
  ms: 'f',
  miss: 'f',
  sir: 'm',
  dame: 'f',
  lady: 'f',
  lord: 'm',
  king: 'm',
  queen: 'f',
  prince: 'm',
  princess: 'f',
  congressman: 'm',
  congresswoman: 'f',
  chairman: 'm',
  chairwoman: 'f',
  spokesman: 'm',
  spokeswoman: 'f',
  father: 'm',
  sister: 'f',
  brother: 'm',
};

function titleCase(s: string): string {
  return s.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}

/** "al-Assad", "bin-Rashid": a lower-case particle prefix before a capitalised name. */
function prefixedName(t: Token, L: LexSets): boolean {
  return L.particlePrefixes.some((p) => t.w.startsWith(p) && /^\p{Lu}/u.test(t.w.slice(p.length)));
}

/** Particles from token j on ("von der", "de la") followed by a name token: the index of that token, else -1. */
function afterParticles(toks: Token[], j: number, end: number, L: LexSets): number {
  let k = j;
  while (k < end && k < j + 3) {
    const u = toks[k] as Token;
    if (!u.word || u.cap || !L.particles.has(u.lw)) break;
    k++;
  }
  if (k === j || k >= end) return -1;
  return isNameToken(toks[k] as Token, L, false) ? k : -1;
}

function isNameToken(t: Token, L: LexSets, sentInitial: boolean): boolean {
  if (t.word && !t.cap && t.q < 0 && prefixedName(t, L)) return true;
  if (!t.word || !t.cap || t.q >= 0) return false;
  if (L.time.has(t.lw)) return false;
  if (L.nonName.has(t.lw)) return false;
  if (/['’](t|m|re|ve|ll|d)$/.test(t.lw)) return false; // "Don’t", "We’re"
  if (/['’]s$/.test(t.w) && L.nonName.has(t.lw)) return false; // "It’s", "That’s"
  if (/^(it|that|there|here|what|he|she|let|who)['’]s$/.test(t.w.toLowerCase())) return false;
  if (sentInitial && L.cues.has(t.lw)) return false;
  if (sentInitial && (L.anonymousNouns.has(t.lw) || L.documentNouns.has(t.lw))) return false;
  if (
    sentInitial &&
    t.lw.length >= 6 &&
    /(ed|ing|ly)$/.test(t.lw) &&
    !L.male.has(t.lw) &&
    !L.female.has(t.lw) &&
    !L.lex.metonyms[t.lw] &&
    !L.places.has(t.lw) &&
    !L.countries.has(t.lw)
  )
    return false; // "Chastened by ...
  if (/\d/.test(t.w)) return false;
  return true;
}

/** Capitalised common words that are also surnames ("Ian Read", "Ona Back"), read as names inside a name run. */
const SURNAME_WORDS = new Set(['read', 'watch', 'back', 'story', 'note', 'sign', 'well', 'sure', 'wait', 'may']);

function surnameInRun(toks: Token[], j: number): boolean {
  const u = toks[j] as Token;
  const p = toks[j - 1];
  return u.word && u.cap && u.q < 0 && SURNAME_WORDS.has(u.lw) && !!p && p.word && p.cap && !p.poss;
}

/** Find name runs in the text outside quotes. */
export function findMentions(toks: Token[], sents: Sentence[], L: LexSets): Mention[] {
  const out: Mention[] = [];
  for (const sent of sents) {
    let i = sent.t0;
    while (i < sent.t1) {
      const t = toks[i] as Token;
      if (!isNameToken(t, L, i === sent.t0)) {
        i++;
        continue;
      }
      // "said von der Leyen": particles before the first capitalised word belong to the name
      let r0 = i;
      while (r0 > sent.t0 && r0 > i - 3) {
        const p = toks[r0 - 1] as Token;
        if (!p.word || p.cap || p.q >= 0 || !L.particles.has(p.lw)) break;
        r0--;
      }
      if (r0 < i && afterParticles(toks, r0, i + 1, L) !== i) r0 = i;
      // grow the run
      let j = i + 1;
      let poss = t.poss;
      while (j < sent.t1 && !poss) {
        const u = toks[j] as Token;
        if (isNameToken(u, L, false) || surnameInRun(toks, j)) {
          poss = u.poss;
          j++;
          continue;
        }
        // "Mr." / initial "J." inside a run
        if (u.w === '.' && u.s === (toks[j - 1] as Token).e) {
          const p = toks[j - 1] as Token;
          const nx = toks[j + 1];
          if (
            nx &&
            isNameToken(nx, L, false) &&
            (L.abbreviations.has(p.lw) || L.titles.has(p.lw) || p.w.length === 1)
          ) {
            j++;
            continue;
          }
        }
        // particles: "Ursula von der Leyen", "Ana de la Cruz"
        const ap = afterParticles(toks, j, sent.t1, L);
        if (ap > 0 && u.lw !== 'of' && u.lw !== 'for') {
          j = ap;
          continue;
        }
        // connectors: "Department of Justice", "Bank of the West"
        const pw = (toks[j - 1] as Token).lw;
        const ofOk =
          u.lw !== 'of' && u.lw !== 'for' ? true : L.orgWords.has(pw) || L.titles.has(pw) || OF_HEADS.has(pw);
        if (!u.cap && u.word && ofOk && L.connectors.has(u.lw) && u.lw !== 'and' && u.lw !== 'on' && u.lw !== 'the') {
          let k = j + 1;
          if (toks[k] && (toks[k] as Token).lw === 'the' && u.lw === 'of') k++;
          const nx = toks[k];
          if (nx && k < sent.t1 && isNameToken(nx, L, false)) {
            j = k;
            continue;
          }
        }
        break;
      }
      out.push(analyseRun(toks, r0, j, L, poss));
      i = j;
    }
  }
  return out;
}

export function analyseRun(toks: Token[], r0: number, r1: number, L: LexSets, poss: boolean): Mention {
  // last title word in the run that still leaves a name after it
  let n0 = r0;
  const roles: string[] = [];
  for (let k = r0; k < r1; k++) {
    const t = toks[k] as Token;
    if (!t.word) continue;
    // "Peter T. King", "Larry King": a title word after a given name or an initial is a surname
    let pk = k - 1;
    while (pk > r0 && !(toks[pk] as Token).word) pk--;
    const pw = toks[pk] as Token | undefined;
    const surname = k > r0 && !!pw && pw.word && (L.male.has(pw.lw) || L.female.has(pw.lw) || /^\p{Lu}$/u.test(pw.w));
    if (surname) continue;
    // "ranking Democrat Elijah Cummings": a party word before a given name is a title ("Republican Jewish
    // Coalition" is not)
    const nx = toks[k + 1];
    const partisan =
      (t.lw === 'democrat' || t.lw === 'republican') && !!nx && (L.male.has(nx.lw) || L.female.has(nx.lw));
    if (
      L.titles.has(t.lw) ||
      L.titles.has(t.lw.replace(/\.$/, '')) ||
      t.lw.endsWith('-general') ||
      t.lw.startsWith('vice-') ||
      partisan
    ) {
      // any later real name token?
      let later = false;
      for (let m = k + 1; m < r1; m++) {
        const u = toks[m] as Token;
        if (u.word && !L.titles.has(u.lw)) later = true;
      }
      if (later) {
        n0 = k + 1;
        roles.push(t.lw);
        // "Secretary of State John Kerry": the "of ..." complement belongs to the title
        if ((toks[n0] as Token | undefined)?.lw === 'of') {
          let m = n0 + 1;
          if ((toks[m] as Token | undefined)?.lw === 'the') m++;
          if (m < r1 - 1) {
            n0 = m + 1;
            k = m;
          }
        }
      }
    }
  }
  while (n0 < r1 && !(toks[n0] as Token).word) n0++;
  const nt = toks[n0] as Token | undefined;
  if (nt && n0 < r1 && !nt.cap && !L.particles.has(nt.lw) && !prefixedName(nt, L)) n0 = r1;
  // "Russian President Vladimir Putin": nationality before a title is dropped with the title.
  const first = toks[r0] as Token;
  const last = toks[r1 - 1] as Token;
  const roleOnly = n0 >= r1;
  return {
    n0,
    n1: r1,
    r0,
    r1,
    s: roleOnly ? first.s : (toks[n0] as Token).s,
    e: last.poss ? last.e - 2 : last.e,
    sent: first.sent,
    actor: null,
    roles,
    poss,
    inQuote: false,
    roleOnly,
  };
}

function mentionWords(toks: Token[], m: Mention): string[] {
  const ws: string[] = [];
  for (let k = m.n0; k < m.n1; k++) {
    const t = toks[k] as Token;
    if (t.word) ws.push(t.lw);
  }
  return ws;
}

function surface(text: string, toks: Token[], m: Mention): string {
  return text.slice(m.s, m.e);
}

export function classify(
  words: string[],
  roles: string[],
  L: LexSets,
): { type: ActorType; canonical?: string | undefined } {
  const joined = words.join(' ');
  const canon = L.lex.countryCanonical[joined];
  if (canon) return { type: 'country', canonical: canon };
  if (L.countries.has(joined) || L.multiCountries.has(joined)) return { type: 'country', canonical: undefined };
  const met = L.lex.metonyms[joined];
  if (met) return { type: 'country', canonical: met };
  if (L.knownOrgs.has(joined)) return { type: 'organisation' };
  if (words.some((w) => L.orgWords.has(w))) return { type: 'organisation' };
  if (roles.length) return { type: 'person' };
  if (words.length === 1 && L.groupNouns.has(joined)) return { type: 'group' };
  if (words.length === 1 && L.documentNouns.has(joined)) return { type: 'document' };
  // "Russians", "Kestrians": a plural demonym is a group of people
  if (words.length === 1 && /[^s]s$/.test(joined) && L.demonymWords.has(joined.slice(0, -1))) return { type: 'group' };
  if (words.length === 1 && /\p{L}ians$/u.test(joined)) return { type: 'group' };
  const lastW = words[words.length - 1] ?? '';
  const firstW = words[0] ?? '';
  // "Florida Republican", "Republican Marco Rubio": a party member, with or without the name
  if (words.length >= 2 && L.partisan.has(lastW)) return { type: 'person' };
  const party = words.findIndex((w) => L.partisan.has(w));
  if (party >= 0 && party <= words.length - 3) return { type: 'person' };
  // "David French": a given name first outweighs a place or nationality word after it
  if (
    words.length >= 2 &&
    (L.male.has(firstW) || L.female.has(firstW)) &&
    !PLACE_WORDS.has(lastW) &&
    !L.places.has(lastW)
  )
    return { type: 'person' };
  if (PLACE_WORDS.has(lastW)) return { type: 'other' };
  if (words.some((w) => L.places.has(w) || L.countries.has(w) || L.nationalities.has(w))) return { type: 'other' };
  if (
    words.length >= 2 &&
    (L.placeFirst.has(firstW) || (/ing$/.test(firstW) && !L.male.has(firstW) && !L.female.has(firstW)))
  )
    return { type: 'other' };
  if (words.length > 4) return { type: 'other' };
  // a lone capitalised word stays 'other' until it is seen speaking or titled (see promoteSpeakers)
  return { type: words.length >= 2 ? 'person' : 'other' };
}

/**
 * Cluster mentions into actors. Full names first; then single-token and titled short forms are
 * attached to the closest earlier full name sharing the token (surname or given name).
 */
export function buildActors(text: string, toks: Token[], mentions: Mention[], L: LexSets): Actor[] {
  const actors: Actor[] = [];
  const byKey = new Map<string, Actor>();
  const make = (name: string, type: ActorType, ws: string[]): Actor => {
    const a: Actor = {
      id: actors.length,
      name,
      type,
      toks: ws,
      aliases: new Set(),
      roles: new Set(),
      gender: null,
      mentions: 0,
      spoke: false,
      personEvidence: 0,
    };
    actors.push(a);
    return a;
  };
  /** The actor already known under this key, or a new one made and remembered under it. */
  const keyed = (key: string, name: string, type: ActorType, ws: string[]): Actor => {
    let a = byKey.get(key);
    if (!a) {
      a = make(name, type, ws);
      byKey.set(key, a);
    }
    return a;
  };
  const isAcronym = (m: Mention): boolean => {
    if (m.n1 - m.n0 !== 1) return false;
    const w = (toks[m.n0] as Token).w.replace(/['’]s$/, '');
    // "N.C.", "ORLANDO, Fla." (a dateline): places written in capitals are not organisations
    const lw = w.toLowerCase();
    if (!/^[A-Z][A-Z.&]{1,6}$/.test(w) || L.places.has(lw) || L.placeAbbr.has(lw) || L.placeAbbr.has(lw + '.'))
      return false;
    const comma = toks[m.n1];
    const next = toks[m.n1 + 1];
    const dateline =
      comma?.w === ',' &&
      !!next &&
      (L.placeAbbr.has(next.lw) || L.placeAbbr.has(next.lw + '.') || L.places.has(next.lw) || L.countries.has(next.lw));
    return !dateline;
  };
  /** "The Hill", "the Islamic State": a name the lexicon knows as an organisation. */
  const knownOrg = (m: Mention, ws: string[]): boolean => {
    if (L.knownOrgs.has(ws.join(' '))) return true;
    const prev = toks[m.r0 - 1];
    return !!prev && prev.lw === 'the' && L.knownOrgs.has('the ' + ws.join(' '));
  };

  // pass 1: multi-word names, countries, acronyms
  const pending: Mention[] = [];
  for (const m of mentions) {
    if (m.roleOnly) continue;
    const ws = mentionWords(toks, m);
    if (!ws.length) continue;
    const cls = classify(ws, m.roles, L);
    if (ws.length >= 2 && knownOrg(m, ws)) {
      m.actor = keyed('o:' + ws.join(' '), surface(text, toks, m), 'organisation', ws);
      continue;
    }
    if (cls.type === 'country') {
      const name = cls.canonical ?? titleCase(ws.join(' '));
      m.actor = keyed('c:' + name.toLowerCase(), name, 'country', name.toLowerCase().split(' '));
      continue;
    }
    if (isAcronym(m)) {
      m.actor = keyed('o:' + ws.join(' '), surface(text, toks, m), 'organisation', ws);
      continue;
    }
    if (ws.length >= 2) {
      // an acronym inside the run makes it an organisation ("Burnaby RCMP")
      for (let k = m.n0; k < m.n1; k++) {
        const w = (toks[k] as Token).w;
        if (/^[A-Z]{2,6}$/.test(w) && !L.lex.countryCanonical[w.toLowerCase()]) cls.type = 'organisation';
      }
      // "Von der Leyen" after "Ursula von der Leyen": a particle-led surname joins the full name
      if (L.particles.has(ws[0] as string)) {
        const full = actors.find(
          (x) =>
            x.type === 'person' && x.toks.length > ws.length && x.toks.slice(-ws.length).join(' ') === ws.join(' '),
        );
        if (full) {
          m.actor = full;
          continue;
        }
      }
      // same first and last token -> same actor ("Hillary Rodham Clinton" / "Hillary Clinton")
      const key = cls.type === 'person' ? 'p:' + ws[0] + '|' + ws[ws.length - 1] : 'x:' + ws.join(' ');
      let a = byKey.get(key);
      if (!a) {
        a = make(surface(text, toks, m), cls.type, ws);
        byKey.set(key, a);
      } else if (surface(text, toks, m).length > a.name.length && cls.type === 'person') {
        a.aliases.add(a.name);
        a.name = surface(text, toks, m);
        a.toks = ws;
      }
      m.actor = a;
      continue;
    }
    pending.push(m);
  }
  // persons by single token
  // full-name mentions by token, in text order, for linking short forms
  const byToken = new Map<string, Mention[]>();
  for (const other of mentions) {
    const a = other.actor;
    if (!a || a.type === 'country' || a.toks.length < 2) continue;
    for (const w of new Set(a.toks)) {
      const list = byToken.get(w);
      if (list) list.push(other);
      else byToken.set(w, [other]);
    }
  }
  for (const m of pending) {
    const w = mentionWords(toks, m)[0] as string;
    // a full name sharing the token: the one named in the last two sentences, else the first one
    // introduced (the article's main bearer of the surname), else a later one
    let best: Actor | null = null;
    let recent: Actor | null = null;
    let later: Actor | null = null;
    for (const other of byToken.get(w) ?? []) {
      const a = other.actor as Actor;
      if (other.s < m.s) {
        if (!best) best = a;
        if (m.sent - other.sent <= 1) recent = a;
      } else {
        later = a;
        break;
      }
    }
    best = recent ?? best ?? later;
    if (best) {
      m.actor = best;
      continue;
    }
    const cls = knownOrg(m, [w]) ? { type: 'organisation' as const } : classify([w], m.roles, L);
    m.actor = keyed((cls.type === 'person' ? 'p1:' : 'x:') + w, surface(text, toks, m), cls.type, [w]);
  }
  // aliases, roles, gender
  for (const m of mentions) {
    const a = m.actor;
    if (!a) continue;
    a.mentions++;
    const sf = surface(text, toks, m);
    if (sf !== a.name) a.aliases.add(sf);
    if (m.r0 < m.n0) {
      const full = text.slice((toks[m.r0] as Token).s, m.e);
      if (full !== a.name) a.aliases.add(full);
    }
    for (const r of m.roles) {
      a.roles.add(r.replace(/\.$/, ''));
      const g = TITLE_ABBR_GENDER[r.replace(/\.$/, '')];
      if (g && !a.gender) a.gender = g;
      if (a.type === 'other') a.type = 'person';
    }
  }
  learnGender(toks, mentions, L);
  for (const a of actors) {
    if (a.type !== 'person') continue;
    const f = a.toks[0] ?? '';
    if (a.roles.size) a.personEvidence += 2;
    if (a.gender) a.personEvidence += 1;
    if (a.toks.length >= 2 && (L.male.has(f) || L.female.has(f))) {
      a.personEvidence += 2;
      if (!a.gender && L.male.has(f) && !L.female.has(f)) a.gender = 'm';
      else if (!a.gender && L.female.has(f) && !L.male.has(f)) a.gender = 'f';
    }
  }
  return actors;
}

/**
 * Gender from pronoun agreement: when a person is the first name in a sentence, count the he/his
 * and she/her pronouns (outside quotes) in the rest of that sentence and the next one.
 */
function learnGender(toks: Token[], mentions: Mention[], L: LexSets): void {
  const votes = new Map<Actor, [number, number]>();
  let lastSent = -1;
  for (const m of mentions) {
    if (m.sent === lastSent) continue;
    const a = m.actor;
    if (!a || a.type !== 'person') continue;
    lastSent = m.sent;
    let male = 0;
    let female = 0;
    for (let k = m.r1; k < toks.length && k < m.r1 + 60; k++) {
      const t = toks[k] as Token;
      if (t.sent > m.sent + 1) break;
      if (t.q >= 0 || !t.word) continue;
      if (t.lw === 'he' || t.lw === 'his' || t.lw === 'him' || t.lw === 'himself') male++;
      else if (t.lw === 'she' || t.lw === 'her' || t.lw === 'hers' || t.lw === 'herself') female++;
    }
    const v = votes.get(a) ?? [0, 0];
    v[0] += male;
    v[1] += female;
    votes.set(a, v);
  }
  for (const [a, [male, female]] of votes) {
    if (a.gender) continue;
    const f = a.toks[0] ?? '';
    if (a.toks.length >= 2 && (L.male.has(f) || L.female.has(f))) continue;
    if (male >= 1 && male >= 2 * female) a.gender = 'm';
    else if (female >= 1 && female >= 2 * male) a.gender = 'f';
  }
}

/**
 * A lone capitalised word ("Bozell") becomes a person when it is the subject of a speech verb
 * ("Bozell says", "says Bozell") or carries an age apposition ("Benford, 58,").
 */
const COGNITION = wordSet(
  'believes believed thinks thought feels felt hopes hoped knows knew wants wanted recalls remembers worries worried fears feared',
);

export function promoteSpeakers(toks: Token[], mentions: Mention[], L: LexSets): void {
  for (const m of mentions) {
    const a = m.actor;
    if (!a || (a.type !== 'other' && a.type !== 'person') || L.places.has(a.toks[0] ?? '')) continue;
    if (a.type === 'other' && a.toks.length !== 1) continue;
    let k = m.r1;
    while (toks[k] && (toks[k] as Token).word && L.modifiers.has((toks[k] as Token).lw) && k < m.r1 + 3) k++;
    const after = toks[k];
    const before = toks[m.r0 - 1];
    const speaks =
      (after && after.word && !after.cap && (L.cues.has(after.lw) || COGNITION.has(after.lw))) ||
      (before &&
        before.word &&
        !before.cap &&
        L.cues.has(before.lw) &&
        (toks[m.r1] === undefined || !(toks[m.r1] as Token).word));
    const aged = after && after.w === ',' && toks[k + 1] && /^\d{1,2}$/.test((toks[k + 1] as Token).w);
    // "Brooks, who still has the phone, said …": "who" is said of people
    const who = after && after.w === ',' && (toks[k + 1] as Token | undefined)?.lw === 'who';
    if (speaks || aged || who || m.roles.length) {
      a.type = 'person';
      a.personEvidence += 1;
    }
  }
}
