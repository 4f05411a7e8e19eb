import type { Command } from 'commander'
import type { CliText } from '../cli-text'
import { loadCore, loadServer, type CliEnvironment } from '../environment'

export function registerAddress(program: Command, environment: CliEnvironment, text: CliText): void {
  program
    .command('address')
    .description(text.help('cli.address.description'))
    .action(async () => {
      const [{ defaultDataDir }, { readAddressFile }] = await Promise.all([loadCore(), loadServer()])
      const dataDir = defaultDataDir(environment.env ?? process.env)
      const address = await readAddressFile(dataDir)
      if (!address) throw new Error(text.t('cli.address.neverServed', { dir: dataDir }))
      if (!address.running) throw new Error(text.t('cli.address.notServing', { url: address.url }))
      environment.stdout.write(`${address.url}\n`)
    })
}
