#!/usr/bin/env node
// Sends every labelled email the project has through a built event bundle, as the send handler gets
// it in classic Outlook's JavaScript-only runtime (bare vm context, the tests' Office stub), and
// writes one line per send: the item's id and a digest of everything the handler left behind (its
// event.completed options, sessionData, custom properties, notifications). Built twice, before and
// after a build-time change, the two files must be the same line for line: that is how a change to
// how the bundle is built (not what it does) is shown to change no verdict.
//
//   node scripts/bundle-verdicts.js dist/launchevent.js OUT.txt [--sets business,corpus,…] [--limit N]
//   diff OLD.txt OUT.txt
//
// Sets: business (../shared/eval business mail: enron1 ham, enron3, enron5), corpus (data/council-
// corpus train+dev), suites (data/council-suites, each with its own policy.json), innocent
// (test/fixtures/innocent-council), evasion (test/fixtures/evasion.json), politeness (Wikipedia
// requests), offensive (Davidson tweets). Every item but the suites' is sent under the shipped
// policy and under the shipped policy with every learnt judgement on. Nothing leaves the machine.
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { root } = require('./lib/register');
const { bundleContext } = require('./lib/bundle-runner');

const SHARED = process.env.EVAL_DATA || path.join(root, '..', 'shared', 'eval');
const ALL_SETS = ['business', 'corpus', 'suites', 'innocent', 'evasion', 'politeness', 'offensive'];

function args() {
  const [bundle, out, ...rest] = process.argv.slice(2);
  if (!bundle || !out) throw new Error('Usage: bundle-verdicts.js BUNDLE.js OUT.txt [--sets a,b] [--limit N]');
  const opt = (name) => {
    const i = rest.indexOf(name);
    return i >= 0 ? rest[i + 1] : undefined;
  };
  const sets = (opt('--sets') || ALL_SETS.join(',')).split(',');
  for (const s of sets) if (!ALL_SETS.includes(s)) throw new Error(`Unknown set ${s}; sets: ${ALL_SETS.join(', ')}`);
  return { bundle, out, sets, limit: Number(opt('--limit') || Infinity) };
}

const addr = (a) => (a ? { emailAddress: a.address, displayName: a.name || a.address } : undefined);
const CLERK = { address: 'clerk@waretowncouncil.gov.uk', name: 'Town Clerk' };
const CLLR = { address: 'cllr.ada.lovelace@waretowncouncil.gov.uk', name: 'Cllr Ada Lovelace' };
const RESIDENT = { address: 'resident@example.co.uk', name: 'A Resident' };

/** A plain email: from, to, subject and text body (HTML as the stub writes it). */
const plain = (id, from, to, subject, text) => ({ id, from: addr(from), to: to.map(addr), subject, bodyText: text });

/** A parsed MailDraft as the stub's state. */
function fromDraft(id, d) {
  const b64 = (u8) => Buffer.from(u8 || []).toString('base64');
  return {
    id,
    from: addr(d.from),
    to: d.to.map(addr),
    cc: d.cc.map(addr),
    bcc: d.bcc.map(addr),
    subject: d.subject,
    bodyText: d.body.text,
    ...(d.body.html !== undefined ? { bodyHtml: d.body.html, bodyType: 'html' } : { bodyType: 'text' }),
    composeType: d.composeType || 'newMail',
    attachments: d.attachments.map((a, i) => ({
      id: `att${i}`,
      name: a.name,
      size: a.size,
      attachmentType: a.kind || 'file',
      isInline: Boolean(a.isInline),
      ...(a.kind === 'item' && a.content ? { eml: Buffer.from(a.content).toString('utf8') } : { base64: b64(a.content) }),
    })),
  };
}

