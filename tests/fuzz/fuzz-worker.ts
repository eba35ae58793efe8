/**
 * A fuzz worker process: builds the inputs it is sent by index and runs each through readDocument, one at a time.
 * Messages are in protocol.ts. A process rather than a thread, because some failures (V8's fatal "invalid size"
 * error, running out of memory) abort the whole process: the runner sees this one exit and carries on.
 * PDFs are read as the import workers read them: pdf.js in a thread of its own with its cmaps and fonts, stopped
 * at the input's time limit.
 */
import { preloadPdfReader, readDocument } from '../../src/core/ingest/index';
import { installPdfAssets } from '../../src/node/pdf-assets';
import { installPdfThread } from '../../src/node/pdf-text-thread';
import { buildCase, type FuzzCase } from './cases';
import { loadCorpus } from './corpus';
import { entryShapeProblem } from './entry-shape';
import type { Batch, FailureKind, WorkerConfig, WorkerMessage } from './protocol';

const config = JSON.parse(process.argv[2] ?? '{}') as WorkerConfig;
const corpus = loadCorpus(config.fixturesDir);
installPdfAssets();
installPdfThread();
let current = -1;

const describeError = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e)).slice(0, 500);
const send = (m: WorkerMessage) => process.send?.(m);

// readDocument must not leave errors behind either: anything escaping to the top of the process counts against
// the input that was running.
process.on('unhandledRejection', (e) =>
  send({ type: 'stray', index: current, message: `unhandled rejection: ${describeError(e)}` }),
);
process.on('uncaughtException', (e) =>
  send({ type: 'stray', index: current, message: `uncaught exception: ${describeError(e)}` }),
);
// Orphaned (the runner was killed): stop rather than linger.
process.on('disconnect', () => process.exit(0));

async function runOne(index: number): Promise<void> {
  current = index;
  send({ type: 'start', index });
  let c: FuzzCase;
  try {
    c = buildCase(corpus, config.runSeed, index, { maxRepeatBytes: config.maxRepeatBytes });
  } catch (e) {
    const message = `the fuzz suite could not build input #${index}: ${describeError(e)}`;
    send({ type: 'done', index, format: 'unknown', size: 0, ms: 0, kind: 'harness', message, recipe: `#${index}` });
    return;
  }
  const started = performance.now();
  let kind: FailureKind | undefined;
  let message: string | undefined;
  let timedOut = false;
  try {
    const entries = await readDocument({ name: c.name, bytes: c.bytes }, { timeoutMs: config.readTimeoutMs });
    timedOut = entries.some((e) => e.error?.includes('took longer than'));
    message = entryShapeProblem(entries) ?? undefined;
    if (message) kind = 'malformed';
  } catch (e) {
    kind = 'uncaught';
    message = `readDocument threw: ${describeError(e)}`;
  }
  const ms = performance.now() - started;
  // Errors a reader left behind (a rejection nobody awaited, a throwing timer) surface only once the event loop
  // turns; let it turn twice so they are reported against this input, before its 'done'.
  await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setImmediate(resolve));
  send({
    type: 'done',
    index,
    format: c.format,
    size: c.bytes.length,
    ms,
    ...(timedOut ? { timedOut } : {}),
    ...(kind ? { kind, message, recipe: c.recipe } : {}),
  });
}

const queue: number[] = [];
let draining = false;
process.on('message', async (msg: Batch) => {
  queue.push(...msg.indexes);
  if (draining) return;
  draining = true;
  while (queue.length > 0) await runOne(queue.shift()!);
  draining = false;
});

await preloadPdfReader();
send({ type: 'ready' });
