// Stored and reflected XSS: every payload of xss-payloads.txt stored through the API into every text
// field, then every page that shows them opened in headless Chromium; reflected payloads in the query
// parameters and paths of the pages. Chromium runs with bypassCSP, so that the output encoding is
// tested on its own (the CSP is a second line, checked by headers.mjs). A payload that runs calls
// window.__xss(ID); dialogs, injected event-handler attributes, javascript: URLs and evaluated EL
// are recorded too. Usage: node xss.mjs BASE OUTDIR
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HERE, call, fixtures, idNumber } from './lib.mjs';
import { launch, signIn } from './browser.mjs';

const [base, out] = process.argv.slice(2);
const fx = fixtures(out);
const payloads = readFileSync(join(HERE, 'xss-payloads.txt'), 'utf8').split('\n').filter(l => l && !l.startsWith('#'));
const only = process.env.XSS_PAYLOADS ? Number(process.env.XSS_PAYLOADS) : payloads.length;
const P = payloads.slice(0, only);

const ids = new Map();          // id -> {payload, field}
let nextId = 1000 + (fx.run % 50) * 100000;
function make(pi, field) {
  const id = nextId++;
  ids.set(id, { payload: pi, field });
  return P[pi].replaceAll('ID', String(id));
}
const stored = {}, refused = {};
const note = (map, field) => { map[field] = (map[field] ?? 0) + 1; };

