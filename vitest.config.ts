import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/cli/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    pool: 'forks',
    ...(process.env.SOUNDBITE_REPORTS_DIR
      ? { reporters: ['default', 'json'], outputFile: { json: `${process.env.SOUNDBITE_REPORTS_DIR}/vitest.json` } }
      : {}),
  },
});
