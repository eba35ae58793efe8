/**
 * What kind of speaker a phrase or name is, from the evidence in the lexicon.
 *
 *   nameType        single-word names that are really groups ("Democrats") or documents ("Poll")
 *   labelType       an unresolved speaker phrase by its head: document ("a new poll", "the statement"),
 *                   anonymous ("a senior official", "sources"), organisation ("the campaign"), group
 *                   ("protesters", "X and Y"), person ("the businessman"); null when the head names no
 *                   possible speaker ("the revised route"), so the phrase is not used as one
 *   stateBody       "the Kestrian government", "Kestria's foreign ministry": an organisation of a country,
 *                   created (or found) among the article's actors and linked to that country
 */
import type { ActorType } from '../../shared/model';
import type { Actor } from './actors';
import type { Doc, SpeakerRef } from './doc';
import type { Token } from './tokens';
import { isQuantifier } from './word-lists';

const INDEFINITE = new Set(['a', 'an', 'one', 'some', 'several', 'two', 'three', 'many', 'other']);

function singular(w: string): string {
  if (w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

export function nameType(d: Doc, words: string[]): ActorType | null {
  if (words.length !== 1) return null;
  const w = words[0] as string;
  if (d.L.groupNouns.has(w)) return 'group';
  if (d.L.documentNouns.has(w)) return 'document';
  return null;
}

export function labelType(d: Doc, ref: Extract<SpeakerRef, { kind: 'np' }>): ActorType | null {
  const lex = d.L.lex;
  const head = ref.head.replace(/['’]s$/, '');
  if (head === 'and') return 'group';
  const one = singular(head);
  const plural = one !== head || head === 'people';
  const first = (d.toks[ref.t0] as Token).lw;
  if (d.L.documentNouns.has(head) || d.L.documentNouns.has(one)) return 'document';
  if (d.L.anonymousNouns.has(head) || d.L.anonymousNouns.has(one)) {
    return plural || INDEFINITE.has(first) || !ref.definite ? 'anonymous' : 'person';
  }
  if (d.L.orgWords.has(head) || d.L.orgWords.has(one) || lex.stateBodies.includes(head)) return 'organisation';
  if (d.L.groupNouns.has(head)) return 'group';
  const human = d.L.roles.has(one) || d.L.generic.has(one) || d.L.titles.has(one) || d.L.personNouns.has(one);
  if (human) return plural ? 'group' : INDEFINITE.has(first) ? 'anonymous' : 'person';
  if (/(ers|ists|ians|ans)$/.test(head)) return 'group'; // "protesters", "economists", "Canadians"
  if (isQuantifier(first) && (isQuantifier(head) || plural)) return 'group'; // "Several", "Two in three voters"
  if (/-year-old$/.test(head)) return 'person';
  // "most of them", "some of those": a share of a group
  if (isQuantifier(first) && (head === 'them' || head === 'those' || head === 'us')) return 'group';
  // "a social anthropologist", "the Veldian": a singular noun of a profession or an origin
  if (/[a-z](ist|ian)$/.test(head)) return INDEFINITE.has(first) ? 'anonymous' : 'person';
  // "One operative inside the tower": a person noun heads the phrase before a place
  if (INDEFINITE.has(first)) {
    const second = (d.toks[ref.t0 + 1] as Token | undefined)?.lw ?? '';
    if (d.L.personNouns.has(second) || d.L.roles.has(second)) return 'anonymous';
  }
  return null;
}

/** The country a demonym or a country word names, as it is spelled in this article. */
function countryOf(d: Doc, t: Token, body: string): string | null {
  const L = d.L;
  const lw = t.lw;
  if (!t.cap) return null;
  const canon = L.lex.countryCanonical[lw];
  if (canon) return canon;
  if (L.countries.has(lw)) return t.w.replace(/['’]s$/, '');
  const dem = L.lex.demonyms[lw];
  if (dem) return dem;
  // "Kestrian" -> "Kestria": an "-ian" word names an "-ia" place; an "-an" one only when the article names the
  // place ("Albertan" -> "Alberta"). Known demonyms were looked up above.
  if (/(ian|an)$/.test(lw)) {
    const stem = t.w.slice(0, -1);
    if ((/ian$/.test(lw) && !NOT_DEMONYMS.has(lw)) || new RegExp(`\\b${stem}\\b`).test(d.text)) return stem;
  }
  if (t.poss) {
    const a = d.mEnd[d.toks.indexOf(t)]?.actor;
    if (a && a.type === 'country') return a.name;
    // "Norvania's foreign ministry": only a country has one, while a person may have a government
    // ("Trump's administration")
    if (NATIONAL_BODY.test(body) && (!a || (a.type !== 'organisation' && !(a.type === 'person' && !speakerOnly(a)))))
      return t.w.replace(/['’]s$/, '');
  }
  return null;
}

/** Capitalised "-ian" words before "government" that name no country. */
const NOT_DEMONYMS = new Set(
  'christian authoritarian totalitarian civilian humanitarian sectarian parliamentarian libertarian egalitarian utilitarian'.split(
    ' ',
  ),
);

const NATIONAL_BODY = /^(?:(?:foreign|defen[cs]e|interior|finance) ministry|embassy|military|army|navy|parliament)$/;

/** Taken for a person only because it spoke ("Kestria said …"): a lone word with no title, gender or first name. */
function speakerOnly(x: Actor): boolean {
  return x.type === 'person' && x.toks.length === 1 && x.personEvidence <= 1 && !x.roles.size && !x.gender;
}

/** "the Kestrian government" / "Kestria's foreign ministry": the organisation actor, linked to its country. */
export function stateBody(d: Doc, ref: Extract<SpeakerRef, { kind: 'np' }>): Actor | null {
  const lex = d.L.lex;
  let k = ref.t0;
  if ((d.toks[k] as Token).lw === 'the') k++;
  const lead = d.toks[k] as Token | undefined;
  if (!lead || k >= ref.t1 - 1) return null;
  const body = d.text.slice((d.toks[k + 1] as Token).s, (d.toks[ref.t1 - 1] as Token).e).toLowerCase();
  if (!lex.stateBodies.includes(body.replace(/ /g, '-')) && !lex.stateBodies.includes(body)) return null;
  const country = countryOf(d, lead, body);
  if (!country) return null;
  const name = `${body.replace(/\b\p{L}/gu, (c) => c.toUpperCase())} of ${country}`;
  let a = d.actors.find((x) => x.name === name);
  if (!a) {
    a = {
      id: d.actors.length,
      name,
      type: 'organisation',
      toks: name.toLowerCase().split(' '),
      aliases: new Set(),
      roles: new Set(),
      gender: null,
      mentions: 0,
      spoke: false,
      personEvidence: 0,
      country,
    };
    d.actors.push(a);
  }
  a.aliases.add(ref.label.replace(/^the /i, ''));
  a.mentions++;
  // the country named by the demonym is a country of this article too, even when it was taken for a person
  // only because it spoke ("Kestria said …")
  const c = d.actors.find((x) => x.name === country);
  if (c && (c.type === 'other' || speakerOnly(c))) c.type = 'country';
  return a;
}

/** "Russian Foreign Ministry", "Kestrian Army": an organisation named after its country. */
export function countryOfName(d: Doc, a: Actor): string | null {
  const first = a.toks[0] ?? '';
  if (a.toks.length < 2) return null;
  const canon = d.L.lex.countryCanonical[first] ?? d.L.lex.demonyms[first];
  if (canon) return canon;
  if (d.L.countries.has(first)) return first.charAt(0).toUpperCase() + first.slice(1);
  return null;
}
