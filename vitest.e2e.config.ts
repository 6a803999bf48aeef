import { defineConfig } from 'vitest/config';

// End-to-end tier: real Chromium against the built site. One file at a time: 2 cores, SwiftShader.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/fresh-tmpdir.ts', 'tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
