/**
 * npm start: serve the built site (dist/) on localhost with vite preview and print the URL.
 * PORT=xxxx to choose the port (default 4173; the next free one is taken if it is busy).
 */
import { preview } from 'vite';

const port = Number(process.env.PORT ?? 4173);
const server = await preview({ preview: { port, host: '127.0.0.1', strictPort: false, open: false } });
const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
console.log(`\nMetro Circle Atlas is served at ${url}\n(press Ctrl+C to stop)`);
