import { viewsProject } from '../bench/views-project'
const n = Number(process.argv[2])
const t = Date.now()
console.log(await viewsProject((l) => console.log(l), n), (Date.now() - t) / 1000, 's')
