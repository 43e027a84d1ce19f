// A component whose code loads the first time it is drawn, so the options page's own script
// stays within its size budget (bench/size.ts): for parts most users never open.
import { signal } from "@preact/signals";
import type { ComponentChild, ComponentType } from "preact";

/** `fallback` is drawn until the code is in (nothing by default). */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>, fallback: (props: P) => ComponentChild = () => null): ComponentType<P> {
  const loaded = signal<ComponentType<P> | null>(null);
  let started = false;
  return function Lazy(props: P) {
    if (!started) {
      started = true;
      load().then(
        (component) => (loaded.value = component),
        () => (started = false), // Retried on the next draw (e.g. after an extension update).
      );
    }
    const Loaded = loaded.value;
    return Loaded ? <Loaded {...props} /> : fallback(props);
  };
}
