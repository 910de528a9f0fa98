import { defineConfig } from 'vitest/config';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major! < 22 || (major === 22 && minor! < 12)) {
  throw new Error(
    `Tests need Node 22.12 or later but this is Node ${process.versions.node}. ` +
      'Run them through npm (npm test), which uses the Node that the project installs.',
  );
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/.tmp/**', 'test/sites/**', 'node_modules/**'],
    testTimeout: 20_000,
    hookTimeout: 240_000,
  },
});
