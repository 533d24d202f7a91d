/**
 * Typed, promised calls to the add-on's server functions over `google.script.run`. `Api` is the
 * type of a server module (imported with `import type`, so no server code reaches the page): the
 * names, arguments and results are checked at compile time; the server checks them again at run
 * time. Arguments must be plain JSON: `google.script.run` fails on a Date.
 */

// biome-ignore lint/suspicious/noExplicitAny: any function shape; each call is typed through K.
type ServerFunction = (...args: any[]) => unknown;

export type Run<Api extends Record<string, ServerFunction>> = <K extends keyof Api & string>(
  name: K,
  ...args: Parameters<Api[K]>
) => Promise<Awaited<ReturnType<Api[K]>>>;

export function serverRunner<Api extends Record<string, ServerFunction>>(): Run<Api> {
  return (name, ...args) =>
    new Promise((resolve, reject) => {
      const runner = google.script.run
        .withSuccessHandler((value: unknown) => resolve(value as never))
        .withFailureHandler((error: Error | string) =>
          reject(error instanceof Error ? error : new Error(String(error))),
        ) as unknown as Record<string, (...values: unknown[]) => void>;
      if (typeof runner[name] !== 'function') {
        reject(new Error(`The add-on has no server function ${name}.`));
        return;
      }
      // Called as a method of its runner: whether Google's runner needs `this` is undocumented.
      runner[name](...args);
    });
}

/** The message of anything a server call rejected with. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
