import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Filter } from '../shared/model';
import type { ImportProgress, WorkbenchApi } from '../shared/api';
import type { ComposedWorkbench, LibraryAccess } from '../node/compose-workbench';
import { LibraryLockedError } from '../node/library-lock';
import { defaultDataDir, projectRoot } from '../node/paths';
import { parseStatuses, reportRequest, reportTarget, writeFileAtomically } from './report-options';

const HELP = `Soundbite command line

  soundbite import [--progress] <files or folders…>
                                            import into the library (--progress: a line per file on stderr)
  soundbite list                            list the library's articles
  soundbite extract --jsonl < in > out      extract statements from JSON lines (benchmark contract)
  soundbite extract <file>                  show the statements found in one file (nothing is saved)
  soundbite report --pdf out.pdf|DIR [filter flags] [report options]
                                            a PDF report (into DIR: named from its title and month)
      filter flags:   [--actor NAME]… [--topic NAME]… [--source NAME]… [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                      [--status accepted,edited,…] (default: accepted + edited when any exist)
      report options: [--preset NAME] [--title T] [--subtitle T] [--prepared-for CLIENT] [--author NAME]
                      [--summary TEXT | --summary-file FILE] [--sections key-figures,charts,timeline,statements,notes,sources]
                      [--group-by actor|topic|date] [--paper a4|letter] [--locale en-GB]
      soundbite report --list-presets         the report presets saved in the library (made in the report builder)
  soundbite export --csv|--xlsx|--json|--qdpx FILE [same filter flags as report]
                                            the filtered statements as a table, JSON (FILE.jsonl: one per line)
                                            or a REFI-QDA project for NVivo, ATLAS.ti, MAXQDA, QualCoder
  soundbite imports                         list the imports, newest first, with their ids
  soundbite delete <article id…>            delete articles (one step; undo in the app only within its session)
  soundbite delete --import ID|last         delete every article one import brought in
  soundbite list [--import ID|last]         list the library's articles (of one import)
  soundbite check                           list what is wrong with the library folder, and the repairs
  soundbite check --repair ID --with REPAIR apply one repair (ids and repairs as listed by check)
  soundbite check --empty-trash             delete what earlier repairs and clean-ups moved to the trash

  --data-dir DIR   the library folder (default: $SOUNDBITE_DATA_DIR or ~/.soundbite/library)
  (via npm: npm run -s cli -- <command> …)`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'data-dir': { type: 'string' },
    jsonl: { type: 'boolean' },
    pdf: { type: 'string' },
    csv: { type: 'string' },
    xlsx: { type: 'string' },
    json: { type: 'string' },
    qdpx: { type: 'string' },
    actor: { type: 'string', multiple: true },
    topic: { type: 'string', multiple: true },
    source: { type: 'string', multiple: true },
    from: { type: 'string' },
    to: { type: 'string' },
    title: { type: 'string' },
    subtitle: { type: 'string' },
    'prepared-for': { type: 'string' },
    author: { type: 'string' },
    summary: { type: 'string' },
    'summary-file': { type: 'string' },
    sections: { type: 'string' },
    'group-by': { type: 'string' },
    paper: { type: 'string' },
    locale: { type: 'string' },
    preset: { type: 'string' },
    'list-presets': { type: 'boolean' },
    status: { type: 'string' },
    repair: { type: 'string' },
    import: { type: 'string' },
    with: { type: 'string' },
    'empty-trash': { type: 'boolean' },
    progress: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  },
});

const [command, ...rest] = positionals;
const dataDir = path.resolve(values['data-dir'] ?? defaultDataDir());

async function main(): Promise<number> {
  if (values.help || !command) {
    console.log(HELP);
    return command || values.help ? 0 : 1;
  }
  switch (command) {
    case 'extract':
      return values.jsonl ? extractLines() : extractFile(rest[0]);
    case 'import':
      return importPaths(rest);
    case 'list':
      return list();
    case 'report':
      return report();
    case 'export':
      return exportStatements();
    case 'check':
      return check();
    case 'imports':
      return imports();
    case 'delete':
      return deleteArticles(rest);
    default:
      console.error(`unknown command: ${command}\n\n${HELP}`);
      return 1;
  }
}

async function extractFile(file: string | undefined): Promise<number> {
  if (!file) {
    console.error('extract needs a file, or --jsonl to read JSON lines from stdin');
    return 1;
  }
  // Read in a worker thread under the import's time limit (SOUNDBITE_READ_TIME_LIMIT_S overrides it, for tests).
  const limitS = Number(process.env.SOUNDBITE_READ_TIME_LIMIT_S);
  let entries;
  try {
    // Each command loads only what it uses: a one-file extract starts in a fraction of the whole CLI's time.
    const { analyseFileWithDeadline } = await import('../node/read-file-with-deadline');
    entries = await analyseFileWithDeadline(file, limitS > 0 ? { timeoutMs: limitS * 1000 } : {});
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    return 2;
  }
  let failed = 0;
  for (const entry of entries) {
    if (entry.error) {
      console.error(`${entry.name}: ${entry.error}`);
      failed++;
      continue;
    }
    for (const { doc, result } of entry.articles) {
      console.log(JSON.stringify({ title: doc.title, date: doc.date, source: doc.source, ...result }, null, 2));
    }
  }
  return failed ? 2 : 0;
}

