// When the compose's chip offers "Aizpildīt profilu no šī paraksta" (issue 16): the profile
// lacks a field a signature block usually holds — the name, the position, or any way to reach
// the writer. The department is left out: many writers have none, and an offer that never goes
// away would only be noise. Kept apart from profile-from-signature.ts so the content script
// does not carry the recognition (its word lists run on the options page).
import type { Profile } from "./types.ts";

export function profileHasGaps(profile: Profile): boolean {
  const has = (value: string | undefined) => typeof value === "string" && value.trim() !== "";
  return !has(profile.firstName) || !has(profile.lastName) || !has(profile.position) || (!has(profile.phone) && !has(profile.email));
}
