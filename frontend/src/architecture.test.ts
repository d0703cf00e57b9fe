// Features stand alone: a feature imports shared code only, and shared code imports no feature.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const SRC = dirname(new URL(import.meta.url).pathname)

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : []
  })
}

/** The area a file belongs to: `features/<name>` or its top folder (`lib`, `components`, `app`, ...). */
function areaOf(file: string): string {
  const [top, name] = relative(SRC, file).split('/')
  return top === 'features' ? `features/${name}` : top
}

function importedAreas(file: string): string[] {
  const specifiers = [...readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)].map((match) => match[1])
  return specifiers.map((specifier) => areaOf(resolve(dirname(file), specifier)))
}

describe('module boundaries', () => {
  const files = sourceFiles(SRC)

  it('keeps every feature from importing another feature', () => {
    const crossings = files.flatMap((file) => {
      const area = areaOf(file)
      return importedAreas(file)
        .filter((target) => area.startsWith('features/') && target.startsWith('features/') && target !== area)
        .map((target) => `${relative(SRC, file)} → ${target}`)
    })
    expect(crossings).toEqual([])
  })

  it('keeps shared code (lib, components, api) free of features', () => {
    const crossings = files
      .filter((file) => ['lib', 'components', 'api'].includes(areaOf(file)))
      .flatMap((file) => importedAreas(file)
        .filter((target) => target.startsWith('features/'))
        .map((target) => `${relative(SRC, file)} → ${target}`))
    expect(crossings).toEqual([])
  })
})
