import { readableOn } from '../components/colour';
import type { Theme } from './theme';

/** The card background of each theme (styles.css --panel): what chart marks and highlights must stand out from. */
export const PANEL: Record<Theme, string> = { light: '#ffffff', dark: '#1e2228' };

/** Line colours for actors, each at least 4.5:1 against the theme's cards. */
export const SERIES: Record<Theme, string[]> = {
  light: ['#2f63c9', '#b85a1c', '#1d7f55', '#a8336b', '#6a4cbf', '#8a6d00', '#1b7f91', '#7a5a3c'],
  dark: ['#7fa7f5', '#f0a06a', '#5fcf98', '#f08dbd', '#b59cf5', '#e3c45a', '#62c9dc', '#cfae8c'],
};

/** A topic's colour as drawn in this theme: the user's choice, adjusted only as far as needed to be seen. */
export function topicColour(colour: string, theme: Theme): string {
  return readableOn(colour, PANEL[theme]);
}
