import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';

/** One page the bench visits: served at `path` on every host (the browser maps all hosts here). */
export interface ServedPage {
  path: string;
  /** A file read on each request (never copied into the repository), or bytes made at run time. */
  file?: string;
  body?: string;
}

export interface PageServer {
  port: number;
  /** Requests received, by path. */
  requests: Map<string, number>;
  /** Requests sent from an extension's own pages (Origin or Referer chrome-extension://): must stay 0. */
  fromExtensionPages: string[];
  close(): Promise<void>;
}

/**
 * A loopback server for the bench. Every host name resolves to it (--host-resolver-rules), so a
 * page's third-party scripts, fonts and images get a fast 404 instead of reaching the network: runs
 * are repeatable offline, and "network idle" is reached at load. The HTML is served as bytes with
 * no charset, so the browser decodes it from its own <meta charset> as it did when it was saved.
 */
export function servePages(pages: readonly ServedPage[]): Promise<PageServer> {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  const requests = new Map<string, number>();
  const fromExtensionPages: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!.split('#')[0]!;
    requests.set(path, (requests.get(path) ?? 0) + 1);
    if (`${req.headers.origin ?? ''} ${req.headers.referer ?? ''}`.includes('chrome-extension://')) fromExtensionPages.push(path);
    const page = byPath.get(path);
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const body = page.body ?? readFileSync(page.file!);
    res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' }).end(body);
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () =>
      ok({
        port: (server.address() as { port: number }).port,
        requests,
        fromExtensionPages,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      }),
    ),
  );
}
