/** The statement's sentence with the statement itself emphasised (text nodes only). */
export function QuoteInContext({ quote, context }: { quote: string; context?: string | undefined }) {
  const text = context ?? quote;
  const at = text.indexOf(quote);
  if (at < 0) return <span>{text}</span>;
  return (
    <span>
      {text.slice(0, at)}
      <mark className="in-context">{quote}</mark>
      {text.slice(at + quote.length)}
    </span>
  );
}
