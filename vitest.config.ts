import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The browser tests poll for what the sidebar shows after a server call, which re-reads the
    // report sheets: on a busy shared machine that can take seconds, not the 1 s default.
    expect: { poll: { timeout: 15_000 } },
  },
});
