// The rule list: adding a rule is one file in this folder and one line here.
import type { Rule } from "./rule.ts";

export const rules: readonly Rule[] = [];
