import { describe, expect, it } from "vitest";
import { findActors } from "./actors";

describe("findActors", () => {
  it("reads title runs before a name, with the country of a preceding demonym", () => {
    expect(
      findActors(
        "Indian Defence Minister Rajnath Singh and French Army Chief General Pierre Schill met.",
      ),
    ).toEqual([
      { name: "Rajnath Singh", role: "Defence Minister", country: "IN" },
      { name: "Pierre Schill", role: "Army Chief General", country: "FR" },
    ]);
  });

  it("takes the country from 'of <Country>' but not from 'to <Country>' (the host)", () => {
    expect(findActors("Maria Lopez, the Foreign Secretary of Spain, met the press.")).toEqual([
      { name: "Maria Lopez", role: "Foreign Secretary", country: "ES" },
    ]);
    expect(findActors("Greek Ambassador to Egypt Nikos Papas said.")).toEqual([
      { name: "Nikos Papas", role: "Ambassador", country: "GR" },
    ]);
    expect(findActors("Omar Haddad, Ambassador of Jordan to Iraq, arrived.")).toEqual([
      { name: "Omar Haddad", role: "Ambassador", country: "JO" },
    ]);
  });

  it("uses a country name or possessive before the title", () => {
    expect(findActors("Ukraine’s President Ivan Petrenko spoke.")[0]).toMatchObject({
      country: "UA",
      role: "President",
    });
    expect(findActors("Russia President Pavel Orlov spoke.")[0]).toMatchObject({ country: "RU" });
  });

  it("leaves the country null when the text does not give it, and skips untitled names", () => {
    expect(findActors("General Anna Berg inspected troops.")).toEqual([
      { name: "Anna Berg", role: "General", country: null },
    ]);
    expect(findActors("Anna Berg inspected troops.")).toEqual([]);
  });
});