/** POST/PUT a body; fields the portal refuses (400 with fields) are replaced by plain text and retried. */
async function store(method, path, user, body, plain, fields) {
  for (let attempt = 0; attempt < 4; attempt++) {
    const r = await call(base, method, path, { user, body });
    if (r.status < 300) { for (const f of fields) if (body[f] !== plain[f]) note(stored, f); return r.json; }
    const bad = r.json?.fields ? Object.keys(r.json.fields) : [];
    const fixable = bad.map(b => b.replace(/^applicant\./, '').replace(/[\[.].*$/, '')).filter(b => fields.includes(b) && body[b] !== plain[b]);
    if (r.status !== 400 || fixable.length === 0) { console.log(`  ${method} ${path}: ${r.status} ${r.text.slice(0, 200)}`); return null; }
    for (const f of fixable) { note(refused, f); body[f] = plain[f]; }
  }
  return null;
}

// ------------------------------------------------------------------ storing
const today = fx.today, received = fx.received;
const entries = [], requests = [], tasks = [];
for (let pi = 0; pi < P.length; pi++) {
  const plain = { title: `安全测试XSS条目${pi}`, docNo: `示政办发〔2026〕${pi}号`, summary: '摘要', body: '<p>正文</p>', keywords: ['示范'] };
  const body = { title: '安全测试XSS ' + make(pi, 'entry.title'), docNo: make(pi, 'entry.docNo'), writtenOn: '2026-02-01',
    formedOn: '2026-02-02', subject: '综合政务', genre: '通知', validity: '有效', keywords: [make(pi, 'entry.keywords')],
    summary: make(pi, 'entry.summary'), body: '<p>' + make(pi, 'entry.body') + '</p>', disclosureMode: '主动公开', sensitive: false };
  // the form's keys are the field names the API names in its refusals
  const e = await store('POST', '/api/v1/staff/catalogue', 'editor', body, { ...body, ...plain },
    ['title', 'docNo', 'summary', 'body', 'keywords']);
  if (e) {
  await call(base, 'POST', `/api/v1/staff/catalogue/${e.id}/submit`, { user: 'editor' });
  const queue = (await call(base, 'GET', '/api/v1/staff/reviews?status=PENDING', { user: 'reviewer' })).json ?? [];
  const task = queue.find(t => t.itemType === 'CATALOGUE_ENTRY' && t.itemId === e.id);
  if (task) {
    tasks.push(task.id);
    const d = await call(base, 'POST', `/api/v1/staff/reviews/${task.id}/decision`,
      { user: 'reviewer', body: { decision: 'APPROVE', reason: make(pi, 'review.reason') } });
    if (d.status < 300) note(stored, 'review.reason'); else note(refused, 'review.reason');
  }
  const detail = (await call(base, 'GET', `/api/v1/staff/catalogue/${e.id}`, { user: 'editor' })).json;
  entries.push({ id: e.id, indexNo: detail?.indexNo });
  }

  // a public filing: name, address, description, docNo
  const applicant = { type: 'NATURAL_PERSON', name: make(pi, 'request.name'), idType: 'ID_CARD', idNumber: idNumber(fx.run * 3 + pi),
    phone: '13800138000', email: 'xss@example.cn', address: make(pi, 'request.address') };
  const filing = { organ: '000014349', applicant, description: '请公开 ' + make(pi, 'request.description'),
    docNo: make(pi, 'request.docNo'), delivery: { form: 'ELECTRONIC', method: 'EMAIL' } };
  const orig = { name: applicant.name, address: applicant.address, description: filing.description, docNo: filing.docNo };
  const flat = async (extra, user, path) => {
    // the applicant's fields are nested: try, and on refusal replace the refused ones
    for (let attempt = 0; attempt < 5; attempt++) {
      const r = await call(base, 'POST', path, { user, body: { ...filing, ...extra } });
      if (r.status < 300) {
        const now = { name: applicant.name, address: applicant.address, description: filing.description, docNo: filing.docNo };
        for (const k of Object.keys(orig)) if (now[k] === orig[k]) note(stored, 'request.' + k);
        return r.json;
      }
      const bad = r.json?.fields ? Object.keys(r.json.fields) : [];
      if (r.status !== 400 || !bad.length) { console.log(`  POST ${path}: ${r.status} ${r.text.slice(0, 200)}`); return null; }
      for (const b of bad) {
        const f = b.replace(/^applicant\./, '');
        note(refused, 'request.' + f);
        if (f in applicant) applicant[f] = f === 'name' ? '张三' : f === 'address' ? '长沙市岳麓区' : applicant[f];
        else if (f === 'description') filing.description = '请公开2025年收费项目清单'; else if (f === 'docNo') filing.docNo = null;
        else { console.log('  cannot fix ' + b); return null; }
      }
    }
    return null;
  };
  const filed = await flat({}, undefined, '/api/v1/requests');
  if (filed) requests.push({ code: filed.trackingCode, passcode: filed.passcode, track: true });
  // registered requests: a consultation party; an extension reason and a reply text
  applicant.idNumber = idNumber(fx.run * 3 + pi + 7000);
  const r1 = await flat({ channel: 'MAIL', receivedOn: received }, 'officer', '/api/v1/staff/requests');
  if (r1) {
    requests.push({ code: r1.trackingCode, passcode: r1.passcode });
    const c = await call(base, 'POST', `/api/v1/staff/requests/${r1.trackingCode}/consultations`,
      { user: 'officer', body: { party: make(pi, 'consultation.party'), sentOn: received } });
    note(c.status < 300 ? stored : refused, 'consultation.party');
  }
  applicant.idNumber = idNumber(fx.run * 3 + pi + 14000);
  const r2 = await flat({ channel: 'MAIL', receivedOn: received }, 'officer', '/api/v1/staff/requests');
  if (r2) {
    requests.push({ code: r2.trackingCode, passcode: r2.passcode, track: true });
    const x = await call(base, 'POST', `/api/v1/staff/requests/${r2.trackingCode}/extension`,
      { user: 'officer', body: { reason: make(pi, 'extension.reason'), workingDays: 10 } });
    note(x.status < 300 ? stored : refused, 'extension.reason');
    if (x.status < 300) {
      const a = await call(base, 'POST', `/api/v1/staff/requests/${r2.trackingCode}/extension/approve`,
        { user: 'leader', body: { note: make(pi, 'extension.note') } });
      note(a.status < 300 ? stored : refused, 'extension.note');
    }
    const rep = await call(base, 'POST', `/api/v1/staff/requests/${r2.trackingCode}/reply`,
      { user: 'officer', body: { outcome: 'GRANTED', reason: null, text: make(pi, 'reply.text') } });
    note(rep.status < 300 ? stored : refused, 'reply.text');
    if (rep.status < 300 && rep.json.reviewTaskId) {
      tasks.push(rep.json.reviewTaskId);
      const d = await call(base, 'POST', `/api/v1/staff/reviews/${rep.json.reviewTaskId}/decision`,
        { user: 'reviewer', body: { decision: 'APPROVE', reason: make(pi, 'review.reason') } });
      note(d.status < 300 ? stored : refused, 'review.reason');
    }
  }
  // administration: an organ's name, a user's display name
  const o = await call(base, 'POST', '/api/v1/staff/organs', { user: 'admin',
    body: { code: String(800000000 + (fx.run % 1000) * 1000 + pi), name: make(pi, 'organ.name') } });
  note(o.status < 300 ? stored : refused, 'organ.name');
  const u = await call(base, 'POST', '/api/v1/staff/users', { user: 'secadmin', body: { username: `xss${fx.run}p${pi}`,
    displayName: make(pi, 'user.displayName'), organ: '000014349', roles: ['EDITOR'], password: 'Xss-Test-2026!a', enabled: true } });
  note(u.status < 300 ? stored : refused, 'user.displayName');
}
// the sensitive-term list, whole
const terms = P.map((_, pi) => make(pi, 'sensitiveTerm'));
const t = await call(base, 'PUT', '/api/v1/staff/sensitive-terms', { user: 'admin', body: { terms } });
if (t.status < 300) stored.sensitiveTerm = terms.length; else { refused.sensitiveTerm = terms.length; console.log('  terms: ' + t.status + ' ' + t.text.slice(0, 200)); }
console.log('stored fields:', JSON.stringify(stored));
console.log('refused fields:', JSON.stringify(refused));

// ------------------------------------------------------------------ visiting
const browser = await launch();
const findings = [];       // executed, dialogs, injected markup, evaluated EL
const pagesLog = [];
let combos = 0, visits = 0, phase = 'stored';

async function context(user) {
  const ctx = await browser.newContext({ bypassCSP: true });
  await ctx.exposeBinding('__xss', (source, id) => {
    findings.push({ phase, kind: 'executed', id, ...(ids.get(Number(id)) ?? {}), url: source.page?.url() ?? '?', user });
  });
  const page = await ctx.newPage();
  page.on('dialog', d => { findings.push({ phase, kind: 'dialog', message: d.message(), url: page.url(), user }); d.dismiss().catch(() => {}); });
  if (user) await signIn(page, base, user);
  return { ctx, page, user: user ?? 'anonymous' };
}

const EL = /(\d+)\*100003/g, CALL = /__xss\((\d+)\)/g;
// a time budget per phase (stored, reflected), so that one slow run still ends
const BUDGET = Number(process.env.XSS_BUDGET ?? 200) * 1000;
let T0 = Date.now();
let skipped = 0;
async function visit(c, url, label, action) {
  if (Date.now() - T0 > BUDGET) { skipped++; return; }
  visits++;
  let status = 0;
  try {
    const r = action ? await action(c.page) : await c.page.goto(base + url, { waitUntil: 'load', timeout: 20000 });
    status = r?.status?.() ?? 0;
    await c.page.waitForTimeout(60);
  } catch (e) {
    // a refused address (Grizzly answers some encoded paths with an empty 400) leaves Chromium on its
    // error page; a fresh tab keeps the next visits clean
    pagesLog.push({ label, url, user: c.user, error: String(e).slice(0, 300) });
    await c.page.close().catch(() => {});
    c.page = await c.ctx.newPage();
    c.page.on('dialog', d => { findings.push({ phase, kind: 'dialog', message: d.message(), url: c.page.url(), user: c.user }); d.dismiss().catch(() => {}); });
    return;
  }
  const scan = await c.page.evaluate(() => {
    const bad = [];
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.attributes) {
        const n = a.name.toLowerCase(), v = a.value;
        if (n.startsWith('on') && v.includes('__xss')) bad.push(el.tagName + '[' + n + ']=' + v.slice(0, 80));
        if (['href', 'src', 'action', 'formaction', 'data', 'content'].includes(n) && /^\s*javascript:/i.test(v) && v.includes('__xss'))
          bad.push(el.tagName + '[' + n + ']=' + v.slice(0, 80));
        if (n === 'srcdoc' && v.includes('__xss')) bad.push(el.tagName + '[srcdoc]');
      }
      if (el.tagName === 'SCRIPT' && el.textContent.includes('__xss')) bad.push('SCRIPT ' + el.textContent.slice(0, 80));
    }
    return { bad, html: document.documentElement.outerHTML, text: document.body ? document.body.innerText : '' };
  }).catch(() => ({ bad: [], html: '', text: '' }));
  const present = new Set();
  for (const m of scan.html.matchAll(CALL)) present.add(Number(m[1]));
  for (const m of scan.html.matchAll(EL)) present.add(Number(m[1]));
  for (const id of present) {
    if (ids.has(id) && scan.text.includes(String(id * 100003)) && /[$#{]|<%/.test(P[ids.get(id).payload]))
      findings.push({ phase, kind: 'evaluated EL', id, ...ids.get(id), url, user: c.user });
  }
  for (const b of scan.bad) findings.push({ phase, kind: 'injected markup', detail: b, url, user: c.user });
  const n = [...present].filter(id => ids.has(id)).length;
  combos += n;
  pagesLog.push({ label, url, user: c.user, status, payloads: n });
}

// public pages
const anon = await context(null);
for (const u of ['/', '/catalogue', '/catalogue?page=1', '/catalogue?page=2', '/catalogue?page=3', '/catalogue?q=' + encodeURIComponent('安全测试XSS'),
  '/catalogue?organ=000014349', '/guide', '/guide/000014349', '/feeds/catalogue.atom'])
  await visit(anon, u, 'public list');
for (const e of entries) if (e.indexNo) await visit(anon, '/catalogue/' + e.indexNo, 'public entry');
for (const r of requests.filter(r => r.track)) {
  await visit(anon, '/track', 'track', async page => {
    await page.goto(base + '/track');
    await page.fill('input[id$="code"]', r.code);
    await page.fill('input[id$="passcode"]', r.passcode);
    const [resp] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('button[id$="open"]')]);
    return resp;
  });
}
// staff pages
const officer = await context('officer');
for (const u of ['/staff', '/staff/requests', '/staff/requests?status=PROCESSING']) await visit(officer, u, 'staff requests');
for (const r of requests) await visit(officer, '/staff/request?code=' + encodeURIComponent(r.code), 'staff request');
const reviewer = await context('reviewer');
await visit(reviewer, '/staff/reviews', 'reviews');
for (const id of tasks) await visit(reviewer, '/staff/review?id=' + id, 'review');
const editor = await context('editor');
await visit(editor, '/staff/catalogue', 'staff catalogue');
for (const e of entries) await visit(editor, '/staff/catalogue-edit?id=' + e.id, 'entry edit');
const leader = await context('leader');
for (const u of ['/staff', '/staff/requests', '/staff/reviews']) await visit(leader, u, 'leader');
const admin = await context('admin');
for (const u of ['/staff/admin/organs', '/staff/admin/terms', '/staff/admin/chains', '/staff/admin/calendar']) await visit(admin, u, 'admin');
const secadmin = await context('secadmin');
await visit(secadmin, '/staff/admin/users', 'accounts');
const auditor = await context('auditor');
await visit(auditor, '/staff/audit', 'audit');
await visit(auditor, '/staff/audit?actor=editor', 'audit');
const storedCombos = combos, storedVisits = visits, storedSkipped = skipped;

