// The only import of webextension-polyfill: everything above platform/ gets plain functions.
import browser from "webextension-polyfill";

export { browser };
