type Rgb = [number, number, number];

function parseHex(hex: string): Rgb | null {
  const h = hex.trim().replace(/^#/, '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  if (!/^[0-9a-f]{6}$/i.test(full)) return null;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as Rgb;
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function ratio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** WCAG contrast ratio of two #rrggbb colours (1 when either cannot be read). */
export function contrastRatio(a: string, b: string): number {
  const x = parseHex(a);
  const y = parseHex(b);
  return x && y ? ratio(x, y) : 1;
}

/**
 * A colour the user picked (a topic's), lightened on a dark background or darkened on a light one just enough to
 * stand out from it by `min` (3:1 is WCAG's bar for lines, bars and other non-text marks).
 */
export function readableOn(colour: string, background: string, min = 3): string {
  const c = parseHex(colour);
  const bg = parseHex(background);
  if (!c || !bg) return colour;
  const target: Rgb = luminance(bg) < 0.2 ? [255, 255, 255] : [0, 0, 0];
  for (let t = 0; t <= 1; t += 0.05) {
    const mixed = c.map((v, i) => v + (target[i]! - v) * t) as Rgb;
    if (ratio(mixed, bg) >= min) return toHex(mixed);
  }
  return toHex(target);
}