async function importPaths(paths: string[]): Promise<number> {
  if (paths.length === 0) {
    console.error('import needs at least one file or folder');
    return 1;
  }
  const workbench = await openLibrary('write', 'soundbite import', showImportProgress);
  const summary = await workbench.importFiles({
    jobId: 'cli',
    items: paths.map((p) => ({ kind: 'path', path: path.resolve(p) })),
  });
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  for (const f of summary.files) {
    const detail = f.status === 'imported' ? `${f.statements ?? 0} statements — ${f.title ?? ''}` : (f.message ?? '');
    console.log(`${f.status.padEnd(9)} ${f.name}  ${detail}`);
    for (const w of f.warnings ?? []) console.log(`          warning: ${w}`);
  }
  console.log(
    `${summary.imported} imported, ${summary.duplicates} duplicates, ${summary.failed} failed, ${summary.statements} statements → ${dataDir}`,
  );
  await reportHealth(workbench);
  await workbench.close();
  return summary.failed > 0 && summary.imported === 0 ? 2 : 0;
}

async function list(): Promise<number> {
  const workbench = await openLibrary('read', 'soundbite list');
  const only = values.import ? await importIdFrom(workbench, values.import) : null;
  for (const a of await workbench.listArticles()) {
    if (only && a.importId !== only) continue;
    console.log(
      `${a.date ?? 'no date   '}  ${(a.source ?? '').padEnd(20).slice(0, 20)}  ${String(a.statementCount).padStart(3)}  ${a.title}`,
    );
  }
  await reportHealth(workbench);
  await workbench.close();
  return 0;
}

async function report(): Promise<number> {
  if (!values.pdf && !values['list-presets']) {
    console.error('report needs --pdf out.pdf (or a folder to name the file in), or --list-presets');
    return 1;
  }
  if (values['list-presets']) {
    const workbench = await openLibrary('read', 'soundbite report');
    try {
      for (const p of await workbench.listReportPresets())
        console.log(`${p.name}  (${p.options.title ?? 'untitled'}; saved ${p.savedAt.slice(0, 10)})`);
      return 0;
    } finally {
      await workbench.close();
    }
  }
  const { startHost } = await import('../host/start-host');
  const host = await startHost({ dataDir, access: 'read', app: 'soundbite report', warmPrinter: true });
  try {
    await reportHealth(host.workbench);
    const { filter, options } = await reportRequest(host.workbench, values, await filterFromFlags(host.workbench));
    const model = await host.workbench.getReportModel(filter, options);
    const out = await reportTarget(values.pdf!, model.fileName);
    const started = performance.now();
    const exported = await host.workbench.exportReport(filter, options);
    await writeFileAtomically(out, Buffer.from(exported.pdfBase64, 'base64'));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`report written to ${out} (${plural(exported.bytes, 'byte')}, ${seconds} s)`);
    return 0;
  } finally {
    await host.stop();
  }
}

async function exportStatements(): Promise<number> {
  const flags = (['csv', 'xlsx', 'json', 'qdpx'] as const).filter((f) => values[f] !== undefined);
  const flag = flags[0];
  const out = flag ? values[flag] : undefined;
  if (flags.length !== 1 || !flag || !out) {
    console.error('export needs exactly one of --csv, --xlsx, --json or --qdpx, with the file to write');
    return 1;
  }
  const format = flag === 'json' && out.toLowerCase().endsWith('.jsonl') ? 'jsonl' : flag;
  const workbench = await openLibrary('read', 'soundbite export');
  try {
    await reportHealth(workbench);
    const filter = await filterFromFlags(workbench);
    const { writeExportFile } = await import('../node/export/write-export');
    const written = await writeExportFile(workbench.exportSet(filter), format, out);
    console.log(`${plural(written.rows, 'statement')} written to ${written.file} (${plural(written.bytes, 'byte')})`);
    return 0;
  } finally {
    await workbench.close();
  }
}

/** The import id the user named, "last" being the newest. */
async function importIdFrom(workbench: WorkbenchApi, name: string): Promise<string> {
  const batches = await workbench.listImports();
  const hit = name === 'last' ? batches[0] : batches.find((b) => b.id === name);
  if (!hit)
    throw new Error(
      name === 'last' ? 'the library has no imports yet' : `no import with id "${name}" (see soundbite imports)`,
    );
  return hit.id;
}

async function imports(): Promise<number> {
  const workbench = await openLibrary('read', 'soundbite imports');
  for (const b of await workbench.listImports()) {
    console.log(
      `${b.at.slice(0, 16).replace('T', ' ')}  ${b.id}  ${plural(b.articles, 'article')}, ${plural(b.statements, 'statement')}`,
    );
  }
  await reportHealth(workbench);
  await workbench.close();
  return 0;
}

