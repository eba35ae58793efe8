import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { ImportProgress, ImportSummary } from '../../../../shared/api';
import { api } from '../../api/client';
import { filesToImportItems } from './file-items';

interface ImportState {
  progress: ImportProgress | null;
  summary: ImportSummary | null;
  error: string | null;
  busy: boolean;
  importFiles(files: File[]): Promise<void>;
  loadDemo(): Promise<void>;
  cancel(): void;
  dismiss(): void;
}

const Ctx = createContext<ImportState | null>(null);

function newJobId() {
  return `job-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export function ImportProvider({ children }: { children: ReactNode }) {
  const [jobId, setJobId] = useState<string | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(
    () =>
      api.on('importProgress', (p) => {
        setProgress((current) => (current && current.jobId === p.jobId ? p : current));
      }),
    [],
  );

  const run = useCallback(async (work: (id: string) => Promise<ImportSummary>) => {
    const id = newJobId();
    setJobId(id);
    setSummary(null);
    setError(null);
    setProgress({ jobId: id, total: 0, done: 0, imported: 0, failed: 0, duplicates: 0, current: null });
    try {
      setSummary(await work(id));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setJobId(null);
      setProgress(null);
    }
  }, []);

  const dismiss = useCallback(() => {
    setSummary(null);
    setError(null);
  }, []);

  const value: ImportState = {
    progress,
    summary,
    error,
    busy: jobId !== null,
    importFiles: (files) => run(async (id) => api.importFiles({ jobId: id, items: await filesToImportItems(files) })),
    loadDemo: () => run((id) => api.loadDemoLibrary(id)),
    cancel: () => {
      if (jobId) void api.cancelImport(jobId);
    },
    dismiss,
  };
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useImport(): ImportState {
  const ctx = useContext(Ctx);
  if (!ctx) throw new Error('useImport outside ImportProvider');
  return ctx;
}