async function collect(sets) {
  const shippedText = fs.readFileSync(path.join(root, 'policy', 'ware-town-council.json'), 'utf8');
  const shipped = JSON.parse(shippedText);
  const { LEARNT_CLASSES } = require('../src/eval/council.ts');
  const learntText = JSON.stringify({ ...shipped, learntJudgements: [...LEARNT_CLASSES] });
  const groups = []; // { name, policies: [text], items: [state] }
  const both = [shippedText, learntText];
  if (sets.includes('business')) {
    const { readBusinessMail } = require('../src/eval/business-mail.ts');
    const dirs = [path.join(SHARED, 'spam', 'enron1', 'ham'), path.join(SHARED, 'business-mail', 'enron3'), path.join(SHARED, 'business-mail', 'enron5')];
    const items = dirs.flatMap((d) => readBusinessMail(d).map((m) => plain(`business/${path.basename(d)}/${m.file}`, CLERK, [RESIDENT], m.subject, m.body)));
    groups.push({ name: 'business', policies: both, items });
  }
  if (sets.includes('corpus')) {
    const { loadCouncilCorpus } = require('../src/eval/council-corpus.ts');
    const senders = {
      councillor: { name: 'Cllr Jo Evans', address: 'jo.evans@waretowncouncil.gov.uk' },
      officer: CLERK,
      resident: RESIDENT,
      contractor: { name: 'Brook Builders', address: 'office@brookbuilders.example.co.uk' },
    };
    const recipients = { internal: { name: 'Council Office', address: 'office@waretowncouncil.gov.uk' }, external: { name: 'J Smith', address: 'j.smith@example.co.uk' } };
    const items = loadCouncilCorpus(path.join(root, 'data', 'council-corpus'))
      .filter((i) => i.split !== 'test')
      .map((i) => plain(`corpus/${i.id}`, senders[i.role], [recipients[i.recipient]], '', i.text));
    groups.push({ name: 'corpus', policies: both, items });
  }
  if (sets.includes('suites')) {
    const { parseEml } = require('../src/mail/eml.ts');
    const base = path.join(root, 'data', 'council-suites');
    for (const s of fs.readdirSync(base).filter((d) => fs.statSync(path.join(base, d)).isDirectory()).sort()) {
      const dir = path.join(base, s);
      const items = [];
      for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.eml')).sort()) {
        items.push(fromDraft(`suites/${s}/${f}`, await parseEml(new Uint8Array(fs.readFileSync(path.join(dir, f))))));
      }
      groups.push({ name: `suites/${s}`, policies: [fs.readFileSync(path.join(dir, 'policy.json'), 'utf8')], items });
    }
  }
  if (sets.includes('innocent')) {
    const { readInnocentCouncil } = require('../src/eval/innocent-council.ts');
    const items = readInnocentCouncil().map((i) => plain(`innocent/${i.where}`, i.voice === 'councillor' ? CLLR : CLERK, [RESIDENT], '', i.text));
    groups.push({ name: 'innocent', policies: both, items });
  }
  if (sets.includes('evasion')) {
    const { parseEml } = require('../src/mail/eml.ts');
    const raw = JSON.parse(fs.readFileSync(path.join(root, 'test', 'fixtures', 'evasion.json'), 'utf8'));
    const items = [];
    for (const [n, e] of raw.entries()) {
      const id = `evasion/${n}/${e.technique}`;
      const from = e.sender === 'councillor' ? CLLR : CLERK;
      if (e.eml !== undefined) {
        items.push(fromDraft(id, await parseEml(e.eml)));
        continue;
      }
      const files = (e.files || []).map((f, i) => ({
        id: `f${i}`,
        name: f.name,
        size: f.eml !== undefined ? Buffer.byteLength(f.eml) : Buffer.from(f.base64 || '', 'base64').length,
        attachmentType: f.kind || 'file',
        ...(f.eml !== undefined ? { eml: f.eml } : { base64: f.base64 || '' }),
      }));
      const names = (e.attachments || []).map((name, i) => ({ id: `a${i}`, name, size: 1000, attachmentType: 'file', base64: '' }));
      items.push({
        ...plain(id, from, [RESIDENT], e.subject || '', e.text || ''),
        ...(e.html !== undefined ? { bodyHtml: e.html, bodyType: 'html' } : {}),
        composeType: e.composeType || 'newMail',
        attachments: [...files, ...names],
      });
    }
    groups.push({ name: 'evasion', policies: both, items });
  }
  if (sets.includes('politeness')) {
    const { readCsvObjects } = require('../src/eval/csv.ts');
    const rows = readCsvObjects(fs.readFileSync(path.join(SHARED, 'politeness', 'wikipedia.annotated.csv'), 'utf8'));
    groups.push({ name: 'politeness', policies: both, items: rows.map((r, i) => plain(`politeness/${i}`, CLERK, [RESIDENT], '', r.Request || '')) });
  }
  if (sets.includes('offensive')) {
    const { readCsvObjects } = require('../src/eval/csv.ts');
    const rows = readCsvObjects(fs.readFileSync(path.join(SHARED, 'offensive', 'labeled_data.csv'), 'utf8'));
    groups.push({ name: 'offensive', policies: both, items: rows.map((r, i) => plain(`offensive/${i}`, CLERK, [RESIDENT], '', r.tweet || '')) });
  }
  return groups;
}

