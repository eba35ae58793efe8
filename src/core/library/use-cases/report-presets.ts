/**
 * Report builder presets: named report options (and the filter they were made for) kept in the library's
 * registry. Saving and deleting go through ctx.mutate, so they are persisted at once and undoable.
 */
import type { ReportPreset, WorkbenchApi } from '../../../shared/api';
import type { WorkbenchContext } from '../workbench-context';

type PresetApi = Pick<WorkbenchApi, 'listReportPresets' | 'saveReportPreset' | 'deleteReportPreset'>;

const byName = (a: ReportPreset, b: ReportPreset) => a.name.localeCompare(b.name);

export function reportPresetUseCases(ctx: WorkbenchContext): PresetApi {
  const { state } = ctx;
  const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
  return {
    async listReportPresets() {
      return [...state.reportPresets].sort(byName);
    },
    saveReportPreset(input) {
      return ctx.mutate(`save report preset "${input.name.trim()}"`, (tx) => {
        const preset: ReportPreset = {
          name: input.name.trim(),
          options: input.options,
          filter: input.filter,
          savedAt: ctx.now().toISOString(),
        };
        tx.setReportPresets([...state.reportPresets.filter((p) => !same(p.name, preset.name)), preset].sort(byName));
        return [...state.reportPresets];
      });
    },
    deleteReportPreset(name) {
      return ctx.mutate(`delete report preset "${name}"`, (tx) => {
        if (!state.reportPresets.some((p) => same(p.name, name))) throw new Error(`no report preset named "${name}"`);
        tx.setReportPresets(state.reportPresets.filter((p) => !same(p.name, name)));
        return [...state.reportPresets];
      });
    },
  };
}
