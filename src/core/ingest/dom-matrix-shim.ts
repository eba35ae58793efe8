/**
 * pdfjs-dist creates a `DOMMatrix` while its main module loads (for rendering, which we never do). Browsers have
 * one; Node and Electron's main process do not, and pdfjs only finds one there when the optional native package
 * @napi-rs/canvas resolves next to it (not the case once bundled). This small 2D affine matrix is installed only
 * when no DOMMatrix exists, so text extraction works in plain Node, Vitest and a bundled Electron main.
 */

type Init = number[] | Float32Array | Float64Array | string | undefined;

class AffineMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;

  constructor(init?: Init) {
    if (Array.isArray(init) || init instanceof Float32Array || init instanceof Float64Array) {
      const v = Array.from(init);
      if (v.length >= 6)
        [this.a, this.b, this.c, this.d, this.e, this.f] = v as [number, number, number, number, number, number];
    }
  }

  get m11(): number {
    return this.a;
  }
  get m12(): number {
    return this.b;
  }
  get m21(): number {
    return this.c;
  }
  get m22(): number {
    return this.d;
  }
  get m41(): number {
    return this.e;
  }
  get m42(): number {
    return this.f;
  }
  get is2D(): boolean {
    return true;
  }
  get isIdentity(): boolean {
    return this.a === 1 && this.b === 0 && this.c === 0 && this.d === 1 && this.e === 0 && this.f === 0;
  }

  private set6(a: number, b: number, c: number, d: number, e: number, f: number): this {
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
    this.e = e;
    this.f = f;
    return this;
  }

  /** this = this × m */
  multiplySelf(m: AffineMatrix | Init): this {
    const o = m instanceof AffineMatrix ? m : new AffineMatrix(m);
    return this.set6(
      this.a * o.a + this.c * o.b,
      this.b * o.a + this.d * o.b,
      this.a * o.c + this.c * o.d,
      this.b * o.c + this.d * o.d,
      this.a * o.e + this.c * o.f + this.e,
      this.b * o.e + this.d * o.f + this.f,
    );
  }

  /** this = m × this */
  preMultiplySelf(m: AffineMatrix | Init): this {
    const o = m instanceof AffineMatrix ? m : new AffineMatrix(m);
    const copy = new AffineMatrix([o.a, o.b, o.c, o.d, o.e, o.f]).multiplySelf(this);
    return this.set6(copy.a, copy.b, copy.c, copy.d, copy.e, copy.f);
  }

  translateSelf(tx = 0, ty = 0): this {
    return this.multiplySelf([1, 0, 0, 1, tx, ty]);
  }

  scaleSelf(sx = 1, sy = sx): this {
    return this.multiplySelf([sx, 0, 0, sy, 0, 0]);
  }

  invertSelf(): this {
    const det = this.a * this.d - this.b * this.c;
    if (!det) return this.set6(NaN, NaN, NaN, NaN, NaN, NaN);
    return this.set6(
      this.d / det,
      -this.b / det,
      -this.c / det,
      this.a / det,
      (this.c * this.f - this.d * this.e) / det,
      (this.b * this.e - this.a * this.f) / det,
    );
  }

  multiply(m: AffineMatrix | Init): AffineMatrix {
    return this.clone().multiplySelf(m);
  }
  translate(tx = 0, ty = 0): AffineMatrix {
    return this.clone().translateSelf(tx, ty);
  }
  scale(sx = 1, sy = sx): AffineMatrix {
    return this.clone().scaleSelf(sx, sy);
  }
  inverse(): AffineMatrix {
    return this.clone().invertSelf();
  }
  transformPoint(p: { x?: number; y?: number } = {}): { x: number; y: number; z: number; w: number } {
    const x = p.x ?? 0;
    const y = p.y ?? 0;
    return { x: this.a * x + this.c * y + this.e, y: this.b * x + this.d * y + this.f, z: 0, w: 1 };
  }
  clone(): AffineMatrix {
    return new AffineMatrix([this.a, this.b, this.c, this.d, this.e, this.f]);
  }
}

/** Install the shim when the runtime has no DOMMatrix. Returns true when it did. */
export function ensureDomMatrix(): boolean {
  const g = globalThis as { DOMMatrix?: unknown };
  if (typeof g.DOMMatrix === 'function') return false;
  g.DOMMatrix = AffineMatrix;
  return true;
}
