/** Stylesheets bundled into the bench's bare page by esbuild. */
declare module '*.css'
