// Shared helpers of the security checks (security/run.sh): the endpoint table, fixtures, HTTP.
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const HERE = dirname(fileURLToPath(import.meta.url));
export const PASSWORD = 'gongkai-demo';
export const ROLES = ['anonymous', 'admin', 'editor', 'officer', 'officer2', 'reviewer', 'leader', 'secadmin', 'auditor'];

/** The rows of a TSV file without comments and blank lines, as objects keyed by the given columns. */
export function readTsv(file, columns) {
  return readFileSync(join(HERE, file), 'utf8').split('\n')
    .filter(line => line.trim() && !line.startsWith('#'))
    .map(line => {
      const cells = line.split('\t');
      return Object.fromEntries(columns.map((c, i) => [c, (cells[i] ?? '').trim()]));
    });
}

export function endpoints() {
  return readTsv('endpoints.tsv', ['method', 'path', 'query', 'body', 'headers', 'user', 'note']);
}

export function fixtures(dir) {
  const file = join(dir, 'fixtures.json');
  if (!existsSync(file)) throw new Error('no fixtures: run fixtures.mjs first');
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Fills {placeholders}; keepMarks keeps the sqlmap injection marks (*), otherwise drops them. */
export function fill(template, fx, keepMarks = false) {
  let out = template.replace(/\{([A-Za-z0-9]+)\}/g, (m, name) => {
    if (!(name in fx)) throw new Error('unknown placeholder ' + m);
    return String(fx[name]);
  });
  return keepMarks ? out : out.replace(/\*/g, '');
}

export function basic(user) {
  return user && user !== 'anonymous' && user !== 'public'
    ? { Authorization: 'Basic ' + Buffer.from(user + ':' + PASSWORD).toString('base64') } : {};
}

/** One HTTP call; answers {status, headers, text, json}. */
export async function call(base, method, path, { user, body, headers = {}, raw } = {}) {
  const h = { Accept: '*/*', ...basic(user), ...headers };
  let payload;
  if (raw !== undefined) { payload = raw; }
  else if (body !== undefined && body !== '') {
    payload = typeof body === 'string' ? body : JSON.stringify(body);
    h['Content-Type'] = h['Content-Type'] ?? 'application/json';
  }
  const res = await fetch(base + path, { method, headers: h, body: payload, redirect: 'manual' });
  const text = await res.text();
  let json;
  try { json = JSON.parse(text); } catch { json = undefined; }
  return { status: res.status, headers: res.headers, text, json };
}

export async function must(promise, what) {
  const r = await promise;
  if (r.status >= 400) throw new Error(`${what}: HTTP ${r.status} ${r.text.slice(0, 400)}`);
  return r;
}

/** A valid resident identity card number (check digit of GB 11643), different per n. */
export function idNumber(n) {
  const W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const first17 = '4301041985' + String(1 + n % 12).padStart(2, '0') + String(1 + n % 28).padStart(2, '0')
    + String(n % 1000).padStart(3, '0');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * W[i];
  return first17 + '10X98765432'[sum % 11];
}

/** A tiny valid PDF. */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/MediaBox[0 0 200 200]/Parent 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
