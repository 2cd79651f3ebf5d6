// Fails when a JAX-RS endpoint (@Path + HTTP method in src/main/java) is missing from endpoints.tsv,
// or when the table names an endpoint that does not exist. Usage: node check-endpoints.mjs
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { HERE, endpoints } from './lib.mjs';

const SRC = join(HERE, '..', 'src', 'main', 'java');
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p); else if (name.endsWith('.java')) files.push(p);
  }
})(SRC);

// A template's variables, with or without a regular expression ({year: [0-9]{4}}), become {}.
function normalize(path) {
  let out = '', depth = 0;
  for (const ch of path.replace(/\*/g, '')) {
    if (ch === '{') { if (depth++ === 0) out += '{}'; continue; }
    if (ch === '}') { depth--; continue; }
    if (depth === 0) out += ch;
  }
  return ('/' + out).replace(/\/+/g, '/').replace(/\/$/, '');
}
const pathValue = line => (line.match(/@Path\(\s*"((?:[^"\\]|\\.)*)"\s*\)/) || [])[1];

let appPath = '';
const found = new Map();
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  const app = text.match(/@ApplicationPath\(\s*"([^"]*)"\s*\)/);
  if (app) appPath = app[1];
}
for (const file of files) {
  const lines = readFileSync(file, 'utf8').split('\n');
  let classPath = null, pending = { path: null, method: null };
  for (const raw of lines) {
    const line = raw.trim();
    if (line.startsWith('@Path(')) pending.path = pathValue(line);
    const m = line.match(/^@(GET|POST|PUT|DELETE|PATCH|HEAD|OPTIONS)\b/);
    if (m) pending.method = m[1];
    if (/^(public |protected |private |abstract |final |static )*(class|interface|record) /.test(line)
        || /^public (final )?class /.test(line)) {
      if (classPath === null && pending.path !== null) classPath = pending.path;
      pending = { path: null, method: null };
      continue;
    }
    if (/^(public|protected|private)?\s*[\w<>\[\], .?]+\s+\w+\s*\(/.test(line) && !line.startsWith('@')) {
      if (pending.method && classPath !== null) {
        const key = pending.method + ' ' + normalize(appPath + '/' + classPath + '/' + (pending.path ?? ''));
        found.set(key, file.slice(SRC.length + 1));
      }
      pending = { path: null, method: null };
    }
  }
}
const table = new Set(endpoints().map(e => e.method + ' ' + normalize(e.path)));
const missing = [...found.keys()].filter(k => !table.has(k)).sort();
const unknown = [...table].filter(k => !found.has(k)).sort();
console.log(`JAX-RS endpoints in src/main/java: ${found.size}; rows in endpoints.tsv: ${table.size}`);
for (const k of missing) console.log(`MISSING from endpoints.tsv: ${k}  (${found.get(k)})`);
for (const k of unknown) console.log(`NOT IN THE CODE: ${k}`);
process.exit(missing.length || unknown.length ? 1 : 0);
