import type { Command } from 'commander'
import { defaultDataDir } from '../../core'
import { readAddressFile } from '../../server'
import type { CliEnvironment } from '../environment'

export function registerAddress(program: Command, environment: CliEnvironment): void {
  program
    .command('address')
    .description('print the address browser mode (tessera serve, npm start without Electron) serves at, to open in a browser tab')
    .action(async () => {
      const dataDir = defaultDataDir(environment.env ?? process.env)
      const address = await readAddressFile(dataDir)
      if (!address) throw new Error(`Tessera has not served in browser mode from ${dataDir} yet: start it with npm start or tessera serve.`)
      if (!address.running) throw new Error(`Tessera is not serving now (it last served at ${address.url}): start it again with npm start or tessera serve.`)
      environment.stdout.write(`${address.url}\n`)
    })
}
