/**
 * Regenerates tests/fixtures/import/: every article text below is invented for Soundbite's tests (fictional
 * countries, people and outlets). Text fixtures are written directly; binary ones are built here too: PDF through
 * Chromium's page.pdf (playwright-core with /usr/bin/chromium), DOCX with the `docx` package, ZIP with fflate.
 * Also writes expected.json, the manifest the fixture test checks (values come from the story definitions, not
 * from the readers).
 *
 *   npx tsx scripts/make-import-fixtures.ts            # everything
 *   npx tsx scripts/make-import-fixtures.ts --no-pdf   # skip the Chromium step
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { CHROMIUM_ARGS } from '../src/node/chromium-printer';
import { chromiumPath } from '../src/node/paths';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'tests/fixtures/import');

export interface Story {
  id: string;
  title: string;
  date: string;
  source: string;
  byline: string;
  url: string;
  lang: string;
  paragraphs: string[];
}

export const STORIES: Record<string, Story> = {
  tariffs: {
    id: 'tariffs',
    title: 'Varga warns new Estravian tariffs will hit Norvanian households',
    date: '2025-03-04',
    source: 'The Meridian Ledger',
    byline: 'Tomas Hale',
    url: 'https://meridian-ledger.example/economy/varga-tariffs',
    lang: 'en',
    paragraphs: [
      'Finance Minister Alena Varga of the Republic of Norvania said on Tuesday that the tariffs announced by neighbouring Estravia "will hurt every family that buys bread, fuel or school shoes".',
      'Speaking to reporters outside the parliament in Norvania City, Varga said the government would present its response within a week. "We are not going to stand by while our exporters are punished for a dispute they did not start," she said.',
      'The tariffs, which take effect on 1 April, add a levy of twelve percent on Norvanian timber, dairy and machine parts. Economists at the Norvanian Institute for Trade estimate the measure could cost the country up to 0.4 percent of its output this year.',
      'Opposition leader Piotr Dane accused the minister of exaggerating. Dane told the Ledger that the levies were "modest, temporary and entirely predictable", and said the cabinet had ignored warnings from industry for months.',
      'Estravian Trade Commissioner Ilse Marek defended the decision, saying her country had "exhausted every friendly channel". Talks between the two governments are due to resume in Karsk on Friday.',
    ],
  },
  floods: {
    id: 'floods',
    title: 'Caldora mayor promises new sea wall after winter floods',
    date: '2024-11-19',
    source: 'Harbour Evening Post',
    byline: 'Maren Solberg',
    url: 'https://harbour-post.example/local/caldora-sea-wall',
    lang: 'en',
    paragraphs: [
      'The mayor of Caldora, Ines Oltra, pledged on Monday to build a new sea wall along the old harbour before next winter, after storm surges flooded more than three hundred homes in the port city.',
      '"Nobody in this city should have to carry their furniture upstairs every time the wind turns," Oltra told a packed meeting at the town hall. She said the council had set aside 40 million crowns for the project.',
      'Chief engineer Bruno Kessel warned that the timetable was tight. According to Kessel, the foundations alone would take four months, and the wall could only be finished on time if the spring was dry.',
      'Residents of the Lower Quay district were sceptical. "We have heard promises like this after every storm since 2009," said shopkeeper Hanne Vik, whose bakery was flooded twice this month.',
      'The regional weather office said further storms were likely before the end of the year.',
    ],
  },
  treaty: {
    id: 'treaty',
    title: 'Norvania and Estravia sign Lake Orme water-sharing treaty',
    date: '2024-06-12',
    source: 'Northgate Wire',
    byline: 'Northgate Wire staff',
    url: 'https://northgate-wire.example/2024/06/12/lake-orme-treaty',
    lang: 'en',
    paragraphs: [
      'KARSK, June 12, 2024 (Northgate Wire) - Norvania and Estravia signed a treaty on Wednesday that divides the waters of Lake Orme between the two countries, ending a dispute that has soured relations for more than a decade.',
      'Estravian Foreign Minister Kasimir Holt called the agreement "a victory for common sense and for the farmers on both shores". Under the deal, each country may draw no more than forty percent of the lake\'s annual inflow.',
      'Norvanian Prime Minister Eda Lindqvist said the treaty proved that neighbours could settle hard questions without outside help. She added that a joint commission would publish water levels every month.',
      'Environmental groups gave the deal a cautious welcome. The Orme Basin Trust said in a statement that the limits were "a good start, but still too generous to the irrigation lobby".',
      'The treaty must now be ratified by both parliaments, which is expected before the end of the year.',
    ],
  },
  tech: {
    id: 'tech',
    title: 'Regulator Brenner orders Velora Systems to open its app store',
    date: '2025-01-27',
    source: 'The Calloway Courier',
    byline: 'Ada Finch',
    url: 'https://calloway-courier.example/tech/brenner-velora',
    lang: 'en',
    paragraphs: [
      'Digital markets commissioner Lotte Brenner ordered Velora Systems on Monday to let rival app stores onto its phones within six months, in the toughest ruling yet against the Vesterholm-based company.',
      '"For too long, one company has decided which apps millions of people are allowed to use," Brenner said at a news conference. "That ends today."',
      'Velora chief executive Marcus Ode said the company would appeal. In a letter to staff, Ode wrote that the order "puts the security of our customers at risk" and that Velora had always competed fairly.',
      'Consumer groups welcomed the decision. Rhea Castell, who leads the Vesterholm Consumer Council, said prices for apps could fall by a fifth if the ruling held.',
    ],
  },
  strike: {
    id: 'strike',
    title: 'Vesterholm nurses vote to strike over staffing',
    date: '2024-09-03',
    source: 'Radio Vesterholm',
    byline: 'Jonas Ek',
    url: 'https://radio-vesterholm.example/news/nurses-strike',
    lang: 'en',
    paragraphs: [
      'Nurses in Vesterholm have voted to strike for three days later this month, their union said on Tuesday, after talks with the health ministry over staffing levels broke down.',
      'Union leader Dagny Roos said ninety-one percent of members had backed the action. "Our members are exhausted, and patients are paying the price," Roos said. "We did not want this, but the ministry left us no choice."',
      'Health Minister Oskar Brandt said he regretted the vote and urged the union to return to the table. He said the government had already offered to hire eight hundred additional nurses over two years.',
      'Hospitals will keep emergency wards open during the strike, according to the union.',
    ],
  },
  treatyWire: {
    id: 'treatyWire',
    title: 'Lake Orme deal ends decade-long feud between Norvania and Estravia',
    date: '2024-06-12',
    source: 'The Meridian Ledger',
    byline: 'Northgate Wire',
    url: 'https://meridian-ledger.example/world/lake-orme-deal',
    lang: 'en',
    paragraphs: [
      'KARSK, June 12, 2024 (Northgate Wire) - Norvania and Estravia signed a treaty on Wednesday that divides the waters of Lake Orme between the two countries, ending a dispute that has soured relations for more than a decade.',
      'Estravian Foreign Minister Kasimir Holt called the agreement "a victory for common sense and for the farmers on both shores". Under the deal, each country may draw no more than forty percent of the lake\'s annual inflow.',
      'Norvanian Prime Minister Eda Lindqvist said the treaty showed that neighbours could settle difficult questions without outside help. She added that a joint commission would publish water levels every month.',
      'Environmental groups gave the deal a cautious welcome. The Orme Basin Trust said in a statement that the limits were "a good start, but still too generous to the irrigation lobby".',
      'The treaty must now be ratified by both parliaments, which is expected before the end of the year. The Ledger will follow the debate in Norvania City.',
    ],
  },
  treatyOpinion: {
    id: 'treatyOpinion',
    title: 'Farmers around Lake Orme fear the new treaty will leave them dry',
    date: '2024-06-20',
    source: 'Harbour Evening Post',
    byline: 'Maren Solberg',
    url: 'https://harbour-post.example/region/orme-farmers',
    lang: 'en',
    paragraphs: [
      'A week after Norvania and Estravia signed the Lake Orme treaty, farmers on the northern shore say nobody asked them what forty percent of the inflow would mean for their fields.',
      '"The ministers shook hands in Karsk, but they have never irrigated a field of beets in August," said Lars Holm, who grows sugar beet near the village of Orme Bridge.',
      "Agriculture spokesperson Freya Dal said the government would publish a plan for affected farms before the harvest, and insisted the treaty protected both countries' farmers.",
      'Water engineers say the lake has lost nearly a metre of depth since 2015. The joint commission created by the treaty will hold its first meeting in September.',
    ],
  },
  frenchTariffs: {
    id: 'frenchTariffs',
    title: 'Alena Varga dénonce les nouveaux droits de douane estraviens',
    date: '2025-03-05',
    source: 'Le Courrier de Norvanie',
    byline: 'Claire Duval',
    url: 'https://courrier-norvanie.example/economie/varga-droits',
    lang: 'fr',
    paragraphs: [
      "La ministre des Finances de la République de Norvanie, Alena Varga, a déclaré mardi que les droits de douane annoncés par l'Estravie « vont frapper toutes les familles du pays ».",
      "« Nous ne resterons pas les bras croisés pendant que nos exportateurs sont punis pour un conflit qu'ils n'ont pas commencé », a-t-elle affirmé devant le parlement.",
      "Le chef de l'opposition, Piotr Dane, estime que la ministre exagère. Selon lui, les mesures sont modestes et temporaires, et le gouvernement a ignoré les avertissements des industriels depuis des mois.",
      'Les négociations entre les deux pays doivent reprendre vendredi à Karsk.',
    ],
  },
  germanFloods: {
    id: 'germanFloods',
    title: 'Caldora plant eine neue Hafenmauer',
    date: '2024-11-20',
    source: 'Nordstädter Anzeiger',
    byline: 'Jens Albrecht',
    url: 'https://nordstaedter-anzeiger.example/caldora-hafenmauer',
    lang: 'de',
    paragraphs: [
      'Die Bürgermeisterin von Caldora, Ines Oltra, hat am Montag den Bau einer neuen Hafenmauer angekündigt. Nach den Sturmfluten der vergangenen Woche waren mehr als dreihundert Wohnungen überschwemmt worden.',
      '„Niemand in dieser Stadt sollte bei jedem Sturm seine Möbel in den ersten Stock tragen müssen“, sagte Oltra bei einer Versammlung im Rathaus.',
      'Der leitende Ingenieur Bruno Kessel warnte, dass der Zeitplan sehr knapp sei. Die Fundamente allein würden vier Monate dauern, sagte er.',
    ],
  },
  newsletterA: {
    id: 'newsletterA',
    title: 'Port of Karsk to double container capacity',
    date: '2025-02-10',
    source: 'Northgate Briefing',
    byline: 'Northgate Briefing',
    url: '',
    lang: 'en',
    paragraphs: [
      'The Port of Karsk will double its container capacity by 2028, harbour master Niels Aaberg announced on Monday. "Ships are already waiting two days for a berth," Aaberg said.',
      "The expansion will cost an estimated 900 million crowns and will be paid for partly by the port's own revenue.",
    ],
  },
  newsletterB: {
    id: 'newsletterB',
    title: 'Estravian central bank holds rates',
    date: '2025-02-10',
    source: 'Northgate Briefing',
    byline: 'Northgate Briefing',
    url: '',
    lang: 'en',
    paragraphs: [
      'The Estravian central bank left its main interest rate unchanged at 3.25 percent. Governor Sofia Renz said inflation was "moving in the right direction, but not yet home".',
      'Markets had expected the decision. Analysts at Karsk Capital said a first cut was likely in the summer.',
    ],
  },
  newsletterC: {
    id: 'newsletterC',
    title: 'Caldora ferry strike called off',
    date: '2025-02-10',
    source: 'Northgate Briefing',
    byline: 'Northgate Briefing',
    url: '',
    lang: 'en',
    paragraphs: [
      'Ferry crews in Caldora called off a planned strike after the operator agreed to a new rota. Union secretary Pia Lund said the deal was "fair to the crews and to the islanders who depend on them".',
      'Services will run normally from Wednesday.',
    ],
  },
};

function body(s: Story): string {
  return s.paragraphs.join('\n\n');
}

function firstSentenceOf(s: Story): string {
  const p = s.paragraphs[0] ?? '';
  // Stories are written so that the first sentence ends at the first ". " followed by a capital or the end.
  const m = /^.*?[.!?]["”»]?(?=\s+[A-Z«"„]|$)/.exec(p);
  return m ? m[0] : p;
}

export interface Expectation {
  format: string;
  title?: string;
  date?: string | null;
  source?: string | null;
  byline?: string | null;
  url?: string | null;
  language?: string | null;
  firstSentence?: string;
  /** Number of entries (archives) or articles (several stories in one file). */
  entries?: number;
  articles?: number;
  /** Expected one-line error, for bad-input fixtures. */
  error?: string;
  /** Strings that must never appear in the body. */
  bodyExcludes?: string[];
  /** Strings the body must contain. */
  bodyIncludes?: string[];
  warnings?: string[];
  /** Every article in order (across entries), with the entry name it must come from. */
  each?: { entry?: string; title: string; date: string | null; source?: string | null; language?: string | null }[];
}

