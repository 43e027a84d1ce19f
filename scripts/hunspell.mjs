// A small Hunspell expander: every word form a .dic/.aff pair accepts (single-character
// flags, two suffix levels, cross-product prefixes, CIRCUMFIX, NEEDAFFIX, ONLYINCOMPOUND).
// Enough for dictionary-lv and dictionary-en; not a general Hunspell.

function parseAff(text) {
  const aff = { rules: new Map(), needAffix: null, circumfix: null, onlyInCompound: null };
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const parts = lines[i].trim().split(/\s+/);
    const [kind, flag, cross, count] = parts;
    if (kind === "NEEDAFFIX") aff.needAffix = flag;
    else if (kind === "CIRCUMFIX") aff.circumfix = flag;
    else if (kind === "ONLYINCOMPOUND") aff.onlyInCompound = flag;
    else if ((kind === "SFX" || kind === "PFX") && parts.length === 4 && /^\d+$/.test(count)) {
      const entries = [];
      for (let j = 1; j <= Number(count); j++) {
        const [, , strip, addRaw, cond = ".", ...morph] = lines[i + j].trim().split(/\s+/);
        const [add, contRaw = ""] = addRaw.split("/");
        const condition = cond === "." ? null : new RegExp(kind === "SFX" ? `${cond}$` : `^${cond}`, "u");
        entries.push({ strip: strip === "0" ? "" : strip, add: add === "0" ? "" : add, cont: new Set(contRaw), condition, morph: morph.join(" ") });
      }
      aff.rules.set(flag, { kind, cross: cross === "Y", entries });
      i += Number(count);
    }
  }
  return aff;
}

function applySuffix(word, e) {
  if (e.condition && !e.condition.test(word)) return null;
  if (e.strip && !word.endsWith(e.strip)) return null;
  return word.slice(0, word.length - e.strip.length) + e.add;
}

function applyPrefix(word, e) {
  if (e.condition && !e.condition.test(word)) return null;
  if (e.strip && !word.startsWith(e.strip)) return null;
  return e.add + word.slice(e.strip.length);
}

/**
 * Calls emit(form, root, prefix, morph, line) for every form of every dictionary entry (prefix:
 * the prefix added, or ""; morph: the morphological fields of the suffix entries applied, such
 * as "is:1vtt0", space-joined; line: the .dic line; via: the affix flags applied, in order).
 */
export function expandDictionary(affText, dicText, emit) {
  const aff = parseAff(affText);
  const lines = dicText.split(/\r?\n/).slice(1);
  for (const line of lines) {
    const field = line.split(/\s+/)[0];
    if (!field) continue;
    const slash = field.indexOf("/");
    const root = slash < 0 ? field : field.slice(0, slash);
    const flags = new Set(slash < 0 ? "" : field.slice(slash + 1));
    if (aff.onlyInCompound && flags.has(aff.onlyInCompound)) continue;
    // [form, flags the form carries for further affixes, needs a circumfix partner]
    const forms = [];
    if (!aff.needAffix || !flags.has(aff.needAffix)) forms.push([root, flags, false, false, "", ""]);
    for (const flag of flags) {
      const rule = aff.rules.get(flag);
      if (rule?.kind !== "SFX") continue;
      for (const e of rule.entries) {
        const w1 = applySuffix(root, e);
        if (w1 === null) continue;
        const circ1 = aff.circumfix !== null && e.cont.has(aff.circumfix);
        const need1 = aff.needAffix !== null && e.cont.has(aff.needAffix);
        const carried1 = new Set([...e.cont, ...(rule.cross ? [...flags].filter((f) => aff.rules.get(f)?.kind === "PFX") : [])]);
        forms.push([w1, carried1, circ1, need1, e.morph, flag]);
        for (const flag2 of e.cont) {
          const rule2 = aff.rules.get(flag2);
          if (rule2?.kind !== "SFX") continue;
          for (const e2 of rule2.entries) {
            const w2 = applySuffix(w1, e2);
            if (w2 === null) continue;
            const circ2 = circ1 || (aff.circumfix !== null && e2.cont.has(aff.circumfix));
            forms.push([w2, new Set([...carried1, ...e2.cont]), circ2, false, `${e.morph} ${e2.morph}`.trim(), flag + flag2]);
          }
        }
      }
    }
    for (const [form, carried, circ, need, morph, via] of forms) {
      if (!circ && !need) emit(form, root, "", morph, line, via);
      for (const flag of carried) {
        const rule = aff.rules.get(flag);
        if (rule?.kind !== "PFX") continue;
        for (const e of rule.entries) {
          const prefixCirc = aff.circumfix !== null && e.cont.has(aff.circumfix);
          if (prefixCirc !== circ) continue;
          const w = applyPrefix(form, e);
          if (w !== null) emit(w, root, e.add, `${morph} ${e.morph}`.trim(), line, via + flag);
        }
      }
    }
  }
}
