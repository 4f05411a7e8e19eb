import { readFileSync } from 'node:fs'

/**
 * When the process `pid` started, as an opaque string, or null where the OS does not tell (only Linux
 * exposes it cheaply: field 22 of /proc/<pid>/stat, in clock ticks since boot). Together with the pid it
 * names one process: a reused pid has a later start time.
 */
export function processStartTime(pid: number): string | null {
  if (process.platform !== 'linux') return null
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name (field 2) is in parentheses and may hold spaces or ')': count fields after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return fields[19] ?? null
  } catch {
    return null
  }
}
