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
import { mkdirSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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
  write('html/french-time-element.html', htmlPage(fr, { timeOnly: true, lang: 'fr' }), {
    ...expectStory(fr, 'html', { source: null }),
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
    seed = (seed * 1103515245 + 12345) >>> 0;
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
  void args;
  void existsSync;
  void readFileSync;
  const sorted = Object.fromEntries(Object.entries(expected).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(join(OUT, 'expected.json'), JSON.stringify(sorted, null, 2) + '\n');
  console.log(`wrote ${Object.keys(sorted).length} fixtures to ${OUT}`);
}

void main();
