/**
 * A statement as it is shown everywhere: the speaker, the cue verb that carries its meaning ("Maric rejected: …",
 * "Putin said: “…”"), the quote (direct quotes keep their marks) and a visible mark on denials and questions.
 */
import type { ReactNode } from 'react';
import type { Statement } from '../../../shared/model';

export function cueLine(speaker: string, s: Pick<Statement, 'cue'>): string {
  const cue = s.cue.trim();
  if (!cue) return speaker;
  if (/^according to$/i.test(cue)) return `According to ${speaker}`;
  return `${speaker} ${cue}`;
}

export function StatementText({
  speaker,
  statement,
  quote,
}: {
  speaker: string;
  statement: Pick<Statement, 'cue' | 'kind' | 'quote' | 'polarity'>;
  /** Drawn instead of the plain quote (e.g. the quote in its sentence). */
  quote?: ReactNode;
}) {
  const cue = statement.cue.trim();
  const according = /^according to$/i.test(cue);
  const text = quote ?? (statement.kind === 'direct' ? `“${statement.quote}”` : statement.quote);
  return (
    <span className="statement-text">
      {according && <span className="cue">According to </span>}
      <span className="speaker">{speaker}</span>
      {cue && !according && <span className="cue"> {cue}</span>}
      {': '}
      {statement.polarity === 'denies' && (
        <span className="polarity denies" title="The speaker denies or rejects what follows">
          denies
        </span>
      )}
      {statement.polarity === 'questions' && (
        <span className="polarity questions" title="The speaker asks or questions what follows">
          asks
        </span>
      )}{' '}
      <span className={`quote ${statement.kind}`}>{text}</span>
    </span>
  );
}
