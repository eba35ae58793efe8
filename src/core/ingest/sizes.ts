/** Sizes and limits in messages: "50.3 MB (52,740,112 bytes)", so a file just over a limit never reads as equal to it. */

/** 52740112 → "52,740,112". */
export function groupDigits(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A rounded size: "50 MB" when whole, else "50.3 MB"; under 0.1 MB in KB. */
export function roundedSize(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  if (mb >= 0.1) return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
  const kb = bytes / 1024;
  return `${Number.isInteger(kb) ? kb : Math.max(0.1, Math.round(kb * 10) / 10)} KB`;
}

/** "50.3 MB (52,740,112 bytes)". */
export function exactSize(bytes: number): string {
  return `${roundedSize(bytes)} (${groupDigits(bytes)} bytes)`;
}

/** "file too large: 50.3 MB (52,740,112 bytes), limit 50 MB (52,428,800 bytes)". */
export function tooLargeMessage(bytes: number, limit: number): string {
  return `file too large: ${exactSize(bytes)}, limit ${exactSize(limit)}`;
}

/** "60 s", or "0.5 s" for limits under ten seconds that are not whole. */
export function seconds(ms: number): string {
  const s = ms / 1000;
  return `${s >= 10 || Number.isInteger(s) ? Math.round(s) : s.toFixed(1)} s`;
}
