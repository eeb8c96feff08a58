// dist/ is built once per `npm test` (scripts/test.js, before the lanes run); suites only read it.
// When it is missing, or is a development build, they fail at once with the command that makes it.
import fs from 'fs';
import path from 'path';

export const ROOT = path.resolve(__dirname, '../..');
export const DIST = path.join(ROOT, 'dist');

/** The files every dist/ reader needs. */
const NEEDED = ['launchevent.js', 'manifest.xml', 'taskpane.html'];

/**
 * Throws a clear error unless dist/ holds a production build. It cannot tell whether dist/ is older
 * than your last change to src/ (webpack leaves unchanged files alone), so after editing src/, run
 * `npm run build` again — `npm test` always does.
 */
export function requireBuilt(files: string[] = NEEDED, dir = DIST): void {
  const missing = files.filter((f) => !fs.existsSync(path.join(dir, f)));
  if (missing.length) {
    throw new Error(`${path.relative(ROOT, dir) || dir}/ lacks ${missing.join(', ')}. Run \`npm run build\` first (\`npm test\` builds it once before the tests).`);
  }
  // A development build (`npm run build:dev`) is unminified and carries webpack's bootstrap comments;
  // the runtime tests are about what ships.
  if (files.includes('launchevent.js') && fs.readFileSync(path.join(dir, 'launchevent.js'), 'utf8').includes('webpackBootstrap')) {
    throw new Error(`${path.relative(ROOT, dir) || dir}/ holds a development build. Run \`npm run build\` (production) first.`);
  }
}

/** The name suites used when they built dist/ themselves; it now only checks. */
export const ensureBuilt = (): void => requireBuilt();
/** Kept for suites written before the build moved out of them: no build happens in a hook any more. */
export const BUILD_TIMEOUT_MS = 30_000;
