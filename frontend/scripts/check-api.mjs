// Fails when src/api/schema.d.ts no longer matches ../openapi/openapi.yaml (run by `npm run build`).
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const committed = 'src/api/schema.d.ts'
const contract = '../openapi/openapi.yaml'
if (!existsSync(contract)) {
  console.error(`${contract} not found: the backend build publishes it`)
  process.exit(1)
}
const dir = mkdtempSync(join(tmpdir(), 'fpms-schema-'))
const fresh = join(dir, 'schema.d.ts')
try {
  execFileSync('npx', ['--no-install', 'openapi-typescript', contract, '-o', fresh], { stdio: 'inherit' })
  if (readFileSync(fresh, 'utf8') !== readFileSync(committed, 'utf8')) {
    console.error(`${committed} is stale: run npm run gen:api`)
    process.exit(1)
  }
  console.log(`${committed} matches ${contract}`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
