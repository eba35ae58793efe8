import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';

interface NoticeApi {
  notify(text: string, kind?: 'info' | 'error'): void;
}

const Ctx = createContext<NoticeApi>({ notify: () => undefined });

/** Short-lived messages at the bottom of the window ("Undone: merge …", errors of background actions). */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<{ text: string; kind: 'info' | 'error' } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const notify = useCallback((text: string, kind: 'info' | 'error' = 'info') => {
    setNotice({ text, kind });
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => setNotice(null), kind === 'error' ? 8000 : 3500);
  }, []);
  return (
    <Ctx.Provider value={{ notify }}>
      {children}
      {notice && (
        <div
          className={`notice ${notice.kind}`}
          role={notice.kind === 'error' ? 'alert' : 'status'}
          data-testid="notice"
        >
          {notice.text}
        </div>
      )}
    </Ctx.Provider>
  );
}

export function useNotice(): NoticeApi {
  return useContext(Ctx);
}

export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
