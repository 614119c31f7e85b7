/**
 * @module web/env
 * Ambient types for the Vite client (CSS imports, `import.meta.env`).
 */
/// <reference types="vite/client" />