function context(code, policyText) {
  return bundleContext(code, policyText, { from: addr(CLERK), to: [addr(RESIDENT)], subject: '', bodyText: '' });
}

function send(stub, name) {
  return new Promise((resolve, reject) => {
    const handler = stub.associated.get(name);
    if (!handler) return reject(new Error(`${name} is not associated`));
    const timer = setTimeout(() => reject(new Error(`${name} did not complete`)), 60000);
    handler({
      completed: (options) => {
        clearTimeout(timer);
        resolve(options === undefined ? null : options);
      },
    });
  });
}

/** The item's state in the stub, everything else as a fresh draft. */
function load(stub, item) {
  const s = stub.state;
  s.from = item.from;
  s.to = item.to || [];
  s.cc = item.cc || [];
  s.bcc = item.bcc || [];
  s.subject = item.subject || '';
  s.bodyType = item.bodyType || 'html';
  s.bodyText = item.bodyText || '';
  s.bodyHtml = item.bodyHtml !== undefined ? item.bodyHtml : `<html><body><p>${s.bodyText.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p></body></html>`;
  s.attachments = item.attachments || [];
  s.composeType = item.composeType || 'newMail';
  s.session.clear();
  for (const k of Object.keys(s.customProps)) delete s.customProps[k];
  s.notifications.clear();
  s.internetHeaders.clear();
}

const ordered = (v) => (v instanceof Map ? [...v].sort(([a], [b]) => (a < b ? -1 : 1)) : v);

async function main() {
  const { bundle, out, sets, limit } = args();
  const code = fs.readFileSync(bundle, 'utf8');
  const groups = await collect(sets);
  const lines = [];
  const counts = {};
  const started = Date.now();
  for (const g of groups) {
    for (const [p, policyText] of g.policies.entries()) {
      const stub = context(code, policyText);
      // The compose handler loads the hosted policy; the send handler then uses it.
      await send(stub, 'onMessageComposeHandler');
      for (const item of g.items.slice(0, limit)) {
        load(stub, item);
        const completed = await send(stub, 'onMessageSendHandler');
        const state = { completed, session: ordered(stub.state.session), custom: stub.state.customProps, notes: ordered(stub.state.notifications), headers: ordered(stub.state.internetHeaders) };
        // Times (the retention stamp's `at`) differ from run to run; nothing else may.
        const text = JSON.stringify(state).replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z/g, '<time>');
        if (process.env.BUNDLE_VERDICTS_SHOW) process.stderr.write(`${item.id} ${text.slice(0, 1500)}\n`);
        const verdict = completed && completed.allowEvent === false ? 'stopped' : 'sent';
        lines.push(`${item.id}\tpolicy${p}\t${verdict}\t${crypto.createHash('sha256').update(text).digest('hex').slice(0, 16)}`);
        const key = `${g.name.split('/')[0]} policy${p} ${verdict}`;
        counts[key] = (counts[key] || 0) + 1;
      }
    }
  }
  fs.writeFileSync(out, lines.join('\n') + '\n');
  process.stdout.write(`${JSON.stringify({ sends: lines.length, seconds: Math.round((Date.now() - started) / 1000), counts })}\n`);
}

main().catch((e) => {
  process.stderr.write(`${e.stack || e}\n`);
  process.exit(1);
});
