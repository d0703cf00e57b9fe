/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

const backend = process.env.BACKEND_URL ?? 'http://localhost:8080'
const proxy = { '/api': backend, '/q': backend }

export default defineConfig({
  plugins: [react()],
  server: { proxy },
  preview: { proxy },
  // React + antd make one ~1.4 MB chunk (≈440 KB gzipped), loaded once per session on an intranet.
  build: { chunkSizeWarningLimit: 1600 },
  test: {
    environment: 'jsdom',
    globals: false,
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test/setup.ts'],
    // antd forms are slow to render in jsdom on a busy 2-core machine; 5 s flakes there
    testTimeout: 20_000,
  },
})
