/**
 * Wildcard words matched in linear time, never by a backtracking regular expression.
 *   GlobPattern.test   `*` is any run of characters (none too), `?` exactly one character
 *   globSteps          one test with the work it took, for tests and benches
 *   StepMeter          a counter that tests add their work to
 * A test takes at most (P + 1) × (W + 2) steps for a pattern of P and a word of W characters (see `test`).
 */

export interface StepMeter {
  steps: number;
}

const SURROGATE = /[\ud800-\udfff]/;

/** Characters as code points, so `?` stands for one character even outside the Basic Multilingual Plane. */
function characters(s: string): ArrayLike<string> {
  return SURROGATE.test(s) ? Array.from(s) : s;
}

export class GlobPattern {
  private readonly chars: ArrayLike<string>;
  /** Characters other than `*`: a word needs at least this many. */
  private readonly fixed: number;
  private readonly hasStar: boolean;

  constructor(readonly source: string) {
    this.chars = characters(source.replace(/\*+/g, '*'));
    let stars = 0;
    for (let i = 0; i < this.chars.length; i++) if (this.chars[i] === '*') stars++;
    this.fixed = this.chars.length - stars;
    this.hasStar = stars > 0;
  }

  /**
   * Greedy matching that only ever returns to the most recent `*`: an earlier star can never need more
   * characters, because the later one could have taken them. Each return moves that star's start one word
   * character on, and between returns at most P pattern characters match, so the loop runs at most
   * (W + 1) × P times for matching plus W returns and P stars.
   */
  test(word: string, meter: StepMeter): boolean {
    const pat = this.chars;
    const w = characters(word);
    meter.steps++;
    if (w.length < this.fixed || (!this.hasStar && w.length !== this.fixed)) return false;
    let p = 0;
    let i = 0;
    let star = -1;
    let starAt = 0;
    while (i < w.length) {
      meter.steps++;
      const c = pat[p];
      if (c === '*') {
        star = p++;
        starAt = i;
      } else if (c !== undefined && (c === '?' || c === w[i])) {
        p++;
        i++;
      } else if (star >= 0) {
        p = star + 1;
        i = ++starAt;
      } else {
        return false;
      }
    }
    while (pat[p] === '*') {
      meter.steps++;
      p++;
    }
    return p === pat.length;
  }
}

export function globSteps(pattern: string, word: string): { matched: boolean; steps: number } {
  const meter = { steps: 0 };
  const matched = new GlobPattern(pattern).test(word, meter);
  return { matched, steps: meter.steps };
}
