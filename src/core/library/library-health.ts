/**
 * The library's health: what is wrong with the folder, and the repairs the analyst can choose.
 *
 *   check()            lists problems: files set aside or left damaged, sync-conflict copies, unfinished writes
 *                      (a re-shard's unfinished folder too), shard folders no longer used (a backup), texts no
 *                      article names, statements whose speaker is missing, recovery notes
 *   repair(id, how)    salvage a damaged or conflicting copy (undoable), move files to the trash, re-import
 *                      orphaned texts, give missing speakers a placeholder, dismiss a note
 *   emptyTrash()       the only deletion the library ever does, and only when the analyst asks
 *
 * The last result is kept so getLibraryInfo can show a summary without scanning the folder on every call.
 */
import type { HealthProblem, LibraryHealth, LibraryInfo } from '../../shared/api';
import type { ImportSource } from './import-source';
import { missingSpeakers, plural, salvageCounts } from './recover-at-open';
import { LAYOUT_FOLDER, type StrayFile } from './store-port';
import type { WorkbenchContext } from './workbench-context';

type ImportSources = (jobId: string, sources: ImportSource[]) => Promise<unknown>;

const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');
const originalOf = (file: string) => file.replace(/\.damaged-\d+$/, '');

export class LibraryHealthService {
  private last: LibraryHealth | null = null;

  constructor(
    private readonly ctx: WorkbenchContext,
    private readonly readOnlyReason: string | null,
    private readonly importSources: ImportSources,
  ) {}

  summary(): LibraryInfo['health'] {
    const h = this.last;
    return {
      mode: h?.mode ?? (this.ctx.store.writable ? 'normal' : 'read-only'),
      readOnlyReason: this.readOnlyReason,
      problems: h?.problems.length ?? 0,
      damage: h?.problems.filter((p) => p.severity === 'damage').length ?? 0,
    };
  }

  check(): Promise<LibraryHealth> {
    return this.ctx.serial(() => this.checkNow());
  }

