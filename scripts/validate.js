#!/usr/bin/env node
// `npm run validate [manifest]`: Microsoft's online manifest validator (office-addin-manifest)
// when its service is reachable; otherwise offline structural checks (well-formed XML,
// namespaces, every resid resolves, HTTPS URLs, the LaunchEvent wiring) and, where the schemas
// are beside the clone (../shared), xmllint. It always says which one ran.
'use strict';
const fs = require('fs');
const path = require('path');
const https = require('https');
const { spawnSync } = require('child_process');

const root = path.join(__dirname, '..');
const manifest = path.resolve(root, process.argv[2] || 'manifest.xml');
const VALIDATOR_HOST = 'validationgateway.omex.office.net';

function reachable(host, ms = 4000) {
  return new Promise((resolve) => {
    const req = https.request({ host, method: 'HEAD', path: '/', timeout: ms }, (res) => {
      res.resume();
      resolve(true);
    });
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
    req.on('error', () => resolve(false));
    req.end();
  });
}

async function online() {
  const { validateManifest } = require('office-addin-manifest');
  const result = await validateManifest(manifest);
  const report = result.report || {};
  const show = (label, list) => (list || []).forEach((i) => console.log(`  ${label}: ${i.title || ''} ${i.content || ''}${i.helpUrl ? ` (${i.helpUrl})` : ''}`));
  show('error', report.errors);
  show('warning', report.warnings);
  console.log(result.isValid ? 'The manifest is valid (online validator).' : 'The manifest is NOT valid (online validator).');
  return result.isValid;
}

function offline() {
  const { DOMParser } = require('@xmldom/xmldom');
  const problems = [];
  const xml = fs.readFileSync(manifest, 'utf8');
  const doc = new DOMParser({ onError: (level, msg) => level !== 'warning' && problems.push(`not well-formed XML: ${msg}`) }).parseFromString(xml, 'text/xml');
  const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
  const BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
  const V11 = 'http://schemas.microsoft.com/office/mailappversionoverrides/1.1';
  const top = doc.documentElement;
  if (!top || top.namespaceURI !== 'http://schemas.microsoft.com/office/appforoffice/1.1' || top.getAttributeNS(XSI, 'type') !== 'MailApp') {
    problems.push('the root must be <OfficeApp xsi:type="MailApp"> in the appforoffice/1.1 namespace');
  }
  const ids = new Set();
  for (const kind of ['Image', 'Url', 'String']) for (const e of Array.from(doc.getElementsByTagNameNS(BT, kind))) if (e.getAttribute('id')) ids.add(e.getAttribute('id'));
  for (const e of Array.from(doc.getElementsByTagName('*'))) {
    const resid = e.getAttribute('resid');
    if (resid && !ids.has(resid)) problems.push(`resid "${resid}" on <${e.tagName}> has no resource`);
    const v = e.getAttribute('DefaultValue');
    if (v && /^[a-z]+:\/\//i.test(v) && !v.startsWith('https://')) problems.push(`URL is not HTTPS: ${v}`);
  }
  const runtimes = Array.from(doc.getElementsByTagNameNS(V11, 'Runtime'));
  const launch = Array.from(doc.getElementsByTagNameNS(V11, 'ExtensionPoint')).find((e) => e.getAttributeNS(XSI, 'type') === 'LaunchEvent');
  if (launch) {
    const src = Array.from(launch.childNodes).find((n) => n.localName === 'SourceLocation');
    if (!src || !runtimes.some((r) => r.getAttribute('resid') === src.getAttribute('resid'))) problems.push('the LaunchEvent SourceLocation must be the Runtime resid');
    const types = Array.from(doc.getElementsByTagNameNS(V11, 'LaunchEvent')).map((e) => e.getAttribute('Type'));
    if (types.includes('OnNewMessageCompose') && types.includes('OnMessageCompose')) problems.push('OnNewMessageCompose and OnMessageCompose both run for new mail');
  }
  const schemas = path.join(__dirname, '..', '..', 'shared', 'schemas', 'office-manifest', 'OfficeAppManifestV1_1.xsd');
  let schemaNote = 'schema check skipped (../shared/schemas/office-manifest not found)';
  if (fs.existsSync(schemas)) {
    const r = spawnSync('xmllint', ['--noout', '--schema', schemas, manifest], { encoding: 'utf8' });
    if (r.error) schemaNote = 'schema check skipped (xmllint not installed: apt-get install -y libxml2-utils)';
    else if (r.status !== 0) problems.push(`schema: ${(r.stderr || '').trim()}`);
    else schemaNote = 'schema check passed (xmllint)';
  }
  problems.forEach((p) => console.log(`  problem: ${p}`));
  console.log(`${problems.length ? 'The manifest has problems' : 'The manifest passed'} (offline structural checks; ${schemaNote}).`);
  return problems.length === 0;
}

(async () => {
  console.log(`Validating ${path.relative(process.cwd(), manifest)}`);
  let ok;
  if (await reachable(VALIDATOR_HOST)) {
    console.log(`Using Microsoft's online validator (${VALIDATOR_HOST}).`);
    try {
      ok = await online();
    } catch (e) {
      console.log(`The online validator failed (${e instanceof Error ? e.message.split('\n')[0] : e}); running the offline checks instead.`);
      ok = offline();
    }
  } else {
    console.log(`Microsoft's online validator is not reachable from here; running the offline checks.`);
    ok = offline();
  }
  process.exit(ok ? 0 : 1);
})();
