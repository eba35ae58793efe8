import { createInterface } from 'node:readline';
import { extractStatements } from '../core/extract/index';

/**
 * The benchmark contract: each stdin line {"id","text",title?,date?,source?} becomes one stdout line
 * {"id","statements":[{speaker,quote,start,end,kind,cue,date?,date_precision?,polarity}]}. `date` is when the
 * statement was made (ISO cut to its precision), present when the text or the article gives one; `polarity` is
 * "asserts", "denies" or "questions". Nothing else is written to stdout.
 */
export async function extractJsonl(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    if (!line.trim()) continue;
    const record = JSON.parse(line) as { id: string; text: string; title?: string; date?: string };
    const result = extractStatements({ text: record.text, title: record.title, date: record.date ?? null });
    const statements = result.statements.map((s) => ({
      speaker: s.speaker ?? '',
      quote: s.quote,
      start: s.start,
      end: s.end,
      kind: s.kind,
      cue: s.cue,
      ...(s.date ? { date: s.date, date_precision: s.datePrecision ?? 'day' } : {}),
      polarity: s.polarity,
    }));
    output.write(`${JSON.stringify({ id: record.id, statements })}\n`);
    n++;
  }
  return n;
}