  async checkNow(): Promise<LibraryHealth> {
    const { state, store } = this.ctx;
    const problems: HealthProblem[] = [];
    const stray = await store.listStrayFiles();

    for (const d of state.opened.damaged) {
      if (d.setAsideAs) continue; // listed below from the folder, as long as it is there
      problems.push({
        id: `damaged:${d.file}`,
        kind: 'damaged-file',
        severity: 'damage',
        message: `${d.file} could not be read (${d.reason}). It was left in place because another process writes this library; open the library there to repair it.`,
        files: [d.file],
        repairs: [],
      });
    }
    for (const f of stray) {
      if (f.kind === 'set-aside') problems.push(await this.setAsideProblem(f));
      else if (f.kind === 'conflict-copy') problems.push(await this.conflictProblem(f));
      else if (f.kind === 'old-layout') {
        problems.push({
          id: `old-layout:${f.file}`,
          kind: 'temp-file',
          severity: 'notice',
          message: `${f.file}/ holds a complete set of shards the library does not use (${plural(f.bytes, 'byte')}, ${when(f.modified)}), left by a re-shard that stopped part-way: a backup of its articles and statements as they were then.`,
          files: [f.file],
          repairs: store.writable ? [{ id: 'trash', label: 'Move it to the trash (kept there as a backup)' }] : [],
        });
      } else if (store.writable) {
        problems.push({
          id: `temp:${f.file}`,
          kind: 'temp-file',
          severity: 'notice',
          message: LAYOUT_FOLDER.test(f.file)
            ? `${f.file}/ holds shards of a re-shard that did not finish (${plural(f.bytes, 'byte')}, ${when(f.modified)}); the library never used them.`
            : `${f.file} is an unfinished write (${plural(f.bytes, 'byte')}, ${when(f.modified)}) left by a process that stopped.`,
          files: [f.file],
          repairs: [{ id: 'trash', label: 'Move it to the trash' }],
        });
      }
    }

    const damage = problems.some((p) => p.severity === 'damage');
    // In a healthy library orphaned texts went to the trash at open; the ones of this session are kept for undo.
    if (store.writable && (damage || state.opened.damaged.length > 0)) {
      const orphans = (await store.listBodyIds()).filter((id) => !state.articles.has(id));
      if (orphans.length > 0) {
        problems.push({
          id: 'orphan-texts',
          kind: 'orphan-texts',
          severity: 'notice',
          message: `${plural(orphans.length, 'article text')} no article names (their articles may be in a damaged file). They are kept until you decide.`,
          files: orphans.map((id) => store.bodyFile(id)),
          repairs: [
            { id: 'recover', label: `Import ${orphans.length === 1 ? 'it' : 'them'} again as new articles` },
            { id: 'trash', label: 'Move them to the trash' },
          ],
        });
      }
    }

    const missing = missingSpeakers(state);
    if (missing.size > 0) {
      const count = [...missing.values()].reduce((n, l) => n + l.length, 0);
      problems.push({
        id: 'missing-speakers',
        kind: 'missing-speakers',
        severity: 'notice',
        message: `${plural(count, 'statement')} name ${plural(missing.size, 'speaker')} the library has no actor for (shown as "Unknown speaker").`,
        files: [],
        repairs: store.writable
          ? [{ id: 'placeholders', label: 'Create a placeholder actor for each, to rename or merge' }]
          : [],
      });
    }
    for (const [i, note] of state.recoveryNotes.entries()) {
      problems.push({
        id: `recovered:${i}`,
        kind: 'recovered',
        severity: 'notice',
        message: note,
        files: [],
        repairs: store.writable ? [{ id: 'dismiss', label: 'Dismiss' }] : [],
      });
    }

    const trash = await store.listTrash();
    this.last = {
      mode: !store.writable ? 'read-only' : problems.some((p) => p.severity === 'damage') ? 'recovery' : 'normal',
      readOnlyReason: this.readOnlyReason,
      problems,
      trash: { files: trash.length, bytes: trash.reduce((n, e) => n + e.bytes, 0) },
    };
    return this.last;
  }

  private async salvageLabel(file: string): Promise<{ label: string | null; detail: string }> {
    const found = await salvageCounts(this.ctx.state, this.ctx.store, file);
    const bodies = new Set(await this.ctx.store.listBodyIds());
    const articles = found.articles.filter((a) => bodies.has(a.id)).length;
    const parts = [
      articles ? plural(articles, 'article') : '',
      found.statements.length ? plural(found.statements.length, 'statement') : '',
      found.actors.length ? plural(found.actors.length, 'actor') : '',
      found.topics.length ? plural(found.topics.length, 'topic') : '',
    ].filter(Boolean);
    if (parts.length === 0) return { label: null, detail: 'Everything readable in it is already in the library.' };
    const list = parts.join(', ');
    return {
      label: `Recover ${list}, then move the file to the trash`,
      detail: `It still holds ${list} the library does not have.`,
    };
  }

  private async setAsideProblem(f: StrayFile): Promise<HealthProblem> {
    const original = originalOf(f.file);
    const reason = this.ctx.state.opened.damaged.find((d) => d.setAsideAs === f.file)?.reason;
    const { label, detail } = await this.salvageLabel(f.file);
    return {
      id: `damaged:${f.file}`,
      kind: 'damaged-file',
      severity: 'damage',
      message: `${original} could not be read${reason ? ` (${reason})` : ''} and was set aside as ${f.file} (${when(f.modified)}). ${detail}`,
      files: [f.file],
      repairs: [...(label ? [{ id: 'salvage', label }] : []), { id: 'trash', label: 'Move it to the trash' }].filter(
        () => this.ctx.store.writable,
      ),
    };
  }

