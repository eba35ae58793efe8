import { useState } from 'react';
import type { ReportOptions, ReportPreset } from '../../../../shared/api';
import type { Filter } from '../../../../shared/model';
import { api } from '../../api/client';
import { useApi } from '../../api/useApi';

/** Presets kept in the library: load one, save the current options (and filter) under a name, or delete one. */
export function ReportPresets({
  filter,
  options,
  onLoad,
}: {
  filter: Filter;
  options: ReportOptions;
  onLoad: (preset: ReportPreset) => void;
}) {
  const presets = useApi(() => api.listReportPresets(), [], ['presets']);
  const [chosen, setChosen] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const act = async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      presets.reload();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  const list = presets.data ?? [];
  return (
    <fieldset data-testid="rb-presets">
      <legend>Presets</legend>
      <label>
        Use a preset
        <select
          value={chosen}
          onChange={(e) => {
            setChosen(e.target.value);
            const preset = list.find((p) => p.name === e.target.value);
            if (preset) {
              setName(preset.name);
              onLoad(preset);
            }
          }}
        >
          <option value="">{list.length ? 'Choose…' : 'No presets saved yet'}</option>
          {list.map((p) => (
            <option key={p.name} value={p.name}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <div className="rb-inline-row">
        <input
          type="text"
          aria-label="Preset name"
          placeholder="Preset name"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <button
          type="button"
          disabled={!name.trim()}
          onClick={() => void act(() => api.saveReportPreset({ name: name.trim(), options, filter }))}
        >
          Save preset
        </button>
        <button
          type="button"
          className="secondary"
          disabled={!list.some((p) => p.name === name.trim())}
          onClick={() =>
            void act(async () => {
              await api.deleteReportPreset(name.trim());
              setChosen('');
            })
          }
        >
          Delete
        </button>
      </div>
      {error && (
        <p className="error-inline" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
