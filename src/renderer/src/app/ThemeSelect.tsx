import { useTheme } from './ThemeContext';
import type { ThemeChoice } from './theme';

const CHOICES: Array<{ value: ThemeChoice; label: string }> = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export function ThemeSelect() {
  const { choice, choose } = useTheme();
  return (
    <label>
      Theme
      <select value={choice} onChange={(e) => choose(e.target.value as ThemeChoice)} data-testid="theme-choice">
        {CHOICES.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}
