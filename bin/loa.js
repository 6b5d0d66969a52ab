#!/usr/bin/env node
// Entry of the `loa` command; the TypeScript sources are built to dist/ by `npm install` (prepare) or `npm run build`.
import '../dist/src/cli/loa.js';
