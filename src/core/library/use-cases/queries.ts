import type { ExportedReport, LibraryInfo, WorkbenchApi } from '../../../shared/api';
import { bytesToBase64 } from '../../../shared/base64';
import { buildReport } from '../../report/build-report';
import { withCountryInstitutions } from '../country-filter';
import { SCHEMA_VERSION } from '../store-port';
import type { WorkbenchContext } from '../workbench-context';

type QueryApi = Pick<
  WorkbenchApi,
  'getLibraryInfo' | 'getReportModel' | 'exportReport' | 'undo' | 'redo' | 'getHistory'
>;

export function queryUseCases(ctx: WorkbenchContext, health: () => LibraryInfo['health']): QueryApi {
  const { state, deps } = ctx;
  return {
    async getLibraryInfo(): Promise<LibraryInfo> {
      const articles = [...state.articles.values()];
      const dates = articles
        .map((a) => a.date)
        .filter((d): d is string => !!d)
        .sort();
      return {
        schemaVersion: SCHEMA_VERSION,
        articles: state.articles.size,
        statements: state.statements.size,
        actors: state.actors().length,
        topics: state.topicList.length,
        sources: [...new Set(articles.map((a) => a.source).filter((s): s is string => !!s))].sort(),
        dateRange: { from: dates[0] ?? null, to: dates[dates.length - 1] ?? null },
        health: health(),
      };
    },
    async getReportModel(filter, options) {
      return buildReport(state, withCountryInstitutions(state.actors(), filter), options ?? {}, ctx.now());
    },
    async exportReport(filter, options): Promise<ExportedReport> {
      if (!deps.printReport) throw new Error('PDF export is not available in this host');
      const pdf = await deps.printReport(filter, options ?? {});
      const { fileName } = buildReport(
        state,
        withCountryInstitutions(state.actors(), filter),
        options ?? {},
        ctx.now(),
      );
      return { fileName, pdfBase64: bytesToBase64(pdf), bytes: pdf.length };
    },
    undo() {
      return ctx.undo();
    },
    redo() {
      return ctx.redo();
    },
    async getHistory() {
      return ctx.history.describe();
    },
  };
}
