import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { applyTheme, readThemeChoice, resolveTheme, systemPrefersDark } from './app/theme';
import './styles.css';

// Before the first paint, so a dark setting never flashes light.
applyTheme(resolveTheme(readThemeChoice(), systemPrefersDark()));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
