import type { ExportedStatements, WorkbenchApi } from '../../../shared/api';
import { bytesToBase64 } from '../../../shared/base64';
import type { Filter } from '../../../shared/model';
import { exportFileName, exportSet, type ExportSet } from '../../export/export-set';
import { withCountryInstitutions } from '../country-filter';
import type { WorkbenchContext } from '../workbench-context';

type ExportApi = Pick<WorkbenchApi, 'exportStatements'> & { exportSet(filter: Filter): ExportSet };

/** Statement exports: the set is built here (pure), the host's writer turns it into a file. */
export function exportUseCases(ctx: WorkbenchContext): ExportApi {
  const { state, store, deps } = ctx;
  const setFor = (filter: Filter) =>
    exportSet(state, withCountryInstitutions(state.actors(), filter), (id) => store.readBody(id));
  return {
    exportSet: setFor,
    async exportStatements(filter, format): Promise<ExportedStatements> {
      if (!deps.exportStatements) throw new Error('exporting statements is not available in this host');
      const { data, rows } = await deps.exportStatements(setFor(filter), format);
      return { fileName: exportFileName(format, ctx.now()), base64: bytesToBase64(data), bytes: data.length, rows };
    },
  };
}
