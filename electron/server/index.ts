export { startServer, type RunningServer, type ServerOptions } from './server'
export { ADDRESS_FILE, readAddressFile, writeAddressFile, type ServedAddress } from './address-file'
export { DISCOVERY_FILE, publishDiscovery, readDiscoveryFile, type Discovery, type DiscoveryLookup } from './discovery'