/** Per-article expectation from a story. */
function eachOf(
  s: Story,
  over: Partial<{ entry: string; source: string | null; date: string | null; title: string }> = {},
): NonNullable<Expectation['each']>[number] {
  return { title: s.title, date: s.date, source: s.source, language: s.lang, ...over };
}

const expected: Record<string, Expectation> = {};

function write(name: string, data: string | Uint8Array, exp?: Expectation): void {
  const path = join(OUT, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, data);
  if (exp) expected[name] = exp;
}

function expectStory(s: Story, format: string, over: Partial<Expectation> = {}): Expectation {
  return {
    format,
    title: s.title,
    date: s.date,
    source: s.source,
    language: s.lang,
    firstSentence: firstSentenceOf(s),
    ...over,
  };
}

const esc = (t: string): string =>
  t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function writeTextFixtures(): void {
  const S = STORIES;
  // 1. The monitoring-export header form (like the shared seed article).
  const tr = S['treaty']!;
  write(
    'txt/export-header.txt',
    `date ${tr.date} ${tr.source} - ${body(tr).replace(/^KARSK, June 12, 2024 \(Northgate Wire\) - /, '')}\n`,
    {
      ...expectStory(tr, 'txt', {
        title:
          'Norvania and Estravia signed a treaty on Wednesday that divides the waters of Lake Orme between the two countries, ending a dispute that has soured relations for more than a decade.',
        firstSentence:
          'Norvania and Estravia signed a treaty on Wednesday that divides the waters of Lake Orme between the two countries, ending a dispute that has soured relations for more than a decade.',
      }),
    },
  );
  // 2. Key: value header, CRLF line endings, hard-wrapped paragraphs.
  const te = S['tech']!;
  const wrap = (p: string): string => p.replace(/(.{1,72})(?:\s+|$)/g, '$1\n').trimEnd();
  write(
    'txt/key-value-header-crlf.txt',
    [
      `Title: ${te.title}`,
      `Date: 27 January 2025`,
      `Source: ${te.source}`,
      `Author: ${te.byline}`,
      `URL: ${te.url}`,
      '',
      ...te.paragraphs.map((p) => wrap(p) + '\n'),
    ]
      .join('\n')
      .replace(/\n/g, '\r\n'),
    {
      ...expectStory(te, 'txt'),
      byline: te.byline,
      url: te.url,
      bodyIncludes: ['within six months, in the toughest ruling'],
    },
  );
  // 3. Windows-1252: curly quotes and accented names, not valid UTF-8.
  const fr = S['frenchTariffs']!;
  const cp1252 = encodeWindows1252(`${fr.title}\n\nPublié le 5 mars 2025\n\n${body(fr)}\n`);
  write('txt/windows-1252-french.txt', cp1252, {
    ...expectStory(fr, 'txt', { source: null }),
    warnings: ['not valid UTF-8: read as Windows-1252'],
    bodyIncludes: ['« vont frapper toutes les familles du pays »'],
  });
  // 4. UTF-16 LE with BOM.
  const st = S['strike']!;
  write(
    'txt/utf16le-bom.txt',
    encodeUtf16(`${st.title}\n\nBy ${st.byline}, September 3, 2024\n\n${body(st)}\n`, 'le'),
    {
      ...expectStory(st, 'txt', { source: null }),
      byline: st.byline,
    },
  );
  // 5. UTF-16 BE with BOM, no title line, no date: the title is the first sentence.
  const fl = S['floods']!;
  write('txt/utf16be-no-title.txt', encodeUtf16(fl.paragraphs.slice(0, 3).join('\n') + '\n', 'be'), {
    format: 'txt',
    title: firstSentenceOf(fl),
    date: null,
    source: null,
    language: 'en',
    firstSentence: firstSentenceOf(fl),
    warnings: ['no publication date found'],
  });
  // 6. UTF-8 with BOM and a Reuters-style dateline giving the date.
  const tw = S['treatyWire']!;
  write('txt/utf8-bom-dateline.txt', '\ufeff' + `${tw.title}\n\n${body(tw)}\n`, {
    ...expectStory(tw, 'txt', { source: 'Northgate Wire' }),
  });

  // 7. A monitoring export with several stories, each behind its own header line (one with a headline line).
  const fl1 = S['floods']!;
  const st1 = S['strike']!;
  const op1 = S['treatyOpinion']!;
  write(
    'txt/export-several.txt',
    [
      `date ${fl1.date} ${fl1.source} - ${fl1.title}\n\n${body(fl1)}`,
      `date ${st1.date} ${st1.source} - ${body(st1)}`,
      `date ${op1.date} ${op1.source} - ${body(op1)}`,
    ].join('\n\n') + '\n',
    {
      ...expectStory(fl1, 'txt'),
      articles: 3,
      each: [eachOf(fl1), eachOf(st1, { title: firstSentenceOf(st1) }), eachOf(op1, { title: firstSentenceOf(op1) })],
    },
  );

  // Markdown
  const ta = S['tariffs']!;
  write(
    'md/front-matter.md',
    `---\ntitle: "${ta.title}"\ndate: ${ta.date}\nsource: ${ta.source}\nauthor: ${ta.byline}\nurl: ${ta.url}\n---\n\n# ${ta.title}\n\n` +
      ta.paragraphs
        .map((p, i) => (i === 1 ? `> ${p}` : i === 2 ? p.replace('twelve percent', '**twelve percent**') : p))
        .join('\n\n') +
      '\n\n![Varga at parliament](varga.jpg)\n',
    { ...expectStory(ta, 'md'), byline: ta.byline, url: ta.url, bodyExcludes: ['**', '![', 'varga.jpg', '---'] },
  );
  write(
    'md/heading-only.md',
    `# ${st.title}\n\n*By ${st.byline}*\n\nPublished 3 September 2024\n\n${st.paragraphs[0]}\n\n## The vote\n\n${st.paragraphs.slice(1, 2).join('\n\n')}\n\n## The response\n\n${st.paragraphs
      .slice(2)
      .join('\n\n')}\n\nRead more: [union statement](https://union.example/statement) and \`press kit\`.\n`,
    {
      ...expectStory(st, 'md', { source: null }),
      byline: st.byline,
      bodyIncludes: ['The vote', 'union statement and press kit'],
      bodyExcludes: ['](', '`', '##', '*By'],
    },
  );
  write(
    'md/setext-german.md',
    `${S['germanFloods']!.title}\n${'='.repeat(30)}\n\nCaldora, 20. November 2024\n\n${body(S['germanFloods']!)}\n\n- erste Phase: Fundamente\n- zweite Phase: Mauer\n`,
    {
      ...expectStory(S['germanFloods']!, 'md', { source: null }),
      bodyIncludes: ['- erste Phase: Fundamente\n- zweite Phase: Mauer'],
    },
  );

  // HTML
  write('html/news-meta.html', htmlPage(ta, { withMeta: true }), {
    ...expectStory(ta, 'html'),
    byline: ta.byline,
    url: ta.url,
    bodyExcludes: ['Home', 'Subscribe', 'All rights reserved', 'Photo:', 'trackVisit'],
  });
  write('html/json-ld-only.html', htmlPage(te, { jsonLd: true }), {
    ...expectStory(te, 'html'),
    byline: te.byline,
    url: te.url,
  });
  write('html/hostile-scripts.html', hostileHtml(fl), {
    ...expectStory(fl, 'html', { date: '2024-11-19', source: null }),
    bodyExcludes: [
      'alert',
      'SCRIPT_PAYLOAD',
      'onerror',
      'onclick',
      'HANDLER_PAYLOAD',
      'javascript:',
      'STYLE_PAYLOAD',
      'COMMENT_PAYLOAD',
      'NOSCRIPT_PAYLOAD',
      'IFRAME_PAYLOAD',
    ],
  });
  write('html/busy-page.html', busyPage(st), {
    ...expectStory(st, 'html'),
    byline: st.byline,
    bodyExcludes: ['COOKIE_TEXT', 'TEASER_TEXT', 'COMMENT_TEXT', 'SIGNUP_TEXT', 'Most read', 'Reply', 'Accept all'],
  });
  write('html/french-time-element.html', htmlPage(fr, { timeOnly: true, lang: 'fr' }), {
    ...expectStory(fr, 'html'), // the outlet from the <title> suffix
  });
  write(
    'html/windows-1252-charset.html',
    encodeWindows1252(htmlPage(S['treatyOpinion']!, { withMeta: true, charset: 'windows-1252' })),
    {
      ...expectStory(S['treatyOpinion']!, 'html'),
      bodyIncludes: ["treaty protected both countries' farmers"],
    },
  );
}

