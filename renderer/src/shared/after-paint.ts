/**
 * Resolves once the next frame has been painted, or after `fallbackMs` when no frame comes (a hidden
 * window does not paint): work that can wait a frame goes after what the user must see at once.
 */
export function afterPaint(fallbackMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, fallbackMs)
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer)
        resolve()
      }, 0)
    )
  })
}
