/**
 * `soundbite report` flags -> a filter and report options, the same fields as the report builder.
 *
 *   reportRequest        a saved preset (--preset NAME) with every flag given on top of it
 *   parseStatuses        --status accepted,edited
 *   reportTarget         --pdf FILE, or a folder to put the report's own file name (title + month) in; checked
 *                        writable before anything is printed
 *   writeFileAtomically  a temp file beside the target, renamed over it: never half a PDF
 */
import { constants, readFileSync } from 'node:fs';
import { access, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { REPORT_SECTIONS, type ReportOptions, type ReportSection, type WorkbenchApi } from '../shared/api';
import { STATEMENT_STATUSES, type Filter, type StatementStatus } from '../shared/model';

export interface ReportFlags {
  preset?: string;
  title?: string;
  subtitle?: string;
  'prepared-for'?: string;
  author?: string;
  summary?: string;
  'summary-file'?: string;
  sections?: string;
  'group-by'?: string;
  paper?: string;
  locale?: string;
}

export async function reportRequest(
  workbench: Pick<WorkbenchApi, 'listReportPresets'>,
  flags: ReportFlags,
  flagFilter: Filter,
): Promise<{ filter: Filter; options: ReportOptions }> {
  let options: ReportOptions = {};
  let filter: Filter = {};
  if (flags.preset) {
    const presets = await workbench.listReportPresets();
    const hit = presets.find((p) => p.name.toLowerCase() === flags.preset!.trim().toLowerCase());
    if (!hit) {
      const known = presets.map((p) => `"${p.name}"`).join(', ') || 'none saved yet';
      throw new Error(`no report preset named "${flags.preset}" (presets: ${known})`);
    }
    options = { ...hit.options };
    filter = { ...hit.filter };
  }
  for (const [key, value] of Object.entries(flagFilter) as Array<[keyof Filter, unknown]>)
    if (value !== undefined) (filter as Record<string, unknown>)[key] = value;
  const set = <K extends keyof ReportOptions>(key: K, value: ReportOptions[K] | undefined) => {
    if (value !== undefined) options[key] = value;
  };
  set('title', flags.title);
  set('subtitle', flags.subtitle);
  set('preparedFor', flags['prepared-for']);
  set('author', flags.author);
  set('summary', flags['summary-file'] ? readText(flags['summary-file']) : flags.summary);
  set('sections', flags.sections !== undefined ? parseSections(flags.sections) : undefined);
  set(
    'groupBy',
    flags['group-by'] !== undefined
      ? oneOf('--group-by', flags['group-by'], ['actor', 'topic', 'date'] as const)
      : undefined,
  );
  set(
    'paper',
    flags.paper !== undefined ? oneOf('--paper', flags.paper.toLowerCase(), ['a4', 'letter'] as const) : undefined,
  );
  set('locale', flags.locale);
  options.locale ??= Intl.DateTimeFormat().resolvedOptions().locale || 'en-GB';
  return { filter, options };
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`cannot read the summary file ${file}: ${(err as Error).message}`, { cause: err });
  }
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw new Error(`${flag} must be one of ${allowed.join(', ')}`);
  return value as T;
}

export function parseSections(list: string): ReportSection[] {
  const sections = list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const s of sections) oneOf('--sections', s, REPORT_SECTIONS);
  if (new Set(sections).size !== sections.length) throw new Error('--sections names a section twice');
  return sections as ReportSection[];
}

export function parseStatuses(list: string): StatementStatus[] {
  return list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => oneOf('--status', s, STATEMENT_STATUSES));
}

/** The file to write: --pdf names it, or names a folder that gets the report's own file name. */
export async function reportTarget(pdfFlag: string, fileName: string): Promise<string> {
  const resolved = path.resolve(pdfFlag);
  const isDir = pdfFlag.endsWith('/') || (await stat(resolved).catch(() => null))?.isDirectory();
  const out = isDir ? path.join(resolved, fileName) : resolved;
  try {
    await access(path.dirname(out), constants.W_OK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new Error(`cannot write ${out}: ${code ? `${code} ` : ''}${path.dirname(out)} is not a writable folder`, {
      cause: err,
    });
  }
  return out;
}

export async function writeFileAtomically(file: string, bytes: Uint8Array): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.partial`);
  try {
    await writeFile(temp, bytes);
    await rename(temp, file);
  } catch (err) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw new Error(`cannot write ${file}: ${(err as Error).message}`, { cause: err });
  }
}
