/**
 * The preview's HTTP server, on 127.0.0.1 only. The page (preview/page, bundled by esbuild with
 * Chart.js at start, never written to dist/) asks for the spreadsheet's state as JSON; dialogs and
 * the sidebar are the add-on's own pages with the host's google.script.run shim, answered by the
 * loaded add-on; a generated Doc is a readable page and a .docx from the same document model.
 * Requests for another Host, and POSTs that are not JSON, are refused (no other site can drive it).
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { build } from 'esbuild';
import { googleScriptRunShim } from '../../host/serve-rpc';
import { docModelToDocx } from '../../scripts/preview/docx';
import { docModelOf, docPage } from './doc-page';
import type { PreviewSession } from './session';

const pageDir = join(import.meta.dirname, '..', 'page');

/** The page: its HTML with the bundled script and the styles inlined. */
async function pageHtml(): Promise<string> {
  const bundle = await build({
    entryPoints: [join(pageDir, 'main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
  });
  const script = bundle.outputFiles[0]?.text ?? '';
  const styles = readFileSync(join(pageDir, 'styles.css'), 'utf8');
  return readFileSync(join(pageDir, 'index.html'), 'utf8')
    .replace('/*STYLES*/', () => styles)
    .replace('/*SCRIPT*/', () => script.replace(/<\/script/gi, '<\\/script'));
}

/** Runs in each dialog and sidebar frame before the add-on's own script. */
function frameBridge(page: number): string {
  return `(function () {
  window.__gasRun = function (name, argsJson) {
    return fetch('/api/rpc', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: name, args: argsJson })
    }).then(function (r) { return r.json(); }).then(function (result) {
      parent.postMessage({ preview: 'changed' }, location.origin);
      return result;
    });
  };
  window.__gasHostClose = function () {
    parent.postMessage({ preview: 'close', page: ${page} }, location.origin);
  };
  // A generated Doc opens as the preview's reading page.
  document.addEventListener('click', function (event) {
    var link = event.target && event.target.closest ? event.target.closest('a[href]') : null;
    var m = link && /^https:\\/\\/docs\\.google\\.com\\/document\\/d\\/([^/]+)/.exec(link.href);
    if (!m) return;
    event.preventDefault();
    window.open('/doc/' + encodeURIComponent(m[1]), '_blank');
  }, true);
})();`;
}

function framePage(content: string, page: number): string {
  const scripts = `<script>${googleScriptRunShim()}</script><script>${frameBridge(page)}</script>`;
  const head = /<head[^>]*>/i.exec(content);
  if (!head) return scripts + content;
  const at = head.index + head[0].length;
  return content.slice(0, at) + scripts + content.slice(at);
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end(body);
}

function json(response: ServerResponse, value: unknown): void {
  send(response, 200, 'application/json; charset=utf-8', JSON.stringify(value));
}

async function body(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const parsed: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
  return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
}

export interface RunningPreview {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export async function servePreview(session: PreviewSession, port = 0): Promise<RunningPreview> {
  const html = await pageHtml();
  let origin = '';

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', origin);
    if (request.headers.host !== new URL(origin).host)
      return send(response, 421, 'text/plain', 'Wrong host');
    if (request.method === 'POST') {
      if (!String(request.headers['content-type']).startsWith('application/json')) {
        return send(response, 415, 'text/plain', 'JSON only');
      }
      const input = await body(request);
      switch (url.pathname) {
        case '/api/rpc': {
          const result = await session.rpc(String(input.name), String(input.args ?? '[]'));
          return json(response, result);
        }
        case '/api/menu':
          session.runMenu(String(input.functionName));
          return json(response, { ok: true });
        case '/api/activate':
          session.activate(String(input.sheet));
          return json(response, { ok: true });
        case '/api/reset':
          await session.start();
          return json(response, { ok: true });
      }
      return send(response, 404, 'text/plain', 'Not found');
    }
    const path = url.pathname;
    if (path === '/') return send(response, 200, 'text/html; charset=utf-8', html);
    if (path === '/favicon.ico') return send(response, 204, 'text/plain', '');
    if (path === '/api/state') {
      const after = Number(url.searchParams.get('after') ?? '0');
      return json(response, {
        revision: session.revision,
        spreadsheet: session.host.spreadsheet.getName(),
        sheets: session.workbook.sheetNames(),
        active: session.workbook.activeSheetName(),
        menu: session.menu(),
        events: session.eventsAfter(after),
      });
    }
    if (path === '/api/sheet') {
      const view = session.workbook.view(url.searchParams.get('name') ?? '');
      return view ? json(response, view) : send(response, 404, 'text/plain', 'No such sheet');
    }
    if (path === '/api/rows') {
      const from = Math.max(1, Number(url.searchParams.get('from')) || 1);
      const to = Math.min(from + 499, Number(url.searchParams.get('to')) || from);
      return json(response, session.workbook.rows(url.searchParams.get('name') ?? '', from, to));
    }
    const frame = /^\/frame\/(\d+)$/.exec(path);
    if (frame) {
      const n = Number(frame[1]);
      const content = session.pages[n];
      if (content === undefined) return send(response, 404, 'text/plain', 'No such page');
      return send(response, 200, 'text/html; charset=utf-8', framePage(content, n));
    }
    const doc = /^\/doc\/([^/]+?)(\.docx)?$/.exec(path);
    if (doc) {
      const id = decodeURIComponent(doc[1] ?? '');
      const snapshot = session.host.documents.find((d) => d.id === id);
      if (!snapshot) return send(response, 404, 'text/plain', 'No such document');
      const model = docModelOf(snapshot);
      if (doc[2]) {
        response.setHeader(
          'content-disposition',
          `attachment; filename="${model.title.replace(/[^\w .-]/g, '_')}.docx"`,
        );
        return send(
          response,
          200,
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          await docModelToDocx(model),
        );
      }
      return send(response, 200, 'text/html; charset=utf-8', docPage(model, id));
    }
    return send(response, 404, 'text/plain', 'Not found');
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) {
        send(
          response,
          500,
          'text/plain; charset=utf-8',
          error instanceof Error ? error.message : String(error),
        );
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/`,
    server,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
