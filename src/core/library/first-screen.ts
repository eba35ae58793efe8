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
import type { ArticlePage, ArticleQuery, ArticleRow, ImportBatch, LibraryInfo, WorkbenchApi } from '../../shared/api';

export const FIRST_SCREEN_FILE = 'first-screen.bin';
const MAGIC = 'SBFS1\n';
const TRAILER = '\nSBFS-END';

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
  const headerBytes = encoder.encode(JSON.stringify(header));
  const layout = sections(headerBytes.length, rows, textBytes);
  const out = new Uint8Array(layout.total);
  out.set(encoder.encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(MAGIC.length, headerBytes.length, true);
  out.set(headerBytes, MAGIC.length + 4);
  const starts = new Uint32Array(out.buffer, layout.starts, rows + 1);
  const langs = new Uint16Array(out.buffer, layout.languages, rows);
  const imports = new Int32Array(out.buffer, layout.imports, rows);
  for (let i = 0; i < rows; i++) {
    starts[i + 1] = ends[i]!;
    langs[i] = languageCodes.get(rowLanguage[i]!)!;
    imports[i] = rowImport[i]!;
  }
  let at = layout.text;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  out.set(encoder.encode(TRAILER), at);
  return out;
}

/** Byte offsets of each section; the typed arrays start on 4-byte boundaries. */
function sections(headerLength: number, rows: number, textBytes: number) {
  const align = (n: number) => Math.ceil(n / 4) * 4;
  const starts = align(MAGIC.length + 4 + headerLength);
  const languages = starts + 4 * (rows + 1);
  const imports = align(languages + 2 * rows);
  const text = imports + 4 * rows;
  return { starts, languages, imports, text, total: text + textBytes + TRAILER.length };
}

export function decodeFirstScreen(bytes: Uint8Array): FirstScreen | null {
  const decoder = new TextDecoder();
  if (bytes.length < MAGIC.length + 4 + TRAILER.length) return null;
  if (decoder.decode(bytes.subarray(0, MAGIC.length)) !== MAGIC) return null;
  if (decoder.decode(bytes.subarray(bytes.length - TRAILER.length)) !== TRAILER) return null;
  const headerLength = new DataView(bytes.buffer, bytes.byteOffset).getUint32(MAGIC.length, true);
  let header: Header;
  try {
    header = JSON.parse(decoder.decode(bytes.subarray(MAGIC.length + 4, MAGIC.length + 4 + headerLength))) as Header;
  } catch {
    return null;
  }
  if (!Number.isInteger(header.rows) || !Number.isInteger(header.textBytes)) return null;
  const layout = sections(headerLength, header.rows, header.textBytes);
  if (layout.total !== bytes.length) return null;
  // Copied out, so the columns are aligned whatever the offset of the bytes read.
  const column = (offset: number, length: number) => bytes.slice(offset, offset + length).buffer;
  const starts = new Uint32Array(column(layout.starts, 4 * (header.rows + 1)));
  if (starts[header.rows] !== header.textBytes) return null;
  return new FirstScreen(
    header,
    starts,
    new Uint16Array(column(layout.languages, 2 * header.rows)),
    new Int32Array(column(layout.imports, 4 * header.rows)),
    bytes.subarray(layout.text, layout.text + header.textBytes),
  );
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
