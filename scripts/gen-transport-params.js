#!/usr/bin/env node
// Writes test/fixtures/exchange/transport-rule-parameters.json from Microsoft's cmdlet reference
// (MicrosoftDocs/office-docs-powershell, exchange/exchange-ps/ExchangePowerShell/*-TransportRule.md,
// CC BY 4.0). For each parameter: its .NET type, whether the page lists Exchange Online among the
// places it applies, whether the page says it works only on-premises, and the values the page lists
// under "Valid values are:". The export's tests check every parameter and value the generated
// script uses against this file.
//
//   node scripts/gen-transport-params.js PATH/TO/office-docs-powershell-checkout COMMIT
'use strict';
const fs = require('fs');
const path = require('path');

const [repo, commit] = process.argv.slice(2);
if (!repo || !commit) {
  console.error('usage: node scripts/gen-transport-params.js DOCS_DIR COMMIT');
  process.exit(2);
}
const DIR = 'exchange/exchange-ps/ExchangePowerShell';
const CMDLETS = ['New-TransportRule', 'Set-TransportRule', 'Get-TransportRule', 'Remove-TransportRule'];

function parse(text) {
  const params = {};
  const sections = text.split(/^### -/m).slice(1);
  for (const section of sections) {
    const name = section.slice(0, section.indexOf('\n')).trim();
    if (!/^[A-Za-z0-9]+$/.test(name)) continue;
    const applicable = (/^> Applicable: (.*)$/m.exec(section) || [])[1] || '';
    const type = (/^Type: (.*)$/m.exec(section) || [])[1] || '';
    const entry = {
      type: type.trim(),
      exchangeOnline: /\bExchange Online\b/.test(applicable),
      onPremisesOnly: /^(?:\*\*Note:\*\* )?This parameter is (?:functional|available) only (?:in on-premises Exchange|on Edge Transport servers)/m.test(section),
    };
    // "The maximum length is 64 characters", "can't exceed 1024 characters"; where the page gives
    // one figure for on-premises and another for the cloud-based service, the cloud one.
    const limits = [...section.matchAll(/^.*?(?:maximum (?:length|number of characters)(?: of this parameter)? is|can't exceed) ([0-9][0-9,]*)(?: characters)?.*$/gm)];
    const cloud = limits.find((m) => /cloud-based service|Exchange Online/.test(m[0]));
    const limit = cloud || limits[0];
    if (limit) entry.maxLength = Number(limit[1].replace(/,/g, ''));
    const at = section.indexOf('Valid values are:');
    if (at >= 0) {
      // The list runs until the first line that is neither blank, a list item, nor indented.
      const values = [];
      const onPremises = [];
      for (const line of section.slice(at).split('\n').slice(1)) {
        if (!line.trim() || /^\s/.test(line)) continue;
        if (!line.startsWith('- ')) break;
        const value = line.slice(2).split(':')[0].trim();
        // "$true: …" and "$false: …" keep their $; "Low" and "Audit: …" are names.
        if (!/^\$?[A-Za-z][A-Za-z0-9.]*$/.test(value)) continue;
        values.push(value);
        if (/available only in on-premises Exchange/.test(line)) onPremises.push(value);
      }
      if (values.length) entry.values = values;
      if (onPremises.length) entry.onPremisesValues = onPremises;
    }
    params[name] = entry;
  }
  return params;
}

const out = {
  source: {
    repository: 'MicrosoftDocs/office-docs-powershell',
    commit,
    licence: 'CC BY 4.0',
    files: CMDLETS.map((c) => `${DIR}/${c}.md`),
  },
  cmdlets: {},
};
for (const c of CMDLETS) out.cmdlets[c] = parse(fs.readFileSync(path.join(repo, DIR, `${c}.md`), 'utf8'));
const file = path.join(__dirname, '..', 'test', 'fixtures', 'exchange', 'transport-rule-parameters.json');
fs.writeFileSync(file, JSON.stringify(out, null, 1) + '\n');
console.log(`wrote ${path.relative(process.cwd(), file)}: ${CMDLETS.map((c) => `${c} ${Object.keys(out.cmdlets[c]).length}`).join(', ')}`);
