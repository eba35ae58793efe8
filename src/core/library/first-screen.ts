/**
 * The first screen's answers, saved beside the documents (index/first-screen.bin), so that a window opening a large
 * library paints its article list in a moment while the library itself is read behind it.
 *
 *   encodeFirstScreen   the file from the answers of an open library: a JSON header (the library's info without its
 *                       health, its imports, its languages), then each article row as JSON in newest-first order,
 *                       with per row its language and import codes for the list's filters
 *   decodeFirstScreen   the file back; null for anything that is not a whole file of this version
 *   FirstScreen         answers getLibraryInfo, queryArticles and listImports from it, parsing only the rows a page
 *                       shows; answersBeforeOpen gives them as the API's calls
 *
 * The file is derived data: first-screen-keeper.ts deletes it before any document is written and saves it again
 * once the library is quiet, so it never describes an older library than the documents.
 */
import type { SavedFile } from './first-screen-keeper';
import { decodeFramed, encodeFramed } from './framed-file';
import type { ArticlePage, ArticleQuery, ArticleRow, ImportBatch, LibraryInfo, WorkbenchApi } from '../../shared/api';

export const FIRST_SCREEN_FILE = 'first-screen.bin';
const MAGIC = 'SBFS2\n';

export type SavedInfo = Omit<LibraryInfo, 'health'>;

interface Header {
  info: SavedInfo;
  imports: ImportBatch[];
  /** Every language code of the library ("unknown" for none), sorted: a row's language is an index into it. */
  languages: string[];
  /** A row's import is an index into it, or -1 when the article names none. */
  importIds: string[];
  rows: number;
  textBytes: number;
  savedAt: string;
}

export interface FirstScreenSource {
  info: SavedInfo;
  imports: ImportBatch[];
  /** The article list as queryArticles pages it: newest first. */
  rows: Iterable<ArticleRow>;
  savedAt: string;
}

const languageOf = (row: ArticleRow) => row.language ?? 'unknown';

/** Rows encoded between two pauses: ≈ 10–20 ms of work at a time in a library of 100,000 articles. */
const ROWS_A_STEP = 2000;
const NON_ASCII = /[\u0080-\uffff]/;

/**
 * The file's bytes. `pause` is awaited between steps of ROWS_A_STEP rows, so a large library's save lets other
 * work run meanwhile (the rows are then read while the library may change: the caller checks it did not).
 */
export async function encodeFirstScreen(
  source: FirstScreenSource,
  pause: () => Promise<void> = async () => undefined,
): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const languageCodes = new Map<string, number>();
  const importCodes = new Map<string, number>();
  const rowLanguage: string[] = [];
  const rowImport: number[] = [];
  const chunks: Uint8Array[] = [];
  const ends: number[] = [];
  let textBytes = 0;
  let step: string[] = [];
  const encodeStep = () => {
    const joined = step.join('');
    if (!NON_ASCII.test(joined)) {
      for (const json of step) ends.push((textBytes += json.length));
      chunks.push(encoder.encode(joined));
    } else {
      for (const json of step) {
        const bytes = encoder.encode(json);
        chunks.push(bytes);
        ends.push((textBytes += bytes.length));
      }
    }
    step = [];
  };
  for (const row of source.rows) {
    step.push(JSON.stringify(row));
    const language = languageOf(row);
    languageCodes.set(language, 0);
    rowLanguage.push(language);
    let code = -1;
    if (row.importId) {
      code = importCodes.get(row.importId) ?? importCodes.size;
      importCodes.set(row.importId, code);
    }
    rowImport.push(code);
    if (step.length === ROWS_A_STEP) {
      encodeStep();
      await pause();
    }
  }
  encodeStep();
  const languages = [...languageCodes.keys()].sort();
  languages.forEach((l, i) => languageCodes.set(l, i));
  const rows = ends.length;
  const header: Header = {
    info: source.info,
    imports: source.imports,
    languages,
    importIds: [...importCodes.keys()],
    rows,
    textBytes,
    savedAt: source.savedAt,
  };
  const starts = new Uint32Array(rows + 1);
  const langs = new Uint16Array(rows);
  const imports = new Int32Array(rows);
  for (let i = 0; i < rows; i++) {
    starts[i + 1] = ends[i]!;
    langs[i] = languageCodes.get(rowLanguage[i]!)!;
    imports[i] = rowImport[i]!;
  }
  const text = new Uint8Array(textBytes);
  let at = 0;
  for (const chunk of chunks) {
    text.set(chunk, at);
    at += chunk.length;
  }
  return encodeFramed(MAGIC, header, [starts, langs, imports, text]);
}

