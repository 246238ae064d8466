import { describe, expect, it } from "vitest";
import { comparedColumns } from "../src/core/comparison/comparedColumns";
import { translate } from "../src/core/i18n/translate";

describe("comparedColumns", () => {
  const columns = ["a", "b", "c", "d", "e", "f"];
  it("takes the first columns that fit, in table order", () => {
    expect(comparedColumns(columns)).toEqual(["a", "b", "c"]);
    expect(comparedColumns(["a", "b"], "b")).toEqual(["a", "b"]);
  });

  it("keeps the node the comparison is opened from among them", () => {
    expect(comparedColumns(columns, "b")).toEqual(["a", "b", "c"]);
    expect(comparedColumns(columns, "e")).toEqual(["a", "b", "e"]);
    expect(comparedColumns(columns, "x")).toEqual(["a", "b", "c"]);
  });
});

describe("translate", () => {
  it("gives a word the form its number takes, in English; Indonesian has one form", () => {
    expect(translate("en", "claimsSummary", { n: 1, works: 1 })).toBe("1 claim from 1 work.");
    expect(translate("en", "claimsSummary", { n: 140, works: 2 })).toBe("140 claims from 2 works.");
    expect(translate("en", "claimCount", { n: 0 })).toBe("0 claims");
    expect(translate("id", "claimsSummary", { n: 1, works: 1 })).toBe("1 klaim dari 1 karya.");
    expect(translate("en", "bibliographyShown", { n: "1", total: "1", count: 1 })).toBe("1 of 1 entry");
    expect(translate("en", "bibliographyShown", { n: "0", total: "1,204", count: 1204 })).toBe("0 of 1,204 entries");
  });
});
