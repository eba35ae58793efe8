import { readFileSync } from 'node:fs';
import { readDocument } from '../src/core/ingest/index';
const seed = readFileSync('/work/shared/samples/seed-article.txt');
const r = await readDocument({ name: 'seed-article.txt', bytes: new Uint8Array(seed) });
const a = r[0]!.articles[0]!;
console.log(JSON.stringify({ ...a, body: a.body.slice(0, 200) + '…' + a.body.length }, null, 1));
const html = `<!doctype html><html lang="en-GB"><head><title>Varga warns on tariffs | The Meridian Ledger</title>
<meta property="og:site_name" content="The Meridian Ledger"><meta property="article:published_time" content="2025-03-04T09:12:00+01:00">
<meta name="author" content="Tomas Hale"><link rel="canonical" href="https://ledger.example/a/1">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"LD headline","datePublished":"2025-03-03"}</script>
<script>var secret='SCRIPTTEXT';</script><style>.x{color:red}</style></head>
<body onload="alert('HANDLER')"><nav><a href="/">Home</a> <a href="/world">World</a></nav><!-- comment COMMENTTEXT -->
<article><h1>Varga warns on tariffs</h1><p class="byline">By Tomas Hale</p>
<p>NORVANIA CITY, March 4 (Meridian) - Minister Alena Varga said on Tuesday that the new tariffs "will hurt every family in Norvania".</p>
<p onclick="steal()">She told reporters the government would respond within a week. "We are not going to stand by," Varga said.</p>
<p>Opposition leader Piotr Dane said the minister was exaggerating and that the tariffs were modest.</p>
<figure><img src="x.jpg"><figcaption>Photo: archive</figcaption></figure></article>
<footer>© 2025 The Meridian Ledger. All rights reserved.</footer></body></html>`;
const r2 = await readDocument({ name: 'a.html', bytes: new TextEncoder().encode(html) });
console.log(JSON.stringify(r2, null, 1));
