/**
 * Topic query timing: the wildcard that used to freeze the app, and the worst of many random queries.
 *
 *   npx tsx bench/topic-query-bench.ts [queries]
 *
 *   12-star wildcard    `a*a*…*b` (12 stars) against a word of 60 letters a: first call, then the mean of 10,000
 *   fuzzed queries      compile + match against 3 random texts, per query: median, p99, max (tests/unit/query's
 *                       seeded generator, so runs compare); the slowest query is then timed again
 *   ordinary query      one typical topic query against one sentence, per match
 */
import { performance } from 'node:perf_hooks';
import { compileTopicQuery, TopicQueryError } from '../src/core/query/topic-query';
import { randomQuery, randomText, seededRandom } from '../tests/unit/query/fuzz-topic-queries';

const queries = Number(process.argv[2] ?? 10_000);
const ms = (x: number) => `${x < 1 ? x.toFixed(3) : x.toFixed(1)} ms`;
let sink = 0;

const stars = `${'a*'.repeat(12)}b`;
const word = 'a'.repeat(60);
let t0 = performance.now();
const first = compileTopicQuery(stars).matchCounted(word);
const firstMs = performance.now() - t0;
t0 = performance.now();
for (let i = 0; i < 10_000; i++) sink += compileTopicQuery(stars).matches(word) ? 1 : 0;
const meanMs = (performance.now() - t0) / 10_000;
console.log(
  `12-star wildcard vs 60 letters:  first ${ms(firstMs)}, mean ${ms(meanMs)} (${first.steps} steps, no match)`,
);

const rand = seededRandom(1);
const texts = Array.from({ length: 300 }, () => randomText(rand));
const times: number[] = [];
let rejected = 0;
let worst = '';
let slowest = -1;
for (let n = 0; n < queries; n++) {
  const query = randomQuery(rand);
  const picked = [0, 1, 2].map(() => texts[Math.floor(rand() * texts.length)]!);
  const start = performance.now();
  try {
    const compiled = compileTopicQuery(query);
    for (const text of picked) sink += compiled.matches(text) ? 1 : 0;
  } catch (err) {
    if (!(err instanceof TopicQueryError)) throw err;
    rejected++;
  }
  const took = performance.now() - start;
  if (took > slowest) [slowest, worst] = [took, query];
  times.push(took);
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
console.log(
  `${queries} fuzzed queries (${rejected} rejected): median ${ms(at(0.5))}, p99 ${ms(at(0.99))}, max ${ms(at(1))}`,
);
// A lone slow run on a busy machine is usually a pause, not the query: time the slowest query again.
const again: number[] = [];
for (let i = 0; i < 101; i++) {
  const start = performance.now();
  try {
    const compiled = compileTopicQuery(worst);
    for (const text of texts.slice(0, 3)) sink += compiled.matches(text) ? 1 : 0;
  } catch {
    // rejected again
  }
  again.push(performance.now() - start);
}
again.sort((a, b) => a - b);
console.log(
  `  slowest query, timed again: median ${ms(again[50]!)}: ${JSON.stringify(worst.length > 90 ? `${worst.slice(0, 90)}…` : worst)}`,
);

const sentence =
  'The Norvanian minister said on Tuesday that the carbon border levy would not hurt coal-free exporters in the ' +
  'Asia-Pacific region, and that drilling in the Arctic would stay banned until 2030.';
const ordinary = compileTopicQuery('(climate OR carbon) AND (tax OR levy*) NOT "coal mine" OR drill* NEAR/5 arctic');
t0 = performance.now();
for (let i = 0; i < 100_000; i++) sink += ordinary.matches(sentence) ? 1 : 0;
console.log(
  `ordinary query vs one sentence:  ${(((performance.now() - t0) / 100_000) * 1000).toFixed(2)} µs per match`,
);
if (sink < 0) console.log(sink);
