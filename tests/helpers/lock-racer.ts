// One contender in tests/unit/library/concurrency.test.ts: tries to become the library's writer, says whether it
// won, holds the lock until told to stop (stdin closes), then releases it.
import { acquireLibraryLock, LibraryLockedError } from '../../src/node/library-lock';

const [dataDir, name] = process.argv.slice(2);
try {
  const lock = await acquireLibraryLock(dataDir!, name!);
  process.stdout.write('won\n');
  process.stdin.resume();
  process.stdin.on('end', () => void lock.release().then(() => process.exit(0)));
} catch (err) {
  process.stdout.write(
    err instanceof LibraryLockedError ? `refused ${err.owner.app}\n` : `error ${(err as Error).message}\n`,
  );
  process.exit(0);
}
