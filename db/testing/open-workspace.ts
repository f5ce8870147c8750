/** A child process for the concurrent-open test: opens (creating) the workspace given, prints "opened" or the error. */
import { openDatabase } from '../open';

try {
  openDatabase(process.argv[2]!).close();
  process.stdout.write('opened\n');
} catch (err) {
  process.stdout.write(`failed: ${(err as Error).message}\n`);
}
