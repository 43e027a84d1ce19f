// Types for scripts/browsers.mjs (plain JavaScript so the demo runs without tsx).
export declare const APT_PACKAGES: { chromium: string[]; firefox: string[] };
export interface BrowserChoice {
  chromium?: boolean;
  firefox?: boolean;
}
export declare function findChromium(): string;
export declare function findFirefox(): string;
export declare function missingPackages(options?: BrowserChoice): string[];
export declare function ensureBrowsers(options?: BrowserChoice, log?: (line: string) => void): string[];