export function decodeFirstScreen(bytes: Uint8Array): FirstScreen | null {
  const framed = decodeFramed<Header>(bytes, MAGIC);
  if (!framed) return null;
  const { header, sections } = framed;
  const n = header?.rows;
  if (!Number.isInteger(n) || !Number.isInteger(header.textBytes) || sections.length !== 4) return null;
  const sizes = [4 * (n + 1), 2 * n, 4 * n, header.textBytes];
  if (sections.some((s, i) => s.byteLength !== sizes[i])) return null;
  const [starts, langs, imports, text] = sections as [ArrayBuffer, ArrayBuffer, ArrayBuffer, ArrayBuffer];
  const rowStarts = new Uint32Array(starts);
  if (rowStarts[n] !== header.textBytes) return null;
  return new FirstScreen(header, rowStarts, new Uint16Array(langs), new Int32Array(imports), new Uint8Array(text));
}

export class FirstScreen {
  private readonly decoder = new TextDecoder();

  constructor(
    private readonly header: Header,
    private readonly starts: Uint32Array,
    private readonly languageCode: Uint16Array,
    private readonly importCode: Int32Array,
    private readonly text: Uint8Array,
  ) {}

  get savedAt(): string {
    return this.header.savedAt;
  }

  libraryInfo(health: LibraryInfo['health']): LibraryInfo {
    return { ...this.header.info, health };
  }

  imports(): ImportBatch[] {
    return this.header.imports;
  }

  queryArticles(query: ArticleQuery): ArticlePage {
    const codes = (wanted: string[] | undefined, all: string[]) =>
      wanted ? new Set(wanted.map((w) => all.indexOf(w)).filter((i) => i >= 0)) : null;
    const imports = codes(query.importIds, this.header.importIds);
    const languages = codes(query.languages, this.header.languages);
    const offset = query.offset ?? 0;
    const limit = query.limit ?? 100;
    const rows: ArticleRow[] = [];
    let total = 0;
    for (let i = 0; i < this.header.rows; i++) {
      if (imports && !imports.has(this.importCode[i]!)) continue;
      if (languages && !languages.has(this.languageCode[i]!)) continue;
      if (total >= offset && total < offset + limit) rows.push(this.row(i));
      total++;
    }
    return { total, offset, rows, languages: this.header.languages };
  }

  private row(i: number): ArticleRow {
    return JSON.parse(this.decoder.decode(this.text.subarray(this.starts[i], this.starts[i + 1]))) as ArticleRow;
  }
}

/** The first screen as a file the keeper saves (first-screen-keeper.ts). */
export function firstScreenFile(source: () => Promise<FirstScreenSource>): SavedFile {
  return {
    name: FIRST_SCREEN_FILE,
    encode: async (pause) => encodeFirstScreen(await source(), pause),
    readsWhole: (bytes) => decodeFirstScreen(bytes) !== null,
  };
}

export type EarlyCalls = Pick<WorkbenchApi, 'getLibraryInfo' | 'queryArticles' | 'listImports'>;

/**
 * The calls a saved first screen answers while the library opens. Its health is the one known before any check
 * (problems found by the open are reported once it is done, when every view asks again).
 */
export function answersBeforeOpen(screen: FirstScreen, readOnlyReason: string | null): EarlyCalls {
  const health: LibraryInfo['health'] = {
    mode: readOnlyReason ? 'read-only' : 'normal',
    readOnlyReason,
    problems: 0,
    damage: 0,
  };
  return {
    getLibraryInfo: async () => screen.libraryInfo(health),
    queryArticles: async (query) => screen.queryArticles(query ?? {}),
    listImports: async () => screen.imports(),
  };
}
