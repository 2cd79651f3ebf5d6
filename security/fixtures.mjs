// Creates what the checks need on a fresh demo portal and writes <out>/fixtures.json:
// published entries (one with an attachment), a draft, a pending review task, a registered request
// with a consultation and a drafted reply, a test user. Usage: node fixtures.mjs BASE OUTDIR
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { call, must, idNumber, PDF } from './lib.mjs';

const [base, out] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const run = Date.now() % 100000;
const shanghai = d => d.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
const today = shanghai(new Date());
const in15 = shanghai(new Date(Date.now() + 15 * 86400000));
const received = shanghai(new Date(Date.now() - 3 * 86400000));

export const entryBody = (title, extra = {}) => ({
  title, docNo: `示政办发〔2026〕${run % 1000}号`, writtenOn: '2026-02-01', formedOn: '2026-02-02',
  subject: '综合政务', genre: '通知', validity: '有效', keywords: ['示范', '公开'],
  summary: title + '的主要内容。', body: `<p>${title}</p>`, disclosureMode: '主动公开', sensitive: false, ...extra,
});

async function draft(title) {
  return (await must(call(base, 'POST', '/api/v1/staff/catalogue', { user: 'editor', body: entryBody(title) }), 'draft')).json.id;
}
async function taskOf(itemType, itemId) {
  const q = await must(call(base, 'GET', '/api/v1/staff/reviews?status=PENDING', { user: 'reviewer' }), 'queue');
  const t = q.json.find(t => t.itemType === itemType && String(t.itemId) === String(itemId));
  if (!t) throw new Error(`no pending task for ${itemType} ${itemId}`);
  return t.id;
}
async function approve(taskId) {
  let t = (await must(call(base, 'POST', `/api/v1/staff/reviews/${taskId}/decision`,
    { user: 'reviewer', body: { decision: 'APPROVE', reason: '同意' } }), 'approve')).json;
  if (t.status === 'PENDING') {
    await must(call(base, 'POST', `/api/v1/staff/reviews/${taskId}/decision`,
      { user: 'leader', body: { decision: 'APPROVE', reason: '同意' } }), 'approve (leader)');
  }
}
async function publish(title, attach) {
  const id = await draft(title);
  if (attach) {
    await must(call(base, 'POST', `/api/v1/staff/catalogue/${id}/attachments?name=test.pdf`,
      { user: 'editor', raw: PDF, headers: { 'Content-Type': 'application/octet-stream' } }), 'attach');
  }
  await must(call(base, 'POST', `/api/v1/staff/catalogue/${id}/submit`, { user: 'editor' }), 'submit');
  await approve(await taskOf('CATALOGUE_ENTRY', id));
  const e = (await must(call(base, 'GET', `/api/v1/staff/catalogue/${id}`, { user: 'editor' }), 'entry')).json;
  return { id, indexNo: e.indexNo, attachment: e.attachments?.[0]?.id };
}

const pub = await publish('安全测试公开目录信息' + run, true);
const withdrawable = await publish('安全测试待撤回信息' + run, false);
const entry = await draft('安全测试草稿' + run);
const pendingEntry = await draft('安全测试待审信息' + run);
await must(call(base, 'POST', `/api/v1/staff/catalogue/${pendingEntry}/submit`, { user: 'editor' }), 'submit');
const task = await taskOf('CATALOGUE_ENTRY', pendingEntry);

const requestBody = (n, extra = {}) => ({
  organ: '000014349',
  applicant: { type: 'NATURAL_PERSON', name: '张三', idType: 'ID_CARD', idNumber: idNumber(n), phone: '13800138000',
    email: 'zhang@example.cn', address: '长沙市岳麓区麓山南路1号' },
  description: '请公开2025年本机关行政事业性收费项目清单', docNo: '示政办发〔2025〕1号',
  delivery: { form: 'ELECTRONIC', method: 'EMAIL' }, ...extra,
});
const reg = (await must(call(base, 'POST', '/api/v1/staff/requests',
  { user: 'officer', body: requestBody(run, { channel: 'MAIL', receivedOn: received }) }), 'register')).json;
