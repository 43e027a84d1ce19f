// Types of scripts/rooster-bundle.mjs (a plain script, used by the e2e harness and the demo).
export function roosterBundle(): Promise<string>;
export const ROOSTER_PACKAGES: readonly string[];
