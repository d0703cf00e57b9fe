import { useEffect, useState } from 'react'

/** The value once it has stopped changing for `ms` (a search box asks the server when the typing pauses). */
export function useDebouncedValue<T>(value: T, ms = 300): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const pause = setTimeout(() => setSettled(value), ms)
    return () => clearTimeout(pause)
  }, [value, ms])
  return settled
}