interface HtmlOpts {
  withMeta?: boolean;
  jsonLd?: boolean;
  timeOnly?: boolean;
  lang?: string;
  charset?: string;
}

export function htmlPage(s: Story, o: HtmlOpts): string {
  const meta = o.withMeta
    ? `<meta property="og:title" content="${esc(s.title)}">
<meta property="og:site_name" content="${esc(s.source)}">
<meta property="og:url" content="${esc(s.url)}">
<meta property="article:published_time" content="${s.date}T08:30:00+01:00">
<meta name="author" content="${esc(s.byline)}">`
    : '';
  const ld = o.jsonLd
    ? `<script type="application/ld+json">${JSON.stringify({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', name: s.source, url: 'https://example.invalid/' },
          {
            '@type': 'NewsArticle',
            headline: s.title,
            datePublished: `${s.date}T06:00:00Z`,
            author: [{ '@type': 'Person', name: s.byline }],
            publisher: { '@type': 'Organization', name: s.source },
            mainEntityOfPage: s.url,
          },
        ],
      })}</script>`
    : '';
  const time = o.timeOnly ? `<p class="meta"><time datetime="${s.date}">${s.date}</time></p>` : '';
  return `<!DOCTYPE html>
<html lang="${o.lang ?? 'en'}">
<head>
<meta charset="${o.charset ?? 'utf-8'}">
<title>${esc(s.title)} | ${esc(s.source)}</title>
${meta}
${ld}
<link rel="stylesheet" href="/site.css">
<script>function trackVisit(){ return 'trackVisit'; } trackVisit();</script>
</head>
<body>
<header class="site-header"><a href="/">Home</a> <a href="/world">World</a> <a href="/subscribe">Subscribe</a></header>
<nav><ul><li><a href="/">Home</a></li><li><a href="/economy">Economy</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<main>
<article>
<h1>${esc(s.title)}</h1>
${time}
<p class="byline">By ${esc(s.byline)}</p>
${s.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
<figure><img src="photo.jpg" alt="photo"><figcaption>Photo: agency archive</figcaption></figure>
</article>
<aside class="related"><h2>Related</h2><ul><li><a href="/a">Another story</a></li><li><a href="/b">Yet another</a></li></ul></aside>
</main>
<footer><p>© 2025 ${esc(s.source)}. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body>
</html>
`;
}

