import { afterEach, vi } from 'vitest'
import { cleanup, configure } from '@testing-library/react'
import { session } from '../lib/session'

// findBy…/waitFor wait up to 5 s (not 1 s): a page of antd components renders slowly in jsdom on a busy 2-core machine.
configure({ asyncUtilTimeout: 5000 })

// jsdom lacks these browser APIs; antd 6 (rc-component) needs them.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false, media: query, onchange: null,
    addListener: () => {}, removeListener: () => {},
    addEventListener: () => {}, removeEventListener: () => {}, dispatchEvent: () => false,
  }),
})

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver

// jsdom cannot style pseudo-elements (antd's modal asks, to measure the scroll bar): answer for the element.
const computedStyle = window.getComputedStyle.bind(window)
window.getComputedStyle = (element: Element) => computedStyle(element)

// Each test starts signed out, in Chinese, on a clean page, with the real network stubbed back out.
afterEach(() => {
  cleanup()
  session.clear()
  localStorage.clear()
  vi.unstubAllGlobals()
})
