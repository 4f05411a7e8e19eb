import { PassThrough } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { passwordFromPipe, passwordFromTerminal, type PasswordSource } from './password-input'

/** A stand-in terminal: what is typed is written to it; raw mode is recorded. */
function terminal() {
  const stream = new PassThrough() as PassThrough & PasswordSource
  const modes: boolean[] = []
  stream.isTTY = true
  stream.setRawMode = (mode: boolean) => modes.push(mode)
  let shown = ''
  const echo = { write: (text: string) => (shown += text) }
  return { stream, modes, echo, shown: () => shown }
}

describe('reading a password', () => {
  it('at a terminal: shows the prompt, never what is typed, honours backspace, and leaves raw mode after', async () => {
    const { stream, modes, echo, shown } = terminal()
    const answer = passwordFromTerminal(stream, 'Password for Omar: ', echo)
    stream.write('hunter22🙂x')
    stream.write('\u007f\u007f!\r')
    expect(await answer).toBe('hunter22!')
    expect(shown()).toBe('Password for Omar: \n')
    expect(modes).toEqual([true, false])
  })

  it('at a terminal: Ctrl+C gives up', async () => {
    const { stream, echo } = terminal()
    const answer = passwordFromTerminal(stream, 'Password: ', echo)
    stream.write('half\u0003typed\r')
    expect(await answer).toBeNull()
  })

  it('from a pipe: the first line, with a Windows line end or none', async () => {
    for (const [input, expected] of [['pass word\r\nrest', 'pass word'], ['no line end', 'no line end'], ['', '']] as const) {
      const stream = new PassThrough() as PassThrough & PasswordSource
      stream.end(input)
      expect(await passwordFromPipe(stream)).toBe(expected)
    }
  })
})