  private async conflictProblem(f: StrayFile): Promise<HealthProblem> {
    const { label, detail } = f.file.endsWith('.json') ? await this.salvageLabel(f.file) : { label: null, detail: '' };
    return {
      id: `conflict:${f.file}`,
      kind: 'conflict-copy',
      severity: 'damage',
      message:
        `${f.file} looks like a copy made by a file-sync service when two computers changed the library at once (${when(f.modified)}). It was not merged. ${detail}`.trim(),
      files: [f.file],
      repairs: [...(label ? [{ id: 'salvage', label }] : []), { id: 'trash', label: 'Move it to the trash' }].filter(
        () => this.ctx.store.writable,
      ),
    };
  }

  async repair(problemId: string, repairId: string): Promise<LibraryHealth> {
    const { store } = this.ctx;
    if (!store.writable) throw new Error(`cannot repair: ${this.readOnlyReason ?? 'the library is open read-only'}`);
    const current = await this.check();
    const problem = current.problems.find((p) => p.id === problemId);
    if (!problem) throw new Error(`no such problem in the library (any more): ${problemId}`);
    if (!problem.repairs.some((r) => r.id === repairId))
      throw new Error(`"${repairId}" is not a repair for: ${problem.message}`);

    if (repairId === 'salvage') await this.salvage(problem.files[0]!);
    if (repairId === 'trash' || repairId === 'salvage') {
      const reason =
        repairId === 'salvage' ? 'recovered what it held, then set aside' : `moved by the analyst: ${problem.message}`;
      await this.ctx.serial(async () => {
        for (const file of problem.files) await store.moveToTrash(file, reason);
      });
    }
    if (repairId === 'recover') await this.recoverTexts(problem.files);
    if (repairId === 'placeholders') await this.placeholders();
    if (repairId === 'dismiss') {
      const index = Number(problemId.split(':')[1]);
      await this.ctx.serial(async () => {
        this.ctx.state.setRecoveryNotes(this.ctx.state.recoveryNotes.filter((_, i) => i !== index));
        await this.ctx.state.flush(store);
      });
    }
    const after = await this.check();
    // The sidebar's summary comes from this check: tell the views it changed.
    this.ctx.emit('libraryChanged', { reason: 'library health', touched: ['health'] });
    return after;
  }

  emptyTrash(): Promise<LibraryHealth> {
    return this.ctx.serial(async () => {
      await this.ctx.store.emptyTrash();
      const after = await this.checkNow();
      this.ctx.emit('libraryChanged', { reason: 'library health', touched: ['health'] });
      return after;
    });
  }

  /** Adds what a damaged or conflicting copy still holds and the library lacks: one undoable step. */
  private async salvage(file: string) {
    const { state, store } = this.ctx;
    const found = await salvageCounts(state, store, file);
    const bodies = new Set(await store.listBodyIds());
    const articles = found.articles.filter((a) => bodies.has(a.id));
    const ids = new Set(articles.map((a) => a.id));
    await this.ctx.mutate(`recover from ${originalOf(file)}`, (tx) => {
      for (const a of found.actors) tx.putActor(a);
      if (found.topics.length) tx.setTopics([...state.topicList, ...found.topics]);
      for (const a of articles) tx.putArticle(a);
      for (const s of found.statements) if (ids.has(s.articleId)) tx.putStatement(s);
    });
  }

  private async recoverTexts(files: string[]) {
    const { store } = this.ctx;
    const sources: ImportSource[] = files.map((file) => {
      const id = file.replace(/^bodies\//, '').replace(/\.json$/, '');
      return {
        name: `recovered text ${id}.txt`,
        load: async () => {
          const body = await store.readBody(id);
          if (body === null) throw new Error('the text file could not be read');
          return { name: `recovered text ${id}.txt`, bytes: new TextEncoder().encode(body) };
        },
      };
    });
    await this.importSources(`recover-${Date.now().toString(36)}`, sources);
  }

  private async placeholders() {
    const { state } = this.ctx;
    const missing = [...missingSpeakers(state).keys()];
    await this.ctx.mutate('create placeholder speakers', (tx) => {
      missing.forEach((id, i) => tx.putActor({ id, name: `Unrecovered speaker ${i + 1}`, type: 'other', aliases: [] }));
    });
  }
}
