import { createContext, useContext, useLayoutEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import {
  applyTheme,
  readThemeChoice,
  resolveTheme,
  saveThemeChoice,
  systemPrefersDark,
  watchSystemTheme,
  type Theme,
  type ThemeChoice,
} from './theme';

interface ThemeState {
  choice: ThemeChoice;
  theme: Theme;
  choose: (choice: ThemeChoice) => void;
}

const Ctx = createContext<ThemeState>({ choice: 'system', theme: 'light', choose: () => undefined });

/** Follows the system's light or dark setting unless the user picked one; the pick is remembered. */
export function ThemeProvider({ children }: { children: ReactNode }) {
  const [choice, setChoice] = useState<ThemeChoice>(readThemeChoice);
  const systemDark = useSyncExternalStore(watchSystemTheme, systemPrefersDark);
  const theme = resolveTheme(choice, systemDark);
  useLayoutEffect(() => {
    applyTheme(theme);
  }, [theme]);
  const choose = (next: ThemeChoice) => {
    saveThemeChoice(next);
    setChoice(next);
  };
  return <Ctx.Provider value={{ choice, theme, choose }}>{children}</Ctx.Provider>;
}

export function useTheme(): ThemeState {
  return useContext(Ctx);
}
