#!/usr/bin/env node
// The `claimdesk` command: the CLI (core/cli/main.ts) bundled in out/backend/cli.js,
// built first when it is missing or older than its sources.
'use strict';
require('../scripts/lib/backend-build').runBackend('cli');
