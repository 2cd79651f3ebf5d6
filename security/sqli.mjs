// SQL injection: sqlmap over every endpoint of endpoints.tsv (query parameters, JSON bodies, path
// segments and headers marked with *), staff endpoints signed in with HTTP Basic as the row's user.
// Records per endpoint the parameters sqlmap tested and whether it found one injectable.
// Usage: node sqli.mjs BASE OUTDIR   (SQLMAP_EXTRA adds flags; SQLMAP_SMART=0 runs every test on every
// parameter instead of only where sqlmap's heuristic fires; SQLI_ONLY=regex limits the rows; SQLI_BUDGET seconds)
import { spawn } from 'node:child_process';
import { writeFileSync, mkdirSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { endpoints, fixtures, fill, PASSWORD } from './lib.mjs';

const [base, out] = process.argv.slice(2);
const fx = fixtures(out);
const dir = join(out, 'sqlmap');
mkdirSync(dir, { recursive: true });
const FLAGS = ['--batch', '--level=1', '--risk=1', '--technique=BEUST', '--time-sec=2', '--threads=2', '--smart',
  '--flush-session', '--disable-coloring', '--timeout=15', '--retries=1', '--ignore-code=400,404,409,422',
  '--answers=process it=Y,follow=N,keep testing=N,JSON data=Y,custom injection=Y', '-v', '1', '--output-dir=' + dir,
  ...(process.env.SQLMAP_EXTRA ? process.env.SQLMAP_EXTRA.split(' ') : [])]
  .filter(f => !(f === '--smart' && process.env.SQLMAP_SMART === '0'));
const encodeQuery = q => q.split('&').map(kv => { const [k, v = ''] = kv.split('='); return k + '=' + encodeURIComponent(v); }).join('&');

function sqlmap(args) {
  return new Promise(resolve => {
    const p = spawn('sqlmap', [...FLAGS, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    p.stdout.on('data', d => { text += d; });
    p.stderr.on('data', d => { text += d; });
    const timer = setTimeout(() => p.kill('SIGTERM'), 120000);
    p.on('close', code => { clearTimeout(timer); resolve({ code, text }); });
  });
}

const rows = endpoints().filter(e => !process.env.SQLI_ONLY || new RegExp(process.env.SQLI_ONLY).test(e.path));
const results = [];
const log = join(out, 'sqlmap.log');
writeFileSync(log, '');
const BUDGET = Number(process.env.SQLI_BUDGET ?? 480) * 1000, T0 = Date.now();
const write = () => {
  const parameters = results.reduce((n, r) => n + r.tested.length, 0);
  const injectableCount = results.reduce((n, r) => n + r.injectable.length, 0);
  const summary = { endpoints: results.length, parameters, injectable: injectableCount,
    notRun: results.filter(r => r.notes.includes('not run (time budget)')).length, results };
  writeFileSync(join(out, 'sqli-summary.json'), JSON.stringify(summary, null, 2));
  return summary;
};
for (const e of rows) {
  if (Date.now() - T0 > BUDGET) {
    results.push({ method: e.method, path: e.path, user: e.user, tested: [], injectable: [], notes: ['not run (time budget)'] });
    continue;
  }
  const runs = [];
  const hasMarks = e.path.includes('*') || e.headers.includes('*');
  const hasParams = !!e.query || (e.body && e.body !== '@pdf');
  // one run for the query and body, one for the marked path segments and headers (sqlmap tests the
  // custom marks alone when a target has them)
  if (hasParams || !hasMarks) runs.push(false);
  if (hasMarks) runs.push(true);
  const tested = new Set(), injectable = new Set(), notes = [];
  for (const marks of runs) {
    const path = fill(e.path, fx, marks);
    const url = base + path + (e.query && !marks ? '?' + encodeQuery(fill(e.query, fx)) : '');
    const args = ['-u', url, '--method=' + e.method];
    if (e.body && e.body !== '@pdf') args.push('--data=' + fill(e.body, fx, false));
    if (e.body === '@pdf') args.push('--data=%PDF-1.4 x', '--headers=Content-Type: application/octet-stream');
    if (e.headers) args.push('--headers=' + fill(e.headers, fx, marks));
    if (e.user !== 'public') args.push('--auth-type=Basic', '--auth-cred=' + e.user + ':' + PASSWORD);
    const r = await sqlmap(args);
    appendFileSync(log, `\n===== ${e.method} ${e.path} (${marks ? 'path/header marks' : 'query/body'})\n${r.text}`);
    for (const m of r.text.matchAll(/(?:testing if |heuristic \(basic\) test shows that |)((?:\(custom\) )?(?:GET|POST|PUT|DELETE|URI|JSON|Header|\(custom\) HEADER|HEADER)) parameter '([^']+)'/g))
      tested.add(m[1] + ' ' + m[2]);
    for (const m of r.text.matchAll(/((?:\(custom\) )?[A-Z]+) parameter '([^']+)' (?:is|appears to be) '[^']*' injectable/g))
      injectable.add(m[1] + ' ' + m[2]);
    if (/identified the following injection point/.test(r.text)) notes.push('injection point reported');
    const crit = r.text.match(/\[CRITICAL\] ([^\n]*)/);
    if (crit) notes.push(crit[1].slice(0, 120));
  }
  const result = { method: e.method, path: e.path, user: e.user, tested: [...tested], injectable: [...injectable], notes };
  results.push(result);
  write();
  console.log(`${e.method} ${e.path}: ${tested.size} parameter(s) tested, ${injectable.size} injectable${notes.length ? ' — ' + notes.join('; ') : ''}`);
}
const summary = write();
console.log(`sqlmap: ${summary.injectable} injectable of ${summary.parameters} parameters on ${results.length} endpoints`
  + (summary.notRun ? ` (${summary.notRun} endpoints not run: time budget)` : ''));
process.exit(summary.injectable || summary.notRun ? 1 : 0);
