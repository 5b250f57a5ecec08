// Bundles the designer for the Host: `node build.mjs <output folder>`, run by Web/Designer.targets during
// `dotnet build`. One ES module (designer.js) and its stylesheet (designer.css), minified, no source maps:
// the Host embeds both.
import { build } from 'esbuild';

const outdir = process.argv[2];
if (!outdir) {
  console.error('usage: node build.mjs <output folder>');
  process.exit(2);
}

await build({
  entryPoints: { designer: 'src/main.jsx' },
  outdir,
  bundle: true,
  minify: true,
  format: 'esm',
  target: ['chrome100', 'firefox100', 'safari15'],
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  logLevel: 'warning',
});
