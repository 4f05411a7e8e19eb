/** How long to wait for a frame that does not come (a hidden window paints none) before running anyway. */
const NO_FRAME_FALLBACK_MS = 100

/**
 * Runs a piece of drawing in a task of its own, once however often it is asked for before it runs: in the
 * next task (a message, not a timer: no clamping), or once the next frame is painted.
 */
export class DrawingTasks {
  private readonly channel = new MessageChannel()
  private scheduled = false

  constructor(work: () => void) {
    this.channel.port1.onmessage = () => {
      this.scheduled = false
      work()
    }
  }

  soon(): void {
    if (this.scheduled) return
    this.scheduled = true
    this.channel.port2.postMessage(0)
  }

  /** After the next frame: what it lays out is then measured for free, and the page shows what was drawn before. */
  afterPaint(): void {
    if (this.scheduled) return
    this.scheduled = true
    let posted = false
    const post = (): void => {
      if (posted) return
      posted = true
      clearTimeout(fallback)
      // Posted from a frame's callback, the message runs once that frame is painted.
      this.channel.port2.postMessage(0)
    }
    const fallback = setTimeout(post, NO_FRAME_FALLBACK_MS)
    requestAnimationFrame(post)
  }

  stop(): void {
    this.channel.port1.close()
  }
}
