// Header check: a public page, a staff page (signed in), a public API answer, a staff API answer, a
// personal answer (the applicant's request), an error page; the session cookie of the sign-in; no
// session cookie on anonymous GETs of plain public pages. Usage: node headers.mjs BASE OUTDIR
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { call, fixtures } from './lib.mjs';
import { launch, signIn } from './browser.mjs';

const [base, out] = process.argv.slice(2);
const fx = fixtures(out);
const results = [];
function check(answer, name, ok, value) { results.push({ answer, check: name, ok: !!ok, value: value ?? '' }); }

function common(answer, h, { privateAnswer }) {
  check(answer, 'X-Content-Type-Options: nosniff', (h['x-content-type-options'] ?? '').toLowerCase() === 'nosniff', h['x-content-type-options']);
  const csp = h['content-security-policy'] ?? '';
  check(answer, 'Content-Security-Policy', csp.length > 0, csp.slice(0, 60));
  check(answer, 'CSP frame-ancestors', /frame-ancestors\s+('none'|'self')/.test(csp), (csp.match(/frame-ancestors[^;]*/) ?? [''])[0]);
  check(answer, 'CSP script-src without unsafe-inline', !/script-src[^;]*'unsafe-inline'/.test(csp) || /'nonce-/.test(csp), (csp.match(/script-src[^;]*/) ?? ['(default-src)'])[0].slice(0, 60));
  check(answer, 'Referrer-Policy', !!h['referrer-policy'], h['referrer-policy']);
  if (privateAnswer) check(answer, 'Cache-Control: no-store', /no-store/.test(h['cache-control'] ?? ''), h['cache-control']);
}
const plain = headers => Object.fromEntries([...headers.entries()].map(([k, v]) => [k.toLowerCase(), v]));

// anonymous plain public pages (no form that posts): headers, and no session cookie. The pages with
// a Faces form (/calendar's calculator, /apply, /track, /login) keep their view state in a session.
for (const path of ['/', '/catalogue', '/catalogue?q=' + encodeURIComponent('教育'), '/catalogue/' + fx.organ + '/' + fx.serial,
  '/guide', '/guide/' + fx.organ]) {
  const r = await fetch(base + path, { redirect: 'manual' });
  const h = plain(r.headers);
  if (path === '/catalogue') common('public page ' + path, h, { privateAnswer: false });
  check('public page ' + path, 'no session cookie on an anonymous GET', !(r.headers.getSetCookie?.() ?? []).some(c => /JSESSIONID/i.test(c)),
    (r.headers.getSetCookie?.() ?? []).join(' | ').slice(0, 80) || `HTTP ${r.status}, none`);
}
const cal = await fetch(base + '/calendar', { redirect: 'manual' });
results.push({ answer: 'public page /calendar (a Faces form: the calculator posts)', check: 'session cookie (information only)', ok: true,
  value: (cal.headers.getSetCookie?.() ?? []).some(c => /JSESSIONID/i.test(c)) ? 'set: the form keeps its view state in a session' : 'none' });
// the open-data downloads (they carry stored text): never rendered as HTML
for (const path of ['/open-data/catalogue.json', '/open-data/catalogue.csv', '/feeds/catalogue.atom']) {
  const d = await fetch(base + path);
  const type = d.headers.get('content-type') ?? '';
  check('download ' + path, 'not text/html, nosniff', !/text\/html/i.test(type) && d.headers.get('x-content-type-options') === 'nosniff', type);
}
// APIs
let r = await call(base, 'GET', '/api/v1/catalogue?size=1');
common('public API /api/v1/catalogue', plain(r.headers), { privateAnswer: false });
r = await call(base, 'GET', '/api/v1/staff/requests/' + fx.code, { user: 'officer' });
common('staff API /api/v1/staff/requests/{code}', plain(r.headers), { privateAnswer: true });
r = await call(base, 'GET', '/api/v1/requests/' + fx.code, { headers: { 'X-Passcode': fx.passcode } });
common('personal API /api/v1/requests/{code} (X-Passcode)', plain(r.headers), { privateAnswer: true });
check('personal API /api/v1/requests/{code} (X-Passcode)', 'answered 200', r.status === 200, 'HTTP ' + r.status);
// error pages
r = await call(base, 'GET', '/no-such-page-' + fx.run, { headers: { Accept: 'text/html' } });
common('error page (404 page)', plain(r.headers), { privateAnswer: false });
check('error page (404 page)', 'status 404', r.status === 404, 'HTTP ' + r.status);
check('error page (404 page)', 'no stack trace in the answer', !/(\tat |Exception:|\.java:\d+)/.test(r.text), '');
r = await call(base, 'GET', '/catalogue?page=abc', { headers: { Accept: 'text/html' } });
check('error page /catalogue?page=abc', 'no stack trace in the answer', !/(\tat |Exception:|\.java:\d+)/.test(r.text), 'HTTP ' + r.status);
r = await call(base, 'GET', '/api/v1/catalogue?year=abc');
common('API error /api/v1/catalogue?year=abc', plain(r.headers), { privateAnswer: false });
check('API error /api/v1/catalogue?year=abc', 'status 400', r.status === 400, 'HTTP ' + r.status);

// a staff page, signed in through the sign-in page
const browser = await launch();
const ctx = await browser.newContext();
const page = await ctx.newPage();
const cookies = [];
page.on('response', async resp => {
  for (const hv of await resp.headersArray()) if (hv.name.toLowerCase() === 'set-cookie' && /JSESSIONID/i.test(hv.value)) cookies.push(hv.value);
});
await signIn(page, base, 'officer');
const staff = await page.goto(base + '/staff/request?code=' + fx.code);
const sh = await staff.allHeaders();
common('staff page /staff/request (signed in)', sh, { privateAnswer: true });
const login = await page.goto(base + '/login');
common('sign-in page /login', await login.allHeaders(), { privateAnswer: true });
await browser.close();
const session = cookies.at(-1) ?? '';
check('session cookie (sign-in)', 'JSESSIONID set', !!session, session.replace(/JSESSIONID=[^;]*/i, 'JSESSIONID=…'));
check('session cookie (sign-in)', 'HttpOnly', /;\s*HttpOnly/i.test(session), '');
check('session cookie (sign-in)', 'SameSite', /;\s*SameSite=(Lax|Strict)/i.test(session), (session.match(/SameSite=\w+/i) ?? [''])[0]);
check('session cookie (sign-in)', 'Path', /;\s*Path=/i.test(session), '');

const missing = results.filter(x => !x.ok);
writeFileSync(join(out, 'headers-results.json'), JSON.stringify(results, null, 2));
console.log(`headers: ${results.length - missing.length} of ${results.length} checks pass`);
for (const x of missing) console.log(`  MISSING ${x.answer}: ${x.check} (${x.value})`);
process.exit(missing.length ? 1 : 0);
