// Serves a built site on localhost for the browser tests, as a static host would: a folder's
// index.html, a redirect to add a folder's missing slash, 404.html for anything missing, and
// nothing outside the folder.

import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

export interface ServedSite {
  /** e.g. http://127.0.0.1:41234/ */
  url: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".wasm": "application/wasm",
};

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false; // missing, or a path through a file (site.css/index.html)
  }
}

function respond(root: string, request: http.IncomingMessage, response: http.ServerResponse): void {
  const { pathname } = new URL(request.url ?? "/", "http://localhost");
  const file = path.join(root, decodeURIComponent(pathname));
  if (!file.startsWith(root + path.sep) && file !== root) {
    response.writeHead(403).end();
    return;
  }
  if (!pathname.endsWith("/") && isFile(path.join(file, "index.html"))) {
    response.writeHead(301, { location: `${pathname}/` }).end();
    return;
  }
  const found = [pathname.endsWith("/") ? path.join(file, "index.html") : file].find(isFile);
  const served = found ?? [path.join(root, "404.html")].find(isFile);
  if (!served) {
    response.writeHead(404).end();
    return;
  }
  // Pagefind's index files have their own extensions; a browser only fetches them as bytes.
  const type = TYPES[path.extname(served)] ?? "application/octet-stream";
  response.writeHead(found ? 200 : 404, { "content-type": type });
  fs.createReadStream(served).pipe(response);
}

export function serveSite(root: string): Promise<ServedSite> {
  const server = http.createServer((request, response) => respond(path.resolve(root), request, response));
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
