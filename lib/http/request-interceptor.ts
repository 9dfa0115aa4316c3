import { Server, type IncomingMessage, type ServerResponse } from 'node:http';

/**
 * Sees a request before the server's own handler does. It calls `pass` to hand the request on (now or
 * later; a second call does nothing), or answers it itself. Work it finishes later is returned as a
 * promise, so that a failure there is caught like one now.
 */
export type RequestInterceptor = (request: IncomingMessage, response: ServerResponse, pass: () => void) => void | Promise<void>;

/** Where the process records that interceptor `name` is installed (apart from lib/process-global.ts values). */
function installedKey(name: string): symbol {
  return Symbol.for(`meridian.interceptor.${name}`);
}

/**
 * Puts `intercept` in front of every HTTP server in this process (Next's included, when loaded with
 * `node --import` before Next creates its server), once per `name`. Returns a function that undoes it.
 */
export function interceptRequests(name: string, intercept: RequestInterceptor): () => void {
  const key = installedKey(name);
  const state = globalThis as Record<symbol, boolean | undefined>;
  if (state[key]) return () => {};
  state[key] = true;
  const emit = Server.prototype.emit;
  Server.prototype.emit = function emitIntercepted(this: Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event !== 'request') return Reflect.apply(emit, this, [event, ...args]) as boolean;
    const [request, response] = args as [IncomingMessage, ServerResponse];
    let passed = false;
    const pass = () => {
      if (passed) return;
      passed = true;
      Reflect.apply(emit, this, [event, ...args]);
    };
    // A throw here would escape the server's parser and stop the process: log it, and let the server answer.
    const fail = (error: unknown) => {
      console.error(`request interceptor ${name} failed on ${request.method} ${request.url}:`, error);
      if (!passed) pass();
      else if (!response.headersSent) response.writeHead(500).end();
    };
    try {
      const pending = intercept(request, response, pass);
      if (pending) pending.catch(fail);
    } catch (error) {
      fail(error);
    }
    return true;
  } as typeof emit;
  return () => {
    Server.prototype.emit = emit;
    state[key] = false;
  };
}

/** Whether `interceptRequests(name, …)` is in place in this process. */
export function intercepting(name: string): boolean {
  return (globalThis as Record<symbol, boolean | undefined>)[installedKey(name)] === true;
}
