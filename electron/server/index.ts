export { startServer, type RunningServer, type ServerOptions } from './server'
export { DISCOVERY_FILE, publishDiscovery, readDiscoveryFile, type Discovery, type DiscoveryLookup } from './discovery'
