#!/usr/bin/env node
'use strict';
require('../dist/src/cli/main.js').main().catch((e) => {
  process.stderr.write(`jixiao：${e && e.message ? e.message : e}\n`);
  process.exitCode = 2;
});
