import { useEffect, useRef, useState, type RefObject } from 'react'

/**
 * True once the element has come near the viewport (and from then on): heavy content such as a chart
 * is drawn only for the parts of a long view the user reaches.
 */
export function useNearViewport<E extends Element>(margin = '300px'): [RefObject<E | null>, boolean] {
  const ref = useRef<E>(null)
  const [near, setNear] = useState(false)
  useEffect(() => {
    const element = ref.current
    if (!element || near) return
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setNear(true)
    }, { rootMargin: margin })
    observer.observe(element)
    return () => observer.disconnect()
  }, [near, margin])
  return [ref, near]
}