async function deleteArticles(ids: string[]): Promise<number> {
  if (ids.length === 0 && !values.import) {
    console.error('delete needs article ids (see soundbite list) or --import ID|last');
    return 1;
  }
  const workbench = await openLibrary('write', 'soundbite delete');
  try {
    let targets = ids;
    if (values.import) {
      const importId = await importIdFrom(workbench, values.import);
      targets = (await workbench.listArticles()).filter((a) => a.importId === importId).map((a) => a.id);
    }
    const { deleted } = await workbench.deleteArticles(targets);
    console.log(`${plural(deleted, 'article')} deleted; their texts go to the library's trash when it is next opened`);
    return 0;
  } finally {
    await workbench.close();
  }
}

async function extractLines(): Promise<number> {
  const { extractJsonl } = await import('./extract-jsonl');
  await extractJsonl(process.stdin, process.stdout);
  return 0;
}

async function openLibrary(
  access: LibraryAccess,
  app: string,
  onProgress?: (progress: ImportProgress) => void,
): Promise<ComposedWorkbench> {
  const { composeWorkbench } = await import('../node/compose-workbench');
  return composeWorkbench({
    dataDir,
    resourcesDir: path.join(projectRoot(), 'resources'),
    allowPaths: true,
    access,
    app,
    ...(onProgress
      ? { emit: (event, payload) => event === 'importProgress' && onProgress(payload as ImportProgress) }
      : {}),
  });
}

/** A live line on a terminal; with --progress, one line per file saved (for logs and scripts). */
function showImportProgress(p: ImportProgress) {
  if (p.done === 0) return;
  const line = `${p.done}/${p.total} done (${p.imported} imported, ${p.duplicates} duplicates, ${p.failed} failed)`;
  if (values.progress) process.stderr.write(`progress ${line}\n`);
  else if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K${line}${p.current ? ` — ${p.current}` : ''}`);
}

/** One line on stderr while anything in the library needs attention, so no command hides damage. */
async function reportHealth(workbench: WorkbenchApi) {
  const { health } = await workbench.getLibraryInfo();
  if (health.problems > 0) {
    const what =
      health.damage > 0
        ? `${plural(health.damage, 'damaged part')} (recovery mode)`
        : plural(health.problems, 'notice');
    console.error(`library health: ${what} — run \`soundbite check\` to see them and the repairs`);
  }
}

async function check(): Promise<number> {
  const repairing = values.repair !== undefined || values['empty-trash'];
  const workbench = await openLibrary(repairing ? 'write' : 'write-or-read', 'soundbite check');
  try {
    let health = await workbench.checkLibrary();
    if (values['empty-trash']) health = await workbench.emptyTrash();
    if (values.repair !== undefined) {
      const problem = health.problems.find((p) => p.id === values.repair);
      const how = values.with ?? (problem?.repairs.length === 1 ? problem.repairs[0]!.id : undefined);
      if (!how) {
        console.error(
          `say which repair with --with (one of: ${problem?.repairs.map((r) => r.id).join(', ') || 'none'})`,
        );
        return 1;
      }
      health = await workbench.repairLibrary(values.repair, how);
      console.log(`repaired: ${values.repair} (${how})`);
    }
    console.log(`library: ${dataDir}`);
    console.log(`mode: ${health.mode}${health.readOnlyReason ? ` (${health.readOnlyReason})` : ''}`);
    if (health.problems.length === 0) console.log('no problems found');
    for (const p of health.problems) {
      console.log(`\n[${p.severity}] ${p.id}\n  ${p.message}`);
      for (const r of p.repairs)
        console.log(`  repair: soundbite check --repair '${p.id}' --with ${r.id}    (${r.label})`);
    }
    console.log(
      `\ntrash: ${plural(health.trash.files, 'file')}, ${plural(health.trash.bytes, 'byte')}${health.trash.files ? ' (soundbite check --empty-trash)' : ''}`,
    );
    return health.problems.some((p) => p.severity === 'damage') ? 2 : 0;
  } finally {
    await workbench.close();
  }
}

function plural(n: number, one: string) {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : `${one}s`}`;
}

async function filterFromFlags(workbench: ComposedWorkbench): Promise<Filter> {
  const filter: Filter = {};
  if (values.actor?.length) {
    const actors = await workbench.listActors();
    filter.actorIds = values.actor.map((name) => {
      const hit = actors.find((a) => [a.name, ...a.aliases].some((n) => n.toLowerCase() === name.toLowerCase()));
      if (!hit) throw new Error(`no actor named "${name}" in the library`);
      return hit.id;
    });
  }
  if (values.topic?.length) {
    const topics = await workbench.listTopics();
    filter.topicIds = values.topic.map((name) => {
      const hit = topics.find((t) => t.name.toLowerCase() === name.toLowerCase());
      if (!hit) throw new Error(`no topic named "${name}" in the library`);
      return hit.id;
    });
  }
  if (values.source?.length) filter.sources = values.source;
  if (values.from) filter.from = values.from;
  if (values.to) filter.to = values.to;
  if (values.status) filter.statuses = parseStatuses(values.status);
  return filter;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`soundbite: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(err instanceof LibraryLockedError ? 3 : 1);
  },
);
