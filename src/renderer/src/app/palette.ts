/**
 * Colours for chart and timeline marks. Actors get a colour by their rank in the library (stable across every view
 * and the report for one library state); past the 8 hand-picked ones, hues step by the golden angle with alternating
 * lightness, each adjusted to stand out from the theme's cards, and lines also get a dash pattern so that series
 * stay apart past 20. Topics keep the colour the analyst chose, adjusted only as far as needed to be seen.
 */
import { readableOn } from '../components/colour';
import type { Theme } from './theme';

/** The card background of each theme (styles.css --panel): what chart marks and highlights must stand out from. */
export const PANEL: Record<Theme, string> = { light: '#ffffff', dark: '#1e2228' };

const FIRST: Record<Theme, string[]> = {
  light: ['#2f63c9', '#b85a1c', '#1d7f55', '#a8336b', '#6a4cbf', '#8a6d00', '#1b7f91', '#7a5a3c'],
  dark: ['#7fa7f5', '#f0a06a', '#5fcf98', '#f08dbd', '#b59cf5', '#e3c45a', '#62c9dc', '#cfae8c'],
};

/** Line colours for actors, each at least 3:1 against the theme's cards. */
export const SERIES: Record<Theme, string[]> = { light: extend('light', 32), dark: extend('dark', 32) };

/** Dash patterns for the 2nd, 3rd… round of colours ('' = solid). */
const DASHES = ['', '6 3', '2 3', '8 3 2 3'];

export function seriesColour(index: number, theme: Theme): string {
  const list = SERIES[theme];
  return list[index % list.length]!;
}

export function seriesDash(index: number): string | undefined {
  return DASHES[Math.floor(index / 8) % DASHES.length] || undefined;
}

/** A topic's colour as drawn in this theme: the user's choice, adjusted only as far as needed to be seen. */
export function topicColour(colour: string, theme: Theme): string {
  return readableOn(colour, PANEL[theme]);
}

function extend(theme: Theme, count: number): string[] {
  const out = [...FIRST[theme]];
  for (let i = out.length; i < count; i++) {
    const hue = (i * 137.508) % 360;
    const light = theme === 'light' ? (i % 2 ? 38 : 30) : i % 2 ? 68 : 60;
    out.push(readableOn(hslHex(hue, 60, light), PANEL[theme]));
  }
  return out;
}

function hslHex(h: number, s: number, l: number): string {
  const a = (s / 100) * Math.min(l / 100, 1 - l / 100);
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    const c = l / 100 - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(c * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${f(0)}${f(8)}${f(4)}`;
}
