import { runCli } from './run';

process.exitCode = runCli(process.argv.slice(2), { out: process.stdout, err: process.stderr, env: process.env });
