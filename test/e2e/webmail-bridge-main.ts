// Test-only MAIN-world entry: the paste bridge Firefox needs (src/webmail/paste-bridge.ts),
// injected into the page by webmail-insert.e2e.ts to check the hand-over between worlds.
import { installPasteBridge } from "../../src/webmail/paste-bridge.ts";

installPasteBridge(window);
