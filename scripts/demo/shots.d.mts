// Types of scripts/demo/shots.mjs.
export const LIST_NAME: string;
export function shotsFolder(dir: string): { add(name: string): string };
