import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|xml|ico|webmanifest)$/;

/**
 * Writes a brotli (`.br`) and a gzip (`.gz`) copy beside every compressible file of the
 * build, at the highest levels since it happens once; the API serves them to browsers that
 * accept them (@fastify/static `preCompressed`). Small files, and copies that would not be
 * smaller, are left out.
 */
function precompress(): Plugin {
  let outDir = '';
  const brotli = promisify(brotliCompress);
  const gz = promisify(gzip);
  return {
    name: 'kehu-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
      const files = entries
        .filter((entry) => entry.isFile() && COMPRESSIBLE.test(entry.name))
        .map((entry) => path.join(entry.parentPath, entry.name));
      await Promise.all(
        files.map(async (file) => {
          const content = await readFile(file);
          if (content.length < 1024) return;
          const copies: Array<[string, Buffer]> = [
            [
              '.br',
              await brotli(content, {
                params: {
                  [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY,
                  [zlib.BROTLI_PARAM_SIZE_HINT]: content.length,
                },
              }),
            ],
            ['.gz', await gz(content, { level: zlib.Z_BEST_COMPRESSION })],
          ];
          for (const [extension, copy] of copies)
            if (copy.length < content.length) await writeFile(file + extension, copy);
        }),
      );
    },
  };
}

const libSource = (path: string): string =>
  fileURLToPath(new URL(`../../libs/${path}`, import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), precompress()],
  resolve: {
    alias: {
      '@kehu/domain': libSource('domain/src/index.ts'),
      '@kehu/contracts': libSource('contracts/src/index.ts'),
    },
  },
  server: {
    port: 4200,
    proxy: { '/api': 'http://localhost:3000' },
  },
  preview: { port: 4300 },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The relationship graph's chunk (@antv/g6, about 1.5 MB, 0.3 MB as brotli) is loaded only
    // when a graph is opened; every other chunk stays well under this.
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      output: {
        // React and the router change rarely and every route needs them: one long-cached chunk.
        // Ant Design is left to automatic splitting, so a page loads only the components it uses.
        codeSplitting: {
          groups: [
            {
              name: 'vendor-react',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
              priority: 2,
            },
          ],
        },
      },
    },
  },
});
