// Authorization matrix: every staff endpoint of authz-matrix.tsv called as anonymous and as each
// role's demo user, the answer class compared with the table. Usage: node authz.mjs BASE OUTDIR
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROLES, readTsv, endpoints, fixtures, fill, call, PDF } from './lib.mjs';

const [base, out] = process.argv.slice(2);
const fx = fixtures(out);
const table = new Map(endpoints().map(e => [e.method + ' ' + e.path.replace(/\*/g, ''), e]));
const matrix = readTsv('authz-matrix.tsv', ['method', 'path', ...ROLES, 'source']);
// allow: the call passed the role check (2xx, or refused on its content or state: 400, 409, 422);
// anything else (405, 406, 415, 5xx) says nothing about the role check and counts as a mismatch.
const classOf = s => (s >= 200 && s < 300) || [400, 409, 410, 413, 422].includes(s) ? 'allow'
  : [401, 403, 404].includes(s) ? 'deny' : 'error';

const lines = ['method\tpath\tcaller\texpected\tstatus\tactual\tmatch'];
let calls = 0, matches = 0;
const mismatches = [];
for (const row of matrix) {
  const e = table.get(row.method + ' ' + row.path);
  if (!e) throw new Error('authz-matrix.tsv row not in endpoints.tsv: ' + row.method + ' ' + row.path);
  const path = fill(e.path, fx) + (e.query ? '?' + fill(e.query, fx).split('&')
    .map(kv => kv.split('=').map(encodeURIComponent).join('=')).join('&') : '');
  const headers = {};
  if (e.headers) { const [k, v] = fill(e.headers, fx).split(/:\s*/); headers[k] = v; }
  for (const role of ROLES) {
    const options = { user: role, headers };
    if (e.body === '@pdf') { options.raw = PDF; headers['Content-Type'] = 'application/octet-stream'; }
    else if (e.body) options.body = fill(e.body, fx);
    const r = await call(base, e.method, path, options);
    const actual = classOf(r.status), expected = row[role];
    const ok = actual === expected;
    calls++; if (ok) matches++; else mismatches.push(`${e.method} ${row.path} as ${role}: expected ${expected}, got ${r.status} ${r.text.slice(0, 160)}`);
    lines.push([e.method, row.path, role, expected, r.status, actual, ok ? 'yes' : 'NO'].join('\t'));
  }
}
// Second pass: every refused caller right after an allowed one, on the same keep-alive connection
// pool, so that a security context left behind on a server thread (an EJB run inside the
// authentication mechanism, a cached principal) would let the refused caller in.
let icalls = 0, imatches = 0;
for (const row of matrix) {
  const e = table.get(row.method + ' ' + row.path);
  const allowed = ROLES.filter(r => row[r] === 'allow'), denied = ROLES.filter(r => row[r] === 'deny');
  if (!allowed.length) continue;
  // reads only: a write repeated by the allowed caller would change the fixtures' state
  if (e.method !== 'GET') continue;
  const path = fill(e.path, fx) + (e.query ? '?' + fill(e.query, fx).split('&')
    .map(kv => kv.split('=').map(encodeURIComponent).join('=')).join('&') : '');
  for (const role of denied) {
    for (const first of allowed) {
      await call(base, e.method, path, { user: first });
      const r = await call(base, e.method, path, { user: role });
      icalls++;
      if (classOf(r.status) === 'deny') imatches++;
      else mismatches.push(`${e.method} ${row.path} as ${role} right after ${first}: expected deny, got ${r.status} ${r.text.slice(0, 160)}`);
      lines.push([e.method, row.path, role + ' after ' + first, 'deny', r.status, classOf(r.status), classOf(r.status) === 'deny' ? 'yes' : 'NO'].join('\t'));
    }
  }
}
console.log(`interleaved pass (each refused caller right after an allowed one, reads): ${imatches} of ${icalls} refused as expected`);
writeFileSync(join(out, 'authz-results.tsv'), lines.join('\n') + '\n');
const pct = (100 * matches / calls).toFixed(1);
const summary = { endpoints: matrix.length, callers: ROLES.length, calls, matches, percent: Number(pct), interleaved: { calls: icalls, matches: imatches }, mismatches };
writeFileSync(join(out, 'authz-summary.json'), JSON.stringify(summary, null, 2));
console.log(`authorization matrix: ${matches} of ${calls} calls as expected (${pct} %), ${matrix.length} staff endpoints × ${ROLES.length} callers`);
for (const m of mismatches) console.log('  MISMATCH ' + m);
process.exit(mismatches.length ? 1 : 0);
