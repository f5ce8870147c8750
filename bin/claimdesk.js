#!/usr/bin/env node
// The `claimdesk` command: the TypeScript CLI run through tsx's require hook.
'use strict';
require('tsx/cjs');
require('../core/cli/main.ts');
