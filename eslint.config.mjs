// ESLint 9 (flat config): typescript-eslint's recommended rules, React's rules of hooks, Microsoft's
// Office add-in rules, and the layer boundaries (scripts/eslint/layers.js). `npm run lint` runs tsc
// then this. Formatting is Prettier's (.prettierrc.json), not ESLint's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import officeAddins from 'eslint-plugin-office-addins';
import globals from 'globals';
import layers from './scripts/eslint/layers.js';

const GRAPH_MSAL_REACT = ['^@azure/', '^@microsoft/microsoft-graph-client', '^react($|-|/)', '^@fluentui/'];

export const LAYERS = [
  {
    layer: 'src/policy',
    // The policy/ folder is data (the default policy, its schema), not code.
    allowOutside: ['policy'],
    why: 'the policy engine is pure and imports nothing outside src/policy (README, Layout).',
  },
  {
    layer: 'src/launchevent',
    denyFolders: ['src/graph', 'src/taskpane'],
    denyPackages: GRAPH_MSAL_REACT,
    why: 'the event bundle never reaches Graph, MSAL or React (it must load in classic Outlook’s JavaScript-only runtime).',
  },
];

export default tseslint.config(
  { ignores: ['dist/', 'lib/', 'node_modules/', 'test-output/', 'coverage/', '.cache/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'office-addins': officeAddins, layers },
    rules: {
      // The rules of hooks. (eslint-plugin-react-hooks 7 also offers the React Compiler's checks;
      // the code is not written for the compiler, so they are not turned on.)
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      // Microsoft's add-in rules, at the levels of the plugin's own recommended set.
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'warn',
      'office-addins/no-empty-load': 'warn',
      'office-addins/no-navigational-load': 'warn',
      'office-addins/no-office-initialize': 'warn',
      'office-addins/test-for-null-using-isNullObject': 'error',
      'layers/boundaries': ['error', LAYERS],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Node scripts take `performance` from perf_hooks, as older Node versions needed.
      'no-redeclare': ['error', { builtinGlobals: false }],
      // The text normaliser matches control characters and combining marks on purpose (evasion).
      'no-control-regex': 'off',
      'no-misleading-character-class': 'off',
      // Counters are stepped with comma sequences (`if (fired) c.tp++, tp++;`), which ESLint 9 reports
      // as unused expressions whatever they do.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    // Privacy (README): the add-in never logs message content. Only warnings and errors that
    // describe a failure (its name, never the message) go to the console.
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'no-console': ['error', { allow: ['warn', 'error'] }] },
  },
  {
    // Functions passed to page.evaluate run in the browser.
    files: ['scripts/bench-taskpane.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['**/*.{js,cjs}'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
);
