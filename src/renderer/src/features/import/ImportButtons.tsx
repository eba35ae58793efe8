import { useRef } from 'react';
import { useImport } from './ImportContext';

const ACCEPT = '.txt,.md,.markdown,.html,.htm,.mhtml,.mht,.pdf,.docx,.eml,.json,.jsonl,.zip';

export function ImportButtons() {
  const { importFiles, busy } = useImport();
  const files = useRef<HTMLInputElement>(null);
  const folder = useRef<HTMLInputElement>(null);
  const pick = (input: HTMLInputElement | null) => {
    if (!input?.files?.length) return;
    void importFiles([...input.files]);
    input.value = '';
  };
  return (
    <div className="button-row">
      <button type="button" onClick={() => files.current?.click()} disabled={busy}>
        Import files…
      </button>
      <button type="button" className="secondary" onClick={() => folder.current?.click()} disabled={busy}>
        Import folder…
      </button>
      <input
        ref={files}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        data-testid="import-input"
        onChange={(e) => pick(e.currentTarget)}
      />
      <input
        ref={(el) => {
          folder.current = el;
          el?.setAttribute('webkitdirectory', '');
        }}
        type="file"
        multiple
        hidden
        onChange={(e) => pick(e.currentTarget)}
      />
    </div>
  );
}
