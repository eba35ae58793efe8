// `npm run security:electron`: Electronegativity over the Electron sources, offline, failing on any finding that
// docs/security.md does not accept.
//   node scripts/electronegativity.mjs [dir…]   directories to scan, relative to the project (default: src;
//                                               `out` scans the last build too)
//   accepted list   the ```json block after <!-- electronegativity-accepted --> in docs/security.md:
//                   [{ "check", "files": [...], "why" }], matched by check id and project-relative file
//   exit code       0 when every finding is accepted, 1 otherwise (or when the scan itself fails)
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ACCEPTED_DOC = 'docs/security.md';
const MARKER = '<!-- electronegativity-accepted -->';
// Downloads Electron's release list from GitHub: it cannot run offline. Electron's version is kept current
// through package.json instead (see docs/security.md).
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

const require = createRequire(import.meta.url);
const runElectronegativity = require('@doyensec/electronegativity');

function fail(message) {
  console.error(`security:electron: ${message}`);
  process.exit(1);
}

function readAccepted() {
  const text = readFileSync(path.join(ROOT, ACCEPTED_DOC), 'utf8');
  const at = text.indexOf(MARKER);
  if (at < 0) fail(`${ACCEPTED_DOC} has no ${MARKER} marker`);
  const block = /```json\r?\n([\s\S]*?)\r?\n```/.exec(text.slice(at));
  if (!block) fail(`${ACCEPTED_DOC}: no \`\`\`json block after ${MARKER}`);
  let list;
  try {
    list = JSON.parse(block[1]);
  } catch (e) {
    fail(`${ACCEPTED_DOC}: the accepted list is not valid JSON (${e.message})`);
  }
  if (!Array.isArray(list)) fail(`${ACCEPTED_DOC}: the accepted list must be a JSON array`);
  for (const a of list) {
    const ok =
      typeof a?.check === 'string' &&
      Array.isArray(a.files) &&
      a.files.every((f) => typeof f === 'string') &&
      typeof a.why === 'string' &&
      a.why.trim().length > 0;
    if (!ok) fail(`${ACCEPTED_DOC}: every accepted entry needs "check", "files" and a non-empty "why"`);
  }
  return list;
}

/** The Electron the app is built against: the installed package, else the lowest version package.json allows. */
function electronVersion() {
  const installed = path.join(ROOT, 'node_modules/electron/package.json');
  if (existsSync(installed)) return JSON.parse(readFileSync(installed, 'utf8')).version;
  const range = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).devDependencies?.electron ?? '';
  const m = /\d+\.\d+\.\d+/.exec(range);
  if (!m) fail('cannot tell which Electron version the app uses');
  return m[0];
}

async function scan(dir, version) {
  // The tool asks a web server for updated translations and logs that it could not: noise when offline.
  const log = console.log;
  console.log = (...args) => {
    if (!String(args[0]).startsWith('Could not retrieve updated translations')) log(...args);
  };
  try {
    return await runElectronegativity({
      input: path.join(ROOT, dir),
      electronVersionOverride: version,
      excludeFromScan: EXCLUDED_CHECKS,
      isRelative: true,
      parserPlugins: [],
    });
  } finally {
    console.log = log;
  }
}

const dirs = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['src'];
const accepted = readAccepted();
const version = electronVersion();
const started = Date.now();
const findings = [];
let checks = 0;
for (const dir of dirs) {
  if (!existsSync(path.join(ROOT, dir))) fail(`nothing to scan at ${dir}`);
  const result = await scan(dir, version);
  checks = result.globalChecks + result.atomicChecks;
  const broken = result.errors.filter((e) => !e.tolerable);
  // A file the parser could not read was not checked at all: that is a failure, not a clean result.
  if (broken.length > 0)
    fail(`could not parse ${broken.map((e) => `${path.relative(ROOT, e.file)} (${e.message})`).join(', ')}`);
  for (const issue of result.issues) {
    const file = issue.file === 'N/A' ? 'N/A' : path.posix.join(dir, issue.file.split(path.sep).join('/'));
    findings.push({ ...issue, file });
  }
}

const isAccepted = (f) => accepted.some((a) => a.check === f.id && a.files.includes(f.file));
let fresh = 0;
for (const f of findings) {
  const ok = isAccepted(f);
  if (!ok) fresh++;
  const where = `${f.file}:${f.location.line}:${f.location.column}`;
  const rating = `${f.severity.name}/${f.confidence.name}${f.manualReview ? ' (review)' : ''}`;
  console.log(`${ok ? 'accepted' : 'NEW     '}  ${f.id}  ${where}  ${rating}`);
  if (!ok) console.log(`          ${f.description}\n          ${f.shortenedURL}`);
}
for (const a of accepted)
  for (const file of a.files)
    if (dirs.some((d) => file.startsWith(`${d}/`)) && !findings.some((f) => f.id === a.check && f.file === file))
      console.log(`note: ${ACCEPTED_DOC} accepts ${a.check} in ${file}, which no longer occurs: drop it from the list`);

const seconds = ((Date.now() - started) / 1000).toFixed(1);
const counts = `${findings.length - fresh} accepted in ${ACCEPTED_DOC}, ${fresh} not accepted`;
console.log(
  `electronegativity: ${findings.length} findings in ${dirs.join(', ')} (${counts}), ${checks} checks, Electron ${version}, ${seconds} s`,
);
if (fresh > 0) {
  console.error(`security:electron: fix the ${fresh} new finding(s) or accept each in ${ACCEPTED_DOC} with its reason`);
  process.exit(1);
}
