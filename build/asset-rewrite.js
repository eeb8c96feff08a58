// A webpack plugin that rewrites each .js asset once it is minified (build/data-tail.js,
// build/functions-last.js): `rewrite(source, sources)` gets the asset's source and webpack's `sources`
// module and returns the new source, or undefined to leave the asset as it is; an error it throws
// becomes the compilation's error, naming the file, so the build fails.
'use strict';

class AssetRewritePlugin {
  /** `stage`: how far after the minimizer (PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE) the rewrite runs. */
  constructor(name, stage, rewrite) {
    this.name = name;
    this.stage = stage;
    this.rewrite = rewrite;
  }

  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(this.name, (compilation) => {
      compilation.hooks.processAssets.tap({ name: this.name, stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + this.stage }, (assets) => {
        for (const file of Object.keys(assets)) {
          if (!file.endsWith('.js')) continue;
          let next;
          try {
            next = this.rewrite(compilation.getAsset(file).source, sources);
          } catch (e) {
            compilation.errors.push(new WebpackError(`${file}: ${e.message}`));
            continue;
          }
          if (next) compilation.updateAsset(file, next);
        }
      });
    });
  }
}

/**
 * `old` with each `[start, end, text]` edit applied as a ReplaceSource (so the source map follows):
 * an empty range inserts, any other replaces; undefined when there is no edit.
 */
function withEdits(old, sources, edits) {
  if (!edits.length) return undefined;
  const next = new sources.ReplaceSource(old);
  for (const [start, end, text] of edits) {
    if (start === end) next.insert(start, text);
    else next.replace(start, end - 1, text);
  }
  return next;
}

module.exports = { AssetRewritePlugin, withEdits };