const code = reg.trackingCode, passcode = reg.passcode;
const consultation = (await must(call(base, 'POST', `/api/v1/staff/requests/${code}/consultations`,
  { user: 'officer', body: { party: '示范市某某有限公司', sentOn: received } }), 'consult')).json.id;
const reg2 = (await must(call(base, 'POST', '/api/v1/staff/requests',
  { user: 'officer', body: requestBody(run + 2, { channel: 'MAIL', receivedOn: received }) }), 'register')).json;
const replyCode = reg2.trackingCode;
const reply = (await must(call(base, 'POST', `/api/v1/staff/requests/${replyCode}/reply`,
  { user: 'officer', body: { outcome: 'GRANTED', reason: null, text: '经审查，您申请的信息予以公开。' } }), 'reply')).json;

// the Q&A desk: a public message assigned to the demo organ; a site column
const msg = (await must(call(base, 'POST', '/api/v1/messages', { body: { kind: 'CONSULTATION', organ: '000014349',
  title: '安全测试留言', content: '安全测试留言的内容。', name: '张三', phone: '13800138000', email: null, public: true } }),
  'message')).json;
const messageId = (await must(call(base, 'GET', '/api/v1/staff/messages', { user: 'infoeditor' }), 'messages')).json
  .find(m => m.queryCode === msg.queryCode).id;
await must(call(base, 'POST', `/api/v1/staff/messages/${messageId}/assign`, { user: 'infoeditor', body: { organ: '000014349' } }), 'assign');
const column = 'sec-' + run;
await must(call(base, 'POST', '/api/v1/staff/columns', { user: 'admin', body: { code: column, name: '安全测试栏目', type: 'NEWS',
  organ: '000014349', editor: 'editor', cycleDays: 14 } }), 'column');
// urgent information: an incident of 000014349 reported by its information officer, one the office
// found elsewhere (漏报, with its fault), and a leader's instruction
const urgent = (await must(call(base, 'POST', '/api/v1/staff/urgent', { user: 'infoofficer2', body: {
  title: '安全测试突发事件', grade: 'GENERAL', category: '测试', occurredAt: '2026-01-01T00:00:00Z',
  learnedAt: '2026-01-01T00:00:00Z', place: '示范市', summary: '安全测试', casualties: '无', measures: '无' } }), 'urgent')).json.id;
const urgentMissed = (await must(call(base, 'POST', '/api/v1/staff/urgent/missed', { user: 'infoeditor', body: {
  organ: '000014349', title: '安全测试漏报', learnedAt: '2026-01-01T00:00:00Z', source: '安全测试' } }), 'urgent missed')).json.id;
const urgentFault = (await must(call(base, 'GET', `/api/v1/staff/urgent/${urgentMissed}`, { user: 'infoeditor' }),
  'urgent detail')).json.faults[0].id;
const urgentInstruction = (await must(call(base, 'POST', `/api/v1/staff/urgent/${urgent}/instructions`, { user: 'infoeditor',
  body: { leader: '安全测试领导', text: '请核实', feedbackDue: '2027-01-01' } }), 'urgent instruction')).json.id;

const user = 'sectest' + run;
await must(call(base, 'POST', '/api/v1/staff/users', { user: 'secadmin', body: { username: user, displayName: '安全测试',
  organ: '000014349', roles: ['EDITOR'], password: 'Xss-Test-2026!a', enabled: true } }), 'user');

const [organ, serial] = pub.indexNo.split('/');
const fx = {
  base, today, in15, received, run,
  organ, serial, attachment: pub.attachment, published: pub.id, withdrawable: withdrawable.id,
  entry, pendingEntry, task, code, passcode, replyCode, replyPasscode: reg2.passcode, consultation, reply: reply.number ?? 1, replyTask: reply.reviewTaskId,
  messageCode: msg.queryCode, messagePasscode: msg.passcode, messageId, column,
  urgent, urgentMissed, urgentFault, urgentInstruction,
  user, year: 2027, idNumber: idNumber(run + 1),
  newOrgan: String(900000000 + run), newUser: 'sqlu' + run, newSubject: '安全测试主题' + run,
};
writeFileSync(join(out, 'fixtures.json'), JSON.stringify(fx, null, 2));
console.log(JSON.stringify(fx));
