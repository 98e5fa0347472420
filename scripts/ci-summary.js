#!/usr/bin/env node
// Prints one "name: N passed, N failed" line per Jest JSON report, then the total; exits 1 on failures.
const fs = require('fs');
const path = require('path');

let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  const name = path.basename(file, '.json').replace(/^jest-/, '');
  console.log(`${name}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
  passed += report.numPassedTests;
  failed += report.numFailedTests + report.numRuntimeErrorTestSuites;
}
console.log(`total: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
