// Types for scripts/build-engine.mjs.
export declare function buildEngine(outDir: string, options?: { minify?: boolean }): Promise<void>;
