// Writes security/RESULTS.md from one run's summaries. Usage: node report.mjs OUTDIR BASE LOAD_BEFORE LOAD_AFTER SECONDS [own portal]
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { execSync } from 'node:child_process';
import { HERE } from './lib.mjs';

const [out, base, loadBefore, loadAfter, seconds, own] = process.argv.slice(2);
const read = f => existsSync(join(out, f)) ? JSON.parse(readFileSync(join(out, f), 'utf8')) : null;
const text = f => existsSync(join(out, f)) ? readFileSync(join(out, f), 'utf8') : '';
const sh = c => { try { return execSync(c, { cwd: HERE }).toString().trim(); } catch { return '?'; } };
const rc = name => text(name + '.rc').trim().split(' ');
const commit = sh('git rev-parse HEAD'), subject = sh('git log -1 --format=%s');
const dirty = sh('git status --porcelain -- ../src ../pom.xml') ? ' (with uncommitted changes under src/)' : '';
const sqli = read('sqli-summary.json'), xss = read('xss-summary.json'), authz = read('authz-summary.json');
const headers = read('headers-results.json') ?? [];
const endpointsLine = text('endpoints.txt').trim().split('\n')[0] ?? '';
const secs = n => rc(n)[1] ? rc(n)[1] + ' s' : '';
const ok = n => rc(n)[0] === '0' ? 'pass' : 'FAIL';
const L = [];
L.push('# Security checks by outside tools: results', '');
L.push('Produced by `security/run.sh` (see `security/README.md`); rewritten by every run. The raw output of this run is in `security/out/` (not committed).', '');
L.push(`- **Date**: ${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}`);
L.push(`- **Commit measured**: \`${commit}\` — ${subject}${dirty}`);
L.push(`- **Portal**: ${base}${own ? ' (started by run.sh: demo mode, embedded PostgreSQL, fresh data directory, search/filing rate limits raised so that the tools measure injection rather than the limits)' : ''}`);
L.push(`- **Machine**: ${sh('nproc')} cores shared with other builds; load average ${loadBefore} before, ${loadAfter} after; the run took ${seconds} s`);
L.push(`- **Tools**: ${sh("sqlmap --version 2>/dev/null | head -1").replace(/\s+/g, ' ')} (sqlmap), ${sh('/usr/bin/chromium --version')}, playwright-core ${sh("node -p \"require('./browser/node_modules/playwright-core/package.json').version\"")}, Node ${process.version}`);
L.push('');
L.push('| Check | Result | Verdict | Time |', '|---|---|---|---|');
L.push(`| Endpoint table | ${endpointsLine} | ${ok('endpoints')} | |`);
if (sqli) L.push(`| SQL injection (sqlmap) | **${sqli.injectable} injectable of ${sqli.parameters} parameters** on ${sqli.endpoints} endpoints${sqli.notRun ? `, ${sqli.notRun} not run (time budget)` : ''} | ${ok('sqli')} | ${secs('sqli')} |`);
if (xss) L.push(`| Stored XSS (Chromium) | **${xss.stored.executed} executed of ${xss.stored.combinations} payload×page combinations** (${xss.payloads} payloads, ${xss.stored.pageVisits} page visits); injected markup ${xss.injectedMarkup}, evaluated EL ${xss.evaluatedEL}${xss.skippedForTimeBudget ? `; ${xss.skippedForTimeBudget} page visits skipped (time budget)` : ''} | ${ok('xss')} | ${secs('xss')} |`);
if (xss) L.push(`| Reflected XSS (Chromium) | **${xss.reflected.executed} executed of ${xss.reflected.combinations} payload×page combinations** (${xss.reflected.pageVisits} page visits) | ${ok('xss')} | |`);
if (authz) L.push(`| Authorization matrix | **${authz.percent} % of ${authz.calls} calls** as \`authz-matrix.tsv\` expects (${authz.endpoints} staff endpoints × ${authz.callers} callers)${authz.interleaved ? `; interleaved pass ${authz.interleaved.matches} of ${authz.interleaved.calls} refused callers refused right after an allowed caller (reads)` : ''} | ${ok('authz')} | ${secs('authz')} |`);
L.push(`| Headers | ${headers.filter(h => h.ok).length} of ${headers.length} checks present | ${ok('headers')} | ${secs('headers')} |`);
L.push('');
if (sqli) {
  L.push('## SQL injection per endpoint', '', 'sqlmap `--batch --level=1 --risk=1 --technique=BEUST --time-sec=2 --threads=2 --smart`; staff endpoints with HTTP Basic as the user named.', '');
  L.push('| Endpoint | User | Parameters tested | Injectable | Notes |', '|---|---|---|---|---|');
  for (const r of sqli.results) L.push(`| \`${r.method} ${r.path.replace(/\*/g, '')}\` | ${r.user} | ${r.tested.join(', ') || '—'} | ${r.injectable.length ? '**' + r.injectable.join(', ') + '**' : 'none'} | ${r.notes.join('; ').replace(/\|/g, '/')} |`);
  L.push('');
}
if (xss) {
  L.push('## XSS', '');
  L.push(`Payloads: \`security/xss-payloads.txt\` (${xss.payloads}). Chromium ran with \`bypassCSP\`, so these numbers test the output encoding alone; the CSP is checked under Headers.`, '');
  L.push('Stored through the API (field: payloads stored): ' + Object.entries(xss.storedFields).map(([k, v]) => `${k} ${v}`).join(', ') + '.', '');
  L.push('Refused by the API on input (400, so not stored): ' + (Object.entries(xss.refusedFields).map(([k, v]) => `${k} ${v}`).join(', ') || 'none') + '.', '');
  L.push(`Executed: ${xss.executed}; dialogs included. Injected markup (event-handler attributes, javascript: URLs, script elements carrying a payload, whether or not they ran): ${xss.injectedMarkup}. EL evaluated: ${xss.evaluatedEL}. Page loads that failed: ${xss.pageErrors}.`, '');
  if (xss.findings.length) { L.push('Findings:', ''); for (const f of xss.findings.slice(0, 40)) L.push('- `' + JSON.stringify(f).slice(0, 300) + '`'); L.push(''); }
}
if (authz) {
  L.push('## Authorization matrix', '', `${authz.matches} of ${authz.calls} calls matched.`, '');
  for (const m of authz.mismatches) L.push('- MISMATCH ' + m.replace(/\|/g, '/'));
  L.push('');
}
L.push('## Headers', '', '| Answer | Check | Present | Value |', '|---|---|---|---|');
for (const h of headers) L.push(`| ${h.answer} | ${h.check} | ${h.ok ? 'yes' : '**no**'} | ${String(h.value ?? '').replace(/\|/g, '/').slice(0, 90)} |`);
L.push('');
const prev = existsSync(join(HERE, 'RESULTS.md')) ? readFileSync(join(HERE, 'RESULTS.md'), 'utf8') : '';
const history = prev.includes('## Earlier runs') ? prev.slice(prev.indexOf('## Earlier runs')) : '';
writeFileSync(join(HERE, 'RESULTS.md'), L.join('\n') + '\n' + (history ? '\n' + history : ''));
console.log('wrote security/RESULTS.md');
