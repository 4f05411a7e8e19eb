import type { Socket } from 'node:net'

/**
 * Keeps connections that have not yet shown the session's token to a small allowance of their own. A
 * connection is untrusted from its first byte until a request on it carries a valid token (a tab
 * loading the page's files never does: those stay untrusted until the tab's first API call, which
 * reuses the connection). Past the allowance the oldest untrusted connection is closed, so a local
 * client opening sockets that send nothing, or half a request, cannot fill the server's connection cap
 * and lock out the window that holds the token; the header deadline closes the rest.
 */
export class UntrustedConnections {
  /** In order of arrival: a Set iterates in insertion order. */
  private readonly waiting = new Set<Socket>()

  constructor(private readonly allowance: number) {}

  admit(socket: Socket): void {
    this.waiting.add(socket)
    socket.once('close', () => this.waiting.delete(socket))
    while (this.waiting.size > this.allowance) {
      const oldest = this.waiting.values().next().value as Socket
      this.waiting.delete(oldest)
      oldest.destroy()
    }
  }

  /** The socket carried a valid token: from now on it counts only against the server's overall cap. */
  trust(socket: Socket): void {
    this.waiting.delete(socket)
  }

  get size(): number {
    return this.waiting.size
  }
}
