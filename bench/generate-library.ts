// `generate-library.ts <dir> <articles>`: writes a generated library (ten statements an article, real lowdb files)
// into <dir>, in its own process so that a bench measuring peak memory afterwards does not count the generation.
import { writeGeneratedLibrary } from '../tests/helpers/synthetic-library';
import { newsActors, newsArticle, newsTopics } from './generated-news';

const [dir, articles] = process.argv.slice(2);
if (!dir || !Number.isInteger(Number(articles))) throw new Error('usage: generate-library.ts <dir> <articles>');
const stats = await writeGeneratedLibrary(dir, {
  articles: Number(articles),
  make: newsArticle,
  actors: newsActors,
  topics: newsTopics,
});
console.log(`generated ${stats.articles} articles, ${stats.statements} statements, ${stats.shards} shard files`);
