/** One static server for every page of the bench, so the transport is identical: mount prefix → folder. */
import { createServer, type Server } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const MIME: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.pbf': 'application/x-protobuf' };

export interface Served { origin: string; close(): Promise<void> }

export function serve(mounts: Record<string, string>): Promise<Served> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const mount = Object.keys(mounts).find((m) => url.pathname.startsWith(m));
    if (!mount) { res.writeHead(404).end(); return; }
    const root = mounts[mount];
    let path = normalize(join(root, decodeURIComponent(url.pathname.slice(mount.length))));
    if (!path.startsWith(root + sep) && path !== root) { res.writeHead(403).end(); return; }
    try { if (statSync(path).isDirectory()) path = join(path, 'index.html'); statSync(path); } catch { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'content-type': MIME[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(path).pipe(res);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  })));
}
