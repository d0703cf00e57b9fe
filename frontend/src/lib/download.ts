// Files the API sends (exports, templates, error reports): fetched through the one client, so they carry the
// bearer token (and get the one refresh on a 401), then handed to the browser as a download.
import { unwrap } from './api-client'

/** The file name a Content-Disposition header names (RFC 6266: filename* in UTF-8 first, then filename). */
export function fileNameOf(contentDisposition: string | null | undefined): string | undefined {
  if (!contentDisposition) return undefined
  const encoded = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(contentDisposition)
  if (encoded) {
    try {
      return decodeURIComponent(encoded[2].trim().replace(/^"|"$/g, ''))
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(contentDisposition)
  return plain ? (plain[2] ?? plain[1]).trim() : undefined
}

/** Lets the browser save a blob under a name. */
export function saveBlob(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.appendChild(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/**
 * Saves what a request answered, e.g. `download(api.GET('/api/…', { parseAs: 'blob' }), 'export.xlsx')`:
 * under the server's file name when it sends one; a problem answer throws an ApiProblem like any request.
 */
export async function download(
  call: Promise<{ data?: unknown; error?: unknown; response: Response }>,
  fallbackName: string,
): Promise<void> {
  let disposition: string | null = null
  const blob = await unwrap(call.then((result) => {
    disposition = result.response.headers.get('Content-Disposition')
    return result
  }))
  saveBlob(blob as Blob, fileNameOf(disposition) ?? fallbackName)
}
