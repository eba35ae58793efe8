// Adds up the Vitest and Playwright JSON reports for .ci/run's closing line.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const [dir = '.ci-reports', status = '0'] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;

const vitestFile = path.join(dir, 'vitest.json');
if (existsSync(vitestFile)) {
  const v = JSON.parse(readFileSync(vitestFile, 'utf8'));
  passed += v.numPassedTests ?? 0;
  failed += (v.numFailedTests ?? 0) + (v.numFailedTestSuites && !v.numFailedTests ? v.numFailedTestSuites : 0);
  skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
  console.log(`unit: ${v.numPassedTests ?? 0} passed, ${v.numFailedTests ?? 0} failed`);
} else console.log('unit: no report (the run stopped before the unit tests)');

const pwFile = path.join(dir, 'playwright.json');
if (existsSync(pwFile)) {
  const s = JSON.parse(readFileSync(pwFile, 'utf8')).stats ?? {};
  passed += (s.expected ?? 0) + (s.flaky ?? 0);
  failed += s.unexpected ?? 0;
  skipped += s.skipped ?? 0;
  console.log(
    `e2e: ${(s.expected ?? 0) + (s.flaky ?? 0)} passed, ${s.unexpected ?? 0} failed, ${s.skipped ?? 0} skipped`,
  );
} else console.log('e2e: no report (the run stopped before the e2e tests)');

if (status !== '0' && failed === 0) failed = 1; // typecheck, lint or build failed: count it
// .ci/run prints the closing "N passed, N failed, N skipped" line from these numbers.
console.log(`counts ${passed} ${failed} ${skipped}`);
