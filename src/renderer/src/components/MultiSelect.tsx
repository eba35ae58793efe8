import { useEffect, useId, useRef, useState } from 'react';

export interface Option {
  value: string;
  label: string;
  hint?: string;
}

/** A compact multi-select: a button that opens a searchable checkbox list. Keyboard: Enter/Space, Esc closes. */
export function MultiSelect(props: {
  label: string;
  options: Option[];
  selected: string[];
  onChange: (next: string[]) => void;
  testId?: string;
}) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const ref = useRef<HTMLDivElement>(null);
  const listId = useId();
  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => {
      if (ref.current && !ref.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);
  const chosen = props.options.filter((o) => props.selected.includes(o.value));
  const shown = props.options.filter((o) => o.label.toLowerCase().includes(query.trim().toLowerCase()));
  const toggle = (value: string) =>
    props.onChange(
      props.selected.includes(value) ? props.selected.filter((v) => v !== value) : [...props.selected, value],
    );
  const summary =
    chosen.length === 0
      ? 'All'
      : chosen.length <= 2
        ? chosen.map((c) => c.label).join(', ')
        : `${chosen.length} selected`;
  return (
    <div className="multi" ref={ref} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)} data-testid={props.testId}>
      <button
        type="button"
        className={`multi-button ${chosen.length ? 'active' : ''}`}
        aria-haspopup="listbox"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        <span className="multi-label">{props.label}</span> <span className="multi-summary">{summary}</span> ▾
      </button>
      {open && (
        <div className="multi-pop" id={listId} role="listbox" aria-multiselectable="true" aria-label={props.label}>
          <input
            autoFocus
            className="multi-search"
            placeholder={`Find ${props.label.toLowerCase()}…`}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            aria-label={`Find ${props.label.toLowerCase()}`}
          />
          {chosen.length > 0 && (
            <button type="button" className="link" onClick={() => props.onChange([])}>
              Clear selection
            </button>
          )}
          <div className="multi-options">
            {shown.length === 0 && <div className="muted small">Nothing matches.</div>}
            {shown.map((o) => (
              <label
                key={o.value}
                className="multi-option"
                role="option"
                aria-selected={props.selected.includes(o.value)}
              >
                <input type="checkbox" checked={props.selected.includes(o.value)} onChange={() => toggle(o.value)} />
                <span>{o.label}</span>
                {o.hint && <span className="muted small">{o.hint}</span>}
              </label>
            ))}
          </div>
        </div>
      )}
    </div>
  );
}
