import { createServer } from 'node:http';

/** A plain web server with one HTML page at `/`, standing in for a customer's own website. */
export interface StaticSite {
  /** scheme://host:port, as a browser sends it in the Origin header. */
  origin: string;
  /** Sets the page the site serves from now on. */
  publish: (html: string) => void;
  close: () => Promise<void>;
}

/** Starts the site on a free port; it serves an empty page until something is published. */
export async function startStaticSite(): Promise<StaticSite> {
  let page = '<!doctype html><title>empty</title>';
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || (request.url ?? '/').split('?')[0] !== '/') {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    publish: (html) => {
      page = html;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