/** A cluttered page: cookie banner, teasers, comments, sign-up box around the story. */
function busyPage(s: Story): string {
  const teaser = (n: number): string =>
    `<li><a href="/t${n}"><h3>Another headline number ${n}</h3><p>TEASER_TEXT ${n}: a short summary of a different story that readers also looked at this week, with a few words more.</p></a></li>`;
  const comment = (n: number): string =>
    `<div class="comment"><p class="author">reader${n}</p><p>COMMENT_TEXT ${n}: I think the nurses are right and the ministry should listen, but nobody ever does in this country.</p><a href="#">Reply</a></div>`;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(s.title)} – ${esc(s.source)}</title>
<meta property="og:site_name" content="${esc(s.source)}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ReportageNewsArticle","headline":${JSON.stringify(s.title)},"datePublished":"${s.date}T05:10:00+02:00","author":{"@type":"Person","name":${JSON.stringify(s.byline)}}}</script>
</head><body>
<div id="cookie-banner" class="cookie"><p>COOKIE_TEXT We use cookies to improve your experience on our site.</p><button>Accept all</button></div>
<header><nav><a href="/">News</a><a href="/sport">Sport</a><a href="/weather">Weather</a></nav></header>
<div class="layout">
<div class="main-column">
<div class="story-body" itemprop="articleBody">
<h1>${esc(s.title)}</h1>
<div class="byline">By ${esc(s.byline)}</div>
${s.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</div>
<div class="signup"><h2>Get the morning briefing</h2><p>SIGNUP_TEXT Sign up to receive our newsletter every morning at seven.</p><form><input type="email"><button>Sign up</button></form></div>
<section id="comments"><h2>Comments</h2>${[1, 2, 3, 4].map(comment).join('')}</section>
</div>
<div class="sidebar"><h2>Most read</h2><ol>${[1, 2, 3, 4, 5].map(teaser).join('')}</ol></div>
</div>
<footer><p>${esc(s.source)} is a public broadcaster.</p></footer>
</body></html>
`;
}

function hostileHtml(s: Story): string {
  return `<!DOCTYPE html>
<html lang="en">
<head><title>${esc(s.title)}</title>
<meta name="date" content="${s.date}">
<style>body { background: url("STYLE_PAYLOAD"); }</style>
<script>alert("SCRIPT_PAYLOAD");</script>
</head>
<body onload="alert('HANDLER_PAYLOAD')">
<!-- COMMENT_PAYLOAD: editor notes that must never reach the body -->
<noscript>NOSCRIPT_PAYLOAD enable JavaScript</noscript>
<iframe src="javascript:alert('IFRAME_PAYLOAD')">IFRAME_PAYLOAD</iframe>
<div id="content">
<h1 onclick="alert('HANDLER_PAYLOAD')">${esc(s.title)}</h1>
${s.paragraphs
  .map((p, i) =>
    i === 1
      ? `<p onmouseover="steal('HANDLER_PAYLOAD')">${esc(p)}<img src="x" onerror="alert('HANDLER_PAYLOAD')"></p>`
      : i === 2
        ? `<p>${esc(p)}<script>document.write("SCRIPT_PAYLOAD")</script></p>`
        : `<p>${esc(p)}</p>`,
  )
  .join('\n')}
<a href="javascript:alert('HANDLER_PAYLOAD')">Share</a>
<svg><script>alert("SCRIPT_PAYLOAD")</script></svg>
</div>
</body>
</html>
`;
}

export function encodeWindows1252(text: string): Uint8Array {
  const special: Record<string, number> = {
    '€': 0x80,
    '‚': 0x82,
    ƒ: 0x83,
    '„': 0x84,
    '…': 0x85,
    '†': 0x86,
    '‡': 0x87,
    ˆ: 0x88,
    '‰': 0x89,
    Š: 0x8a,
    '‹': 0x8b,
    Œ: 0x8c,
    Ž: 0x8e,
    '‘': 0x91,
    '’': 0x92,
    '“': 0x93,
    '”': 0x94,
    '•': 0x95,
    '–': 0x96,
    '—': 0x97,
    '˜': 0x98,
    '™': 0x99,
    š: 0x9a,
    '›': 0x9b,
    œ: 0x9c,
    ž: 0x9e,
    Ÿ: 0x9f,
  };
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 63;
    if (c < 0x80 || (c >= 0xa0 && c <= 0xff)) out.push(c);
    else out.push(special[ch] ?? 0x3f);
  }
  return new Uint8Array(out);
}

export function encodeUtf16(text: string, order: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = order === 'le' ? 0xff : 0xfe;
  out[1] = order === 'le' ? 0xfe : 0xff;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + i * 2] = order === 'le' ? c & 0xff : c >> 8;
    out[3 + i * 2] = order === 'le' ? c >> 8 : c & 0xff;
  }
  return out;
}

function writeBadFixtures(): void {
  write('bad/empty.txt', new Uint8Array(0), { format: 'txt', error: 'empty file' });
  write('bad/whitespace-only.txt', '  \n\n\t \r\n', { format: 'txt', error: 'no text found (only whitespace)' });
  // Deterministic junk: a small linear congruential generator.
  let seed = 12345;
  const junk = new Uint8Array(3000);
  for (let i = 0; i < junk.length; i++) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    junk[i] = seed >>> 24;
  }
  write('bad/binary-junk.txt', junk, { format: 'txt', error: 'binary data, not text' });
  write('bad/unsupported.xyz', 'just some text in an unknown container\n', {
    format: 'none',
    error: 'unsupported file type (.xyz)',
  });
  write(
    'bad/odd names/Ünïcödé – “quoted” name (copy 2).TXT',
    `Odd name test\n\n${STORIES['strike']!.paragraphs[0]}\n`,
    {
      format: 'txt',
      title: 'Odd name test',
    },
  );
  write('bad/no-extension', `${STORIES['strike']!.paragraphs[0]}\n`, {
    format: 'none',
    error: 'unsupported file type (no extension)',
  });
}

async function main(): Promise<void> {
  const args = new Set(process.argv.slice(2));
  mkdirSync(OUT, { recursive: true });
  writeTextFixtures();
  writeBadFixtures();
  writeMimeFixtures();
  writeJsonFixtures();
  const docx = await writeDocxFixtures();
  const pdf = args.has('--no-pdf') ? null : await writePdfFixtures();
  writeEncryptedPdf();
  writeZipFixtures(docx, pdf);
  const sorted = Object.fromEntries(Object.entries(expected).sort(([a], [b]) => a.localeCompare(b)));
  // Formatted the way the repository's Prettier config would, so `prettier --write .` leaves it alone.
  const { format } = await import('prettier');
  const prettierOptions = JSON.parse(readFileSync(join(ROOT, '.prettierrc.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(
    join(OUT, 'expected.json'),
    await format(JSON.stringify(sorted), { ...prettierOptions, parser: 'json' }),
  );
  console.log(`wrote ${Object.keys(sorted).length} fixtures to ${OUT}`);
}

// ---------------------------------------------------------------- e-mail and web archives

function qpEncode(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let out = '';
  let line = '';
  for (const b of bytes) {
    let piece: string;
    if (b === 10) {
      out += line + '\n';
      line = '';
      continue;
    }
    if ((b >= 33 && b <= 126 && b !== 61) || b === 32) piece = String.fromCharCode(b);
    else piece = '=' + b.toString(16).toUpperCase().padStart(2, '0');
    if (line.length + piece.length > 75) {
      out += line + '=\n';
      line = '';
    }
    line += piece;
  }
  return out + line;
}

function b64(data: string | Uint8Array): string {
  const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
  return buf.toString('base64').replace(/(.{76})/g, '$1\n');
}

const crlf = (s: string): string => s.replace(/\r?\n/g, '\r\n');

function writeMimeFixtures(): void {
  const S = STORIES;
  const ta = S['tariffs']!;
  const plain = `${ta.paragraphs.join('\n\n')}\n\n-- \nThe Meridian Ledger alerts. To unsubscribe, reply STOP.\n`;
  const html = `<html><body><h1>${esc(ta.title)}</h1>${ta.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}<p style="font-size:10px">Unsubscribe from these alerts</p></body></html>`;
  write(
    'eml/ledger-alert.eml',
    crlf(`Return-Path: <alerts@meridian-ledger.example>
From: "The Meridian Ledger" <alerts@meridian-ledger.example>
To: analyst@soundbite.example
Subject: =?UTF-8?Q?Varga_warns_new_Estravian_tariffs_will_hit_Norvanian_households?=
Date: Tue, 4 Mar 2025 23:40:00 -0500
Message-ID: <alert-0001@meridian-ledger.example>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="ALT-BOUNDARY"

--ALT-BOUNDARY
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

${qpEncode(plain)}
--ALT-BOUNDARY
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: quoted-printable

${qpEncode(html)}
--ALT-BOUNDARY--
`),
    { ...expectStory(ta, 'eml'), bodyExcludes: ['unsubscribe', 'STOP', '-- '] },
  );

  const op = S['treatyOpinion']!;
  write(
    'eml/forwarded.eml',
    crlf(`From: Nora Quist <nora.quist@soundbite.example>
To: desk@soundbite.example
Subject: Fwd: ${op.title}
Date: Mon, 24 Jun 2024 09:15:00 +0200
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Worth adding to the Orme file.

---------- Forwarded message ---------
From: Harbour Evening Post <newsroom@harbour-post.example>
Date: Thu, 20 Jun 2024 at 18:02
Subject: ${op.title}
To: <nora.quist@soundbite.example>

${op.paragraphs.join('\n\n')}
`),
    { ...expectStory(op, 'eml') },
  );

  const stories = [S['newsletterA']!, S['newsletterB']!, S['newsletterC']!];
  const nlHtml = `<!DOCTYPE html><html><body>
<table width="100%"><tr><td>
<p><a href="https://briefing.example/web">View this email in your browser</a></p>
<p>Good morning. Three stories from the region today.</p>
${stories.map((st) => `<hr><h2>${esc(st.title)}</h2>${st.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}`).join('\n')}
<hr>
<p>You are receiving this because you subscribed to Northgate Briefing. <a href="https://briefing.example/u">Unsubscribe</a></p>
</td></tr></table></body></html>`;
  write(
    'eml/newsletter.eml',
    crlf(`From: Northgate Briefing <briefing@northgate-wire.example>
To: analyst@soundbite.example
Subject: Northgate Briefing: ports, rates and ferries
Date: Mon, 10 Feb 2025 06:00:00 +0000
MIME-Version: 1.0
Content-Type: text/html; charset=utf-8
Content-Transfer-Encoding: base64

${b64(nlHtml)}
`),
    {
      ...expectStory(stories[0]!, 'eml'),
      articles: 3,
      bodyExcludes: ['Unsubscribe', 'View this email', 'Three stories'],
      each: stories.map((st) => eachOf(st)),
    },
  );

  const fr = S['frenchTariffs']!;
  const latin1 = Buffer.from(encodeWindows1252(fr.paragraphs.join('\n\n') + '\n'));
  write(
    'eml/base64-latin1-french.eml',
    crlf(`From: =?ISO-8859-1?Q?Le_Courrier_de_Norvanie?= <info@courrier-norvanie.example>
To: analyst@soundbite.example
Subject: =?ISO-8859-1?Q?Alena_Varga_d=E9nonce_les_nouveaux_droits_de_douane_estraviens?=
Date: Wed, 05 Mar 2025 07:30:00 +0100
MIME-Version: 1.0
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: base64

${latin1.toString('base64').replace(/(.{76})/g, '$1\n')}
`),
    { ...expectStory(fr, 'eml') },
  );

  // MHTML: what a browser's "save as single file" produces.
  const mhtml = (s: Story, htmlPart: string, enc: 'quoted-printable' | 'base64', charset = 'utf-8'): string =>
    crlf(`From: <Saved by Blink>
Snapshot-Content-Location: ${s.url}
Subject: ${s.title}
Date: Sat, 1 Nov 2025 10:00:00 -0000
MIME-Version: 1.0
Content-Type: multipart/related;
\ttype="text/html";
\tboundary="----MultipartBoundary--soundbite----"

------MultipartBoundary--soundbite----
Content-Type: text/html; charset=${charset}
Content-ID: <frame-1@mhtml.blink>
Content-Transfer-Encoding: ${enc}
Content-Location: ${s.url}

${htmlPart}
------MultipartBoundary--soundbite----
Content-Type: image/png
Content-Transfer-Encoding: base64
Content-Location: https://example.invalid/logo.png

iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==
------MultipartBoundary--soundbite------
`);
  write('mhtml/tariffs-qp.mhtml', mhtml(ta, qpEncode(htmlPage(ta, { withMeta: true })), 'quoted-printable'), {
    ...expectStory(ta, 'mhtml'),
    byline: ta.byline,
    url: ta.url,
    bodyExcludes: ['Subscribe', 'All rights reserved', 'trackVisit'],
  });
  const tr = S['treaty']!;
  write('mhtml/treaty-base64.mhtml', mhtml(tr, b64(htmlPage(tr, { jsonLd: true })), 'base64'), {
    ...expectStory(tr, 'mhtml'),
    url: tr.url,
  });
  const fl = S['floods']!;
  const flHtml = htmlPage(fl, { timeOnly: true, charset: 'windows-1252' }).replace(
    'Oltra told',
    'Oltra – the city’s first woman mayor – told',
  );
  const flBytes = encodeWindows1252(flHtml);
  let qpLatin = '';
  for (const b of flBytes)
    qpLatin +=
      b === 10
        ? '\n'
        : b >= 32 && b <= 126 && b !== 61
          ? String.fromCharCode(b)
          : '=' + b.toString(16).toUpperCase().padStart(2, '0');
  qpLatin = qpLatin
    .split('\n')
    .map((l) => l.replace(/(.{72}(?:=[0-9A-F]{2})?)/g, '$1=\n'))
    .join('\n');
  write('mhtml/floods-windows-1252.mhtml', mhtml(fl, qpLatin, 'quoted-printable', 'windows-1252'), {
    ...expectStory(fl, 'mhtml'), // the outlet from the <title> suffix
    url: fl.url,
    bodyIncludes: ['Oltra – the city’s first woman mayor – told'],
  });
}

// ---------------------------------------------------------------- JSON

function writeJsonFixtures(): void {
  const S = STORIES;
  const fl = S['floods']!;
  const st = S['strike']!;
  const te = S['tech']!;
  write(
    'json/records-array.json',
    JSON.stringify(
      [fl, st, te].map((s) => ({
        title: s.title,
        text: body(s),
        date: s.date,
        source: s.source,
        url: s.url,
        author: s.byline,
      })),
      null,
      2,
    ),
    {
      ...expectStory(fl, 'json'),
      byline: fl.byline,
      url: fl.url,
      articles: 3,
      each: [fl, st, te].map((x) => eachOf(x)),
    },
  );
  const tw = S['treatyWire']!;
  write(
    'json/single-object-html-body.json',
    JSON.stringify({
      '@type': 'NewsArticle',
      headline: tw.title,
      articleBody: tw.paragraphs.map((p) => `<p>${esc(p)}</p>`).join(''),
      datePublished: `${tw.date}T07:45:00Z`,
      publisher: { '@type': 'Organization', name: tw.source },
      url: tw.url,
      inLanguage: 'en',
    }),
    { ...expectStory(tw, 'json'), url: tw.url, bodyExcludes: ['<p>', '&quot;'] },
  );
  const op = S['treatyOpinion']!;
  const ta = S['tariffs']!;
  write(
    'json/wrapped-items-epoch.json',
    JSON.stringify({
      feed: 'analyst export',
      items: [
        {
          headline: op.title,
          content: body(op),
          published_at: Date.UTC(2024, 5, 20, 12) / 1000,
          outlet: op.source,
          link: op.url,
        },
        {
          headline: ta.title,
          content: body(ta),
          published_at: Date.UTC(2025, 2, 4, 9),
          outlet: ta.source,
          link: ta.url,
        },
        { headline: 'A record without text is skipped', content: '' },
      ],
    }),
    {
      ...expectStory(op, 'json'),
      url: op.url,
      articles: 2,
      warnings: ['1 record(s) without text were skipped'],
      each: [eachOf(op), eachOf(ta)],
    },
  );
  const lines = [S['newsletterA']!, S['newsletterB']!, S['germanFloods']!].map((s) =>
    JSON.stringify({ title: s.title, text: body(s), date: s.date, source: s.source, language: s.lang }),
  );
  lines.splice(2, 0, '{ this line is broken');
  write('jsonl/feed.jsonl', lines.join('\n') + '\n', {
    ...expectStory(S['newsletterA']!, 'jsonl'),
    articles: 3,
    warnings: ['1 line(s) were not valid JSON (first: line 3)'],
    each: [S['newsletterA']!, S['newsletterB']!, S['germanFloods']!].map((x) => eachOf(x)),
  });
  write('bad/not-json.json', '{"title": "half a record", "text": "cut off', {
    format: 'json',
    error: 'not valid JSON (line 1, column 44)',
  });
}

// ---------------------------------------------------------------- DOCX

async function writeDocxFixtures(): Promise<Uint8Array> {
  const { Document, Packer, Paragraph, HeadingLevel, TextRun } = await import('docx');
  const S = STORIES;
  const make = async (
    s: Story,
    o: {
      heading: boolean;
      dateLine?: string;
      byline?: boolean;
      bullets?: string[];
      coreTitle: string;
      created: string;
    },
  ): Promise<Uint8Array> => {
    const children = [] as InstanceType<typeof Paragraph>[];
    if (o.heading) children.push(new Paragraph({ text: s.title, heading: HeadingLevel.HEADING_1 }));
    if (o.byline) children.push(new Paragraph({ children: [new TextRun({ text: `By ${s.byline}`, italics: true })] }));
    if (o.dateLine) children.push(new Paragraph({ text: o.dateLine }));
    for (const p of s.paragraphs) {
      // Split a paragraph into runs with mixed formatting so the reader must join them.
      const mid = p.indexOf(' ', Math.floor(p.length / 2));
      children.push(
        new Paragraph({
          children: [new TextRun(p.slice(0, mid)), new TextRun({ text: p.slice(mid), bold: false, italics: false })],
        }),
      );
    }
    for (const b of o.bullets ?? []) children.push(new Paragraph({ text: b, bullet: { level: 0 } }));
    const doc = new Document({
      title: o.coreTitle,
      creator: s.byline,
      description: 'Soundbite test fixture',
      sections: [{ children }],
    });
    const buf = await Packer.toBuffer(doc);
    // Fix the core-properties dates (the library stamps "now") so fixtures are stable.
    const files = unzipSync(new Uint8Array(buf));
    const core = new TextDecoder().decode(files['docProps/core.xml']);
    files['docProps/core.xml'] = strToU8(
      core
        .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${o.created}$2`)
        .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${o.created}$2`),
    );
    const zippable: Zippable = {};
    for (const [k, v] of Object.entries(files)) zippable[k] = [v, { mtime: new Date('2025-01-01T00:00:00Z') }];
    return zipSync(zippable, { level: 6 });
  };
  const st = S['strike']!;
  const strike = await make(st, {
    heading: true,
    byline: true,
    dateLine: 'Published 3 September 2024',
    coreTitle: st.title,
    created: '2024-09-05T10:00:00Z',
  });
  write('docx/strike-heading.docx', strike, { ...expectStory(st, 'docx', { source: null }), byline: st.byline });
  const te = S['tech']!;
  write(
    'docx/tech-core-properties.docx',
    await make(te, { heading: false, coreTitle: te.title, created: `${te.date}T16:20:00Z` }),
    {
      ...expectStory(te, 'docx', { source: null }),
      byline: te.byline,
      warnings: ['date is the document creation date'],
    },
  );
  const de = S['germanFloods']!;
  write(
    'docx/german-list.docx',
    await make(de, {
      heading: true,
      dateLine: 'Caldora, 20. November 2024',
      bullets: ['erste Phase: Fundamente', 'zweite Phase: Mauer'],
      coreTitle: 'Document1',
      created: '2024-11-22T08:00:00Z',
    }),
    { ...expectStory(de, 'docx', { source: null }), bodyIncludes: ['erste Phase: Fundamente\n\nzweite Phase: Mauer'] },
  );
  write('bad/truncated.docx', strike.slice(0, Math.floor(strike.length * 0.6)), {
    format: 'docx',
    error: 'Word document is damaged (truncated)',
  });
  return strike;
}

// ---------------------------------------------------------------- PDF

function wrapLines(text: string, width: number): string[] {
  const words = text.split(' ');
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur && (cur + ' ' + w).length > width) {
      // Hyphenate long words at the line end, as typeset PDFs do.
      const room = width - cur.length - 2;
      if (w.length >= 9 && room >= 4 && /^[a-z]+[,.]?$/i.test(w)) {
        lines.push(`${cur} ${w.slice(0, room)}-`);
        cur = w.slice(room);
        continue;
      }
      lines.push(cur);
      cur = w;
    } else cur = cur ? cur + ' ' + w : w;
  }
  if (cur) lines.push(cur);
  return lines;
}

async function writePdfFixtures(): Promise<Uint8Array> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const S = STORIES;
  const page = await browser.newPage();
  const render = async (
    html: string,
    created: string,
    headerFooter?: string,
    producer?: string,
  ): Promise<Uint8Array> => {
    await page.setContent(html);
    const pdf = await page.pdf({
      format: 'A5',
      margin: { top: '22mm', bottom: '22mm', left: '16mm', right: '16mm' },
      displayHeaderFooter: !!headerFooter,
      headerTemplate: headerFooter
        ? `<div style="font-size:8px;width:100%;text-align:center;font-family:serif">${esc(headerFooter)}</div>`
        : '<span></span>',
      footerTemplate: headerFooter
        ? '<div style="font-size:8px;width:100%;text-align:center;font-family:serif">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>'
        : '<span></span>',
    });
    // Chromium stamps the creation time: make it the given date so fixtures are stable (same length, so the
    // cross-reference table stays valid).
    let bin = Buffer.from(pdf)
      .toString('latin1')
      .replace(/\((D:\d{14})([^)]*)\)/g, (_m, _d: string, tz: string) => `(D:${created}${tz})`);
    // Optionally pose as an authoring tool (same lengths again), so the creation date counts as the document's.
    if (producer) {
      const fit = (text: string, len: number): string => text.padEnd(len).slice(0, len);
      bin = bin
        .replace(/\/Producer \(([^)]*)\)/, (_m, p: string) => `/Producer (${fit(producer, p.length)})`)
        .replace(
          /\/Creator \(((?:\\.|[^)\\])*)\)/,
          (_m, c: string) => `/Creator (${fit('Soundbite fixture', c.length)})`,
        );
    }
    return new Uint8Array(Buffer.from(bin, 'latin1'));
  };
  const style =
    '<style>body{font-family:serif;font-size:12pt;line-height:1.35} h1{font-size:20pt} p{margin:0 0 10pt 0}</style>';
  const ta = S['tariffs']!;
  const tariffsHtml = `<html><head><title>${esc(ta.title)} | ${esc(ta.source)}</title>${style}</head><body><h1>${esc(ta.title)}</h1><p>By ${esc(ta.byline)}</p><p>Published 4 March 2025</p>${ta.paragraphs
    .concat(ta.paragraphs.map((p) => p.replace('Varga', 'the minister')))
    .map((p) => `<p>${esc(p)}</p>`)
    .join('')}</body></html>`;
  const tariffs = await render(tariffsHtml, '20250305120000', ta.source);
  write('pdf/tariffs-header-footer.pdf', tariffs, {
    ...expectStory(ta, 'pdf'), // the outlet from the "Headline | Site" title of the properties
    byline: ta.byline,
    bodyExcludes: ['Page 1 of', 'Page 2 of', 'The Meridian Ledger\n', 'Published 4 March'],
  });
  const tr = S['treaty']!;
  const mono =
    '<style>body{font-family:monospace;font-size:10pt;line-height:1.3} h1{font-size:16pt;font-family:serif} p{margin:0 0 12pt 0;white-space:pre}</style>';
  const treatyHtml = `<html><head><title>Lake Orme</title>${mono}</head><body><h1>${esc(tr.title)}</h1>${tr.paragraphs
    .map((p) => `<p>${wrapLines(p, 58).map(esc).join('\n')}</p>`)
    .join('')}</body></html>`;
  write('pdf/treaty-hyphenated.pdf', await render(treatyHtml, '20240613080000'), {
    ...expectStory(tr, 'pdf', { source: 'Northgate Wire' }),
    bodyIncludes: [tr.paragraphs[1]!, tr.paragraphs[2]!],
  });
  const fl = S['floods']!;
  const floodsHtml = `<html><head><title>${esc(fl.title)}</title>${style}</head><body>${fl.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</body></html>`;
  write(
    'pdf/floods-properties-only.pdf',
    await render(floodsHtml, fl.date.replace(/-/g, '') + '091500', undefined, 'Typesetter 4'),
    {
      ...expectStory(fl, 'pdf', { source: null }),
      warnings: ['date is the PDF creation date'],
    },
  );
  // "Print to PDF" from a browser: the creation date is the printing day and must not become the article date.
  const stp = S['strike']!;
  const printedHtml = `<html><head><title>${esc(stp.title)} - ${esc(stp.source)}</title>${style}</head><body><h1>${esc(stp.title)}</h1>${stp.paragraphs
    .map((p) => `<p>${esc(p)}</p>`)
    .join('')}</body></html>`;
  write('pdf/browser-print-no-date.pdf', await render(printedHtml, '20261127093000'), {
    ...expectStory(stp, 'pdf', { date: null }),
    warnings: ['no publication date found', 'PDF creation date ignored: printed from a browser'],
  });
  // A clipping: service header line, headline, and the story in two columns (reading order must hold).
  const te = S['tech']!;
  const clipHtml = `<html><head><title>clip-0414</title><style>body{font-family:serif;font-size:11pt;line-height:1.3} .hdr{font-size:9pt} h1{font-size:18pt} .cols{column-count:2;column-gap:10mm} p{margin:0 0 8pt 0;text-align:justify}</style></head><body><div class="hdr">${esc(te.source)} · Monday, 27 January 2025 · Page 14</div><h1>${esc(te.title)}</h1><div class="cols">${te.paragraphs
    .concat(te.paragraphs.slice(1, 3).map((p) => p.replace('Brenner', 'the commissioner')))
    .map((p) => `<p>${esc(p)}</p>`)
    .join('')}</div></body></html>`;
  write('pdf/clipping-two-columns.pdf', await render(clipHtml, '20250128070000'), {
    ...expectStory(te, 'pdf'),
    bodyIncludes: te.paragraphs.slice(1),
    bodyExcludes: ['Page 14', 'clip-0414'],
  });
  await browser.close();
  write('bad/truncated.pdf', tariffs.slice(0, Math.floor(tariffs.length * 0.55)), {
    format: 'pdf',
    error: 'not a PDF: file is damaged (truncated)',
  });
  write('bad/not-a-pdf.pdf', 'This is a plain note that someone renamed to .pdf\n', {
    format: 'pdf',
    error: 'not a PDF: no PDF header',
  });
  return tariffs;
}

/** RC4, for the hand-built encrypted PDF below. */
function rc4(key: Uint8Array, data: Uint8Array): Uint8Array {
  const S = new Uint8Array(256).map((_, i) => i);
  let j = 0;
  for (let i = 0; i < 256; i++) {
    j = (j + S[i]! + key[i % key.length]!) & 255;
    [S[i], S[j]] = [S[j]!, S[i]!];
  }
  const out = new Uint8Array(data.length);
  let i = 0;
  j = 0;
  for (let k = 0; k < data.length; k++) {
    i = (i + 1) & 255;
    j = (j + S[i]!) & 255;
    [S[i], S[j]] = [S[j]!, S[i]!];
    out[k] = data[k]! ^ S[(S[i]! + S[j]!) & 255]!;
  }
  return out;
}

const md5 = (...parts: Uint8Array[]): Uint8Array => {
  const h = createHash('md5');
  for (const p of parts) h.update(p);
  return new Uint8Array(h.digest());
};

/**
 * A one-page PDF encrypted with the standard security handler (RC4, 40-bit, revision 2) and the user password
 * "norvania": a reader without the password must refuse it. Built by hand because Chromium cannot encrypt.
 */
function writeEncryptedPdf(): void {
  const PAD = new Uint8Array([
    0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08, 0x2e, 0x2e, 0x00,
    0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
  ]);
  const pad = (pw: string): Uint8Array => {
    const out = new Uint8Array(32);
    const b = new TextEncoder().encode(pw).slice(0, 32);
    out.set(b);
    out.set(PAD.subarray(0, 32 - b.length), b.length);
    return out;
  };
  const user = pad('norvania');
  const O = rc4(md5(pad('owner-secret')).subarray(0, 5), user);
  const P = -44;
  const pBytes = new Uint8Array(4);
  new DataView(pBytes.buffer).setInt32(0, P, true);
  const id = md5(new TextEncoder().encode('soundbite-encrypted-fixture'));
  const key = md5(user, O, pBytes, id).subarray(0, 5);
  const U = rc4(key, PAD);
  const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
  const objKey = (n: number): Uint8Array =>
    md5(key, new Uint8Array([n & 255, (n >> 8) & 255, (n >> 16) & 255, 0, 0])).subarray(0, 10);
  const content = new TextEncoder().encode(
    'BT /F1 14 Tf 72 720 Td (Minister Alena Varga said the file is secret.) Tj ET',
  );
  const encContent = rc4(objKey(4), content);
  const parts: (string | Uint8Array)[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (x: string | Uint8Array): void => {
    parts.push(x);
    length += typeof x === 'string' ? Buffer.byteLength(x, 'latin1') : x.length;
  };
  push('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
  const obj = (n: number, bodyText: string | (string | Uint8Array)[]): void => {
    offsets[n] = length;
    push(`${n} 0 obj\n`);
    for (const piece of Array.isArray(bodyText) ? bodyText : [bodyText]) push(piece);
    push('\nendobj\n');
  };
  obj(1, '<< /Type /Catalog /Pages 2 0 R >>');
  obj(2, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  obj(
    3,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
  );
  obj(4, [`<< /Length ${encContent.length} >>\nstream\n`, encContent, '\nendstream']);
  obj(5, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  obj(6, `<< /Filter /Standard /V 1 /R 2 /O <${hex(O)}> /U <${hex(U)}> /P ${P} >>`);
  const xref = length;
  let table = `xref\n0 7\n0000000000 65535 f \n`;
  for (let n = 1; n <= 6; n++) table += `${String(offsets[n]).padStart(10, '0')} 00000 n \n`;
  push(table);
  push(
    `trailer\n<< /Size 7 /Root 1 0 R /Encrypt 6 0 R /ID [<${hex(id)}> <${hex(id)}>] >>\nstartxref\n${xref}\n%%EOF\n`,
  );
  const bytes = Buffer.concat(parts.map((x) => (typeof x === 'string' ? Buffer.from(x, 'latin1') : Buffer.from(x))));
  write('bad/encrypted.pdf', new Uint8Array(bytes), { format: 'pdf', error: 'PDF is encrypted (password required)' });
}

// ---------------------------------------------------------------- ZIP

function writeZipFixtures(docx: Uint8Array, pdf: Uint8Array | null): void {
  const S = STORIES;
  const fixed = { mtime: new Date('2025-01-01T00:00:00Z') };
  const te = S['tech']!;
  const bundle: Zippable = {
    'clips/tech.txt': [strToU8(`Title: ${te.title}\nDate: ${te.date}\nSource: ${te.source}\n\n${body(te)}\n`), fixed],
    'clips/floods.html': [strToU8(htmlPage(S['floods']!, { withMeta: true })), fixed],
    'clips/strike.docx': [docx, { ...fixed, level: 0 }],
  };
  if (pdf) bundle['clips/tariffs.pdf'] = [pdf, { ...fixed, level: 0 }];
  write('zip/mixed-bundle.zip', zipSync(bundle, { level: 6 }), {
    ...expectStory(te, 'txt'),
    entries: pdf ? 4 : 3,
    each: [
      eachOf(te, { entry: 'mixed-bundle.zip/clips/tech.txt' }),
      eachOf(S['floods']!, { entry: 'mixed-bundle.zip/clips/floods.html' }),
      eachOf(S['strike']!, { entry: 'mixed-bundle.zip/clips/strike.docx', source: null }),
      ...(pdf ? [eachOf(S['tariffs']!, { entry: 'mixed-bundle.zip/clips/tariffs.pdf' })] : []),
    ],
  });
  const md = S['germanFloods']!;
  const inner = zipSync({
    'story.md': [strToU8(`# ${md.title}\n\nCaldora, 20. November 2024\n\n${body(md)}\n`), fixed],
  });
  const middle = zipSync({ 'inner.zip': [inner, fixed] });
  write('zip/nested-two-levels.zip', zipSync({ 'middle.zip': [middle, fixed] }), {
    ...expectStory(md, 'md', { source: null }),
    entries: 1,
  });
  const fr = S['frenchTariffs']!;
  write(
    'zip/with-os-litter.zip',
    zipSync({
      '__MACOSX/._article.md': [strToU8('junk'), fixed],
      '.DS_Store': [new Uint8Array([0, 0, 0, 1, 66, 117, 100, 49]), fixed],
      'folder/': [new Uint8Array(0), fixed],
      'folder/article.md': [
        strToU8(`---\ntitle: ${fr.title}\ndate: ${fr.date}\nsource: ${fr.source}\n---\n\n${body(fr)}\n`),
        fixed,
      ],
      'folder/feed.jsonl': [
        strToU8(
          JSON.stringify({
            title: S['newsletterC']!.title,
            text: body(S['newsletterC']!),
            date: S['newsletterC']!.date,
          }) + '\n',
        ),
        fixed,
      ],
    }),
    {
      ...expectStory(fr, 'md'),
      entries: 2,
      each: [
        eachOf(fr, { entry: 'with-os-litter.zip/folder/article.md' }),
        eachOf(S['newsletterC']!, { entry: 'with-os-litter.zip/folder/feed.jsonl', source: null }),
      ],
    },
  );
  // A covering note with two clippings attached: the note gives no entry, each attachment one.
  const flPdf = pdf ?? encodeWindows1252('%PDF-1.4 missing');
  const mail = crlf(`From: Nora Quist <nora.quist@soundbite.example>
To: desk@soundbite.example
Subject: Clippings for Monday
Date: Mon, 27 Jan 2025 08:00:00 +0100
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="MIX"

--MIX
Content-Type: text/plain; charset=utf-8

Two clippings attached, see you later.

--MIX
Content-Type: application/pdf; name="tariffs.pdf"
Content-Disposition: attachment; filename="tariffs.pdf"
Content-Transfer-Encoding: base64

${b64(flPdf)}
--MIX
Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; name="strike.docx"
Content-Disposition: attachment; filename="strike.docx"
Content-Transfer-Encoding: base64

${b64(docx)}
--MIX
Content-Type: image/png; name="logo.png"
Content-Disposition: attachment; filename="logo.png"
Content-Transfer-Encoding: base64

iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==
--MIX--
`);
  // The covering note is kept (subject, date, sender); attachments take the sender and date only where they lack one.
  write('eml/clippings-attached.eml', mail, {
    format: 'eml',
    title: 'Clippings for Monday',
    date: '2025-01-27',
    source: 'Nora Quist',
    entries: 3,
    warnings: ['covering note of a message with attachments'],
    each: [
      { entry: 'clippings-attached.eml', title: 'Clippings for Monday', date: '2025-01-27', source: 'Nora Quist' },
      eachOf(S['tariffs']!, { entry: 'clippings-attached.eml/tariffs.pdf' }),
      eachOf(S['strike']!, { entry: 'clippings-attached.eml/strike.docx', source: 'Nora Quist' }),
    ],
  });

  // Four archives inside each other: deeper than the default limit of two nested levels.
  let deep = zipSync({ 'note.txt': [strToU8('Deep inside, Minister Varga said nothing at all.\n'), fixed] });
  for (let i = 4; i >= 1; i--) deep = zipSync({ [`level${i}.zip`]: [deep, fixed] });
  write('bad/nested-too-deep.zip', deep, { format: 'zip', entries: 1, error: 'archive nested too deeply' });
  write('bad/truncated.zip', zipSync(bundle).slice(0, 900), {
    format: 'zip',
    error: 'not a ZIP archive: file is damaged (truncated)',
  });
}

void main();