// reflected
phase = 'reflected';
T0 = Date.now();
const reflectedRoutes = [
  p => '/catalogue?q=' + encodeURIComponent(p), p => '/catalogue?subject=' + encodeURIComponent(p),
  p => '/catalogue?organ=' + encodeURIComponent(p), p => '/catalogue?genre=' + encodeURIComponent(p),
  p => '/calendar?from=' + encodeURIComponent(p) + '&workingDays=20', p => '/calendar?from=2026-02-13&workingDays=' + encodeURIComponent(p),
  p => '/guide/' + encodeURIComponent(p), p => '/catalogue/' + encodeURIComponent(p), p => '/login?next=' + encodeURIComponent(p),
];
for (let pi = 0; pi < P.length; pi++)
  for (const route of reflectedRoutes) await visit(anon, route(make(pi, 'reflected')), 'reflected');
for (let pi = 0; pi < P.length; pi++) {
  await visit(officer, '/staff/request?code=' + encodeURIComponent(make(pi, 'reflected')), 'reflected staff');
  await visit(admin, '/staff/admin/chains?organ=' + encodeURIComponent(make(pi, 'reflected')), 'reflected staff');
}
await browser.close();

const executed = findings.filter(f => f.kind === 'executed' || f.kind === 'dialog');
const summary = {
  payloads: P.length, storedFields: stored, refusedFields: refused, entries: entries.length, requests: requests.length, reviewTasks: tasks.length,
  stored: { pageVisits: storedVisits, combinations: storedCombos, executed: executed.filter(f => f.phase === 'stored').length },
  reflected: { pageVisits: visits - storedVisits, combinations: combos - storedCombos, executed: executed.filter(f => f.phase === 'reflected').length },
  executed: executed.length, injectedMarkup: findings.filter(f => f.kind === 'injected markup').length,
  evaluatedEL: findings.filter(f => f.kind === 'evaluated EL').length,
  pageErrors: pagesLog.filter(p => p.error).length, skippedForTimeBudget: skipped, findings: findings.slice(0, 200),
};
writeFileSync(join(out, 'xss-summary.json'), JSON.stringify(summary, null, 2));
writeFileSync(join(out, 'xss-pages.json'), JSON.stringify(pagesLog, null, 1));
console.log(`stored XSS: ${summary.stored.combinations} payload×page combinations delivered on ${storedVisits} page visits; `
  + `reflected: ${summary.reflected.combinations} on ${summary.reflected.pageVisits} visits`);
console.log(`skipped (time budget): ${skipped}`);
console.log(`executed: ${summary.executed}, injected markup: ${summary.injectedMarkup}, evaluated EL: ${summary.evaluatedEL}, page errors: ${summary.pageErrors}`);
for (const f of findings.slice(0, 30)) console.log('  FINDING ' + JSON.stringify(f));
process.exit(findings.length ? 1 : 0);
