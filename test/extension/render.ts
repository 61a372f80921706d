/** Renders a page component with a started watchlist store, and wires the background's message handler into fakeBrowser. */
import { h, render, type ComponentChildren } from 'preact';
import { act } from 'preact/test-utils';
import { createBackgroundRuntime, listenForRequests } from '../../extension/lib/background/runtime.ts';
import { createWatchlistStore } from '../../extension/lib/view/watchlist-store.ts';
import { StoreContext } from '../../extension/components/use-store.ts';

/** Connects pages' runtime messages to a background runtime, as in the browser. */
export function connectBackground(now: () => Date = () => new Date()) {
  const runtime = createBackgroundRuntime(now);
  listenForRequests(runtime);
  return runtime;
}

/** Mounts `ui` inside a fresh document body with a started store; returns the container. */
export async function mount(ui: () => ComponentChildren): Promise<HTMLElement> {
  const store = createWatchlistStore();
  await store.start();
  const container = document.createElement('div');
  document.body.replaceChildren(container);
  await act(() => {
    render(h(StoreContext.Provider, { value: store }, ui()), container);
  });
  return container;
}

/** Waits until `check` passes (storage watches and effects settle asynchronously); an async check is awaited. The
 * timeout is a bound for a loaded machine, not a measure: a passing check returns at once. */
export async function until(check: () => void | Promise<void>, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      await act(() => new Promise((r) => setTimeout(r, 5)));
      await check();
      return;
    } catch (error) {
      if (Date.now() > end) throw error;
    }
  }
}

/** Sets an input's value and fires the event Preact listens to. */
export async function type(el: Element | null, value: string, event: 'input' | 'change' = 'input'): Promise<void> {
  if (!el) throw new Error('no such element');
  await act(() => {
    (el as HTMLInputElement).value = value;
    el.dispatchEvent(new Event(event, { bubbles: true }));
  });
}

/** Clicks an element. */
export async function click(el: Element | null): Promise<void> {
  if (!el) throw new Error('no such element');
  await act(() => {
    (el as HTMLElement).click();
  });
}
