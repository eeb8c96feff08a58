// `npm run lint` enforces the layer rules (eslint.config.mjs, scripts/eslint/layers.js). Probe
// sources are linted as if they were files at the given paths (ESLint's lintText with a filePath:
// nothing is written under src/), in a child process because ESLint loads its flat config as an ES
// module. Each case that must fail has a twin that must pass, so the test can fail both ways.
import { spawnSync } from 'child_process';
import path from 'path';

const ROOT = path.resolve(__dirname, '../..');

interface Probe {
  file: string;
  code: string;
}
interface Result {
  file: string;
  errors: { ruleId: string | null; message: string }[];
}

function lint(probes: Probe[]): Result[] {
  const script = `
    const { ESLint } = require('eslint');
    const probes = JSON.parse(process.argv[1]);
    (async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const out = [];
      for (const p of probes) {
        const [r] = await eslint.lintText(p.code, { filePath: p.file });
        out.push({ file: p.file, errors: r.messages.filter((m) => m.severity === 2).map((m) => ({ ruleId: m.ruleId, message: m.message })) });
      }
      process.stdout.write(JSON.stringify(out));
    })().catch((e) => { console.error(e); process.exit(1); });`;
  const r = spawnSync(process.execPath, ['-e', script, JSON.stringify(probes)], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`ESLint failed to run (exit ${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout) as Result[];
}

const layerErrors = (r: Result) => r.errors.filter((e) => e.ruleId === 'layers/boundaries').map((e) => e.message);

describe('layer rules in lint', () => {
  let results: Map<string, Result>;
  const probes: Probe[] = [
    { file: 'src/policy/layer-probe.ts', code: "import * as office from '../office/async';\nexport const x = office;\n" },
    { file: 'src/policy/rules/tone/layer-probe.ts', code: "export { parseEml } from '../../../mail/eml';\n" },
    { file: 'src/policy/rules/tone/layer-probe-lazy.ts', code: "export const load = () => import('../../../graph/client/graph-client');\n" },
    { file: 'src/policy/rules/tone/layer-probe-ok.ts', code: "import { htmlToText } from '../../text/html';\nimport policy from '../../../../policy/ware-town-council.json';\nexport const x = [htmlToText, policy];\n" },
    { file: 'src/launchevent/layer-probe.ts', code: "import { PublicClientApplication } from '@azure/msal-browser';\nimport { useState } from 'react';\nimport { Button } from '@fluentui/react-components';\nimport { GraphClient } from '../graph/client/graph-client';\nimport { Client } from '@microsoft/microsoft-graph-client';\nexport const x = [PublicClientApplication, useState, Button, GraphClient, Client];\n" },
    { file: 'src/launchevent/layer-probe-ok.ts', code: "import { check } from '../policy/engine';\nimport * as office from '../office/async';\nexport const x = [check, office];\n" },
  ];

  beforeAll(() => {
    results = new Map(lint(probes).map((r) => [r.file, r]));
  });

  it('src/policy importing src/office fails', () => {
    expect(layerErrors(results.get('src/policy/layer-probe.ts')!)).toEqual([expect.stringContaining('src/policy must not import src/office/async')]);
  });

  it('src/policy re-exporting src/mail, or loading src/graph lazily, fails at any depth', () => {
    expect(layerErrors(results.get('src/policy/rules/tone/layer-probe.ts')!)).toEqual([expect.stringContaining('must not import src/mail/eml')]);
    expect(layerErrors(results.get('src/policy/rules/tone/layer-probe-lazy.ts')!)).toEqual([expect.stringContaining('must not import src/graph/client/graph-client')]);
  });

  it('src/policy importing inside itself, and the policy data files, passes', () => {
    expect(results.get('src/policy/rules/tone/layer-probe-ok.ts')!.errors).toEqual([]);
  });

  it('src/launchevent importing MSAL, React, Fluent UI or Graph fails, once for each', () => {
    const errors = layerErrors(results.get('src/launchevent/layer-probe.ts')!);
    expect(errors).toHaveLength(5);
    for (const target of ['@azure/msal-browser', 'react', '@fluentui/react-components', 'src/graph/client/graph-client', '@microsoft/microsoft-graph-client']) {
      expect(errors.some((e) => e.includes(target))).toBe(true);
    }
  });

  it('src/launchevent importing the policy engine and the Office adapters passes', () => {
    expect(results.get('src/launchevent/layer-probe-ok.ts')!.errors).toEqual([]);
  });
});
