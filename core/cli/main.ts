import { EXIT_OK, parseCliArgs, USAGE } from './args';

// `claimdesk list | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

/** True for a well-formed help request, answered without loading the workspace code (see args.ts). */
function asksForHelp(argv: string[]): boolean {
  try {
    return parseCliArgs(argv).command.name === 'help';
  } catch {
    return false;
  }
}

const argv = process.argv.slice(2);
if (asksForHelp(argv)) {
  process.stdout.write(`${USAGE}\n`);
  process.exitCode = EXIT_OK;
} else {
  // Required here, not imported at the top: the bundler then runs this module's code only when needed.
  const { runCliAsync } = require('./run') as typeof import('./run');
  void runCliAsync(argv, { out: process.stdout, err: process.stderr, env: process.env }).then((code) => {
    process.exitCode = code;
  });
}
