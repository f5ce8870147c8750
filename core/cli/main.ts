import { runCli } from './run';

// `claimdesk list | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

process.exitCode = runCli(process.argv.slice(2), { out: process.stdout, err: process.stderr, env: process.env });
