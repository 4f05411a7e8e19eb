/** Where the prompt goes (the CLI's stderr). */
export interface Echo {
  write(text: string): unknown
}

/** What a password is read from: the process's stdin, or a test's stream. */
export interface PasswordSource extends NodeJS.ReadableStream {
  isTTY?: boolean
  setRawMode?(mode: boolean): unknown
}

/** The first line of everything piped in (`printf '%s\n' "$PASSWORD" | tessera server add-user …`), without its line break. */
export async function passwordFromPipe(source: PasswordSource): Promise<string> {
  let text = ''
  for await (const chunk of source) {
    text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
    if (text.includes('\n')) break
  }
  return text.split(/\r?\n/)[0] ?? ''
}

/** Asks for a password at a terminal without showing what is typed; Ctrl+C or Ctrl+D gives up (null). */
export function passwordFromTerminal(source: PasswordSource, prompt: string, echo: Echo): Promise<string | null> {
  return new Promise((resolve) => {
    let typed = ''
    echo.write(prompt)
    source.setRawMode?.(true)
    source.resume()
    const finish = (result: string | null): void => {
      source.setRawMode?.(false)
      source.pause()
      source.removeListener('data', onData)
      echo.write('\n')
      resolve(result)
    }
    const onData = (chunk: Buffer | string): void => {
      for (const char of typeof chunk === 'string' ? chunk : chunk.toString('utf8')) {
        if (char === '\r' || char === '\n') return finish(typed)
        if (char === '\u0003' || char === '\u0004') return finish(null)
        if (char === '\u007f' || char === '\b') typed = [...typed].slice(0, -1).join('')
        else if (char >= ' ') typed += char
      }
    }
    source.on('data', onData)
  })
}
