import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const HERE = dirname(fileURLToPath(import.meta.url));
/** The global the bundle defines in the page (bench only; the extension defines no page global). */
export const ANCHORING_GLOBAL = '__lodestoneBenchAnchoring';

/**
 * lib/anchoring bundled for the page as one classic script (IIFE) with Vite, the project's own
 * bundler: minified like the reader, so the page runs the same code shape the reader ships.
 */
export async function anchoringBundle(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    root: resolve(HERE, '../..'),
    resolve: { alias: { '@': resolve(HERE, '../..') } },
    build: {
      write: false,
      minify: true,
      lib: { entry: join(HERE, 'anchoring-entry.ts'), formats: ['iife'], name: ANCHORING_GLOBAL, fileName: () => 'anchoring.js' },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as { output: { type: string; code?: string }[] }[];
  const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk' && o.code);
  if (!chunk?.code) throw new Error('vite produced no anchoring bundle');
  return chunk.code;
}
