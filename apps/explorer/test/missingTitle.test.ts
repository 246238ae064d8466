import { describe, expect, it } from "vitest";
import { missingTitle } from "../src/core/citations/missingTitle";
import { translate } from "../src/core/i18n/translate";
import { fixtureGraph } from "./fixtureGraph";

const suharto = fixtureGraph().getAttribute("references").suharto1997;
if (!suharto) throw new Error("the fixture cites suharto1997");

describe("missingTitle", () => {
  it("says an entry of authors and year alone is cited second-hand, its title never given, in both languages", () => {
    const bare = { ...suharto, title: "", publisher: "", container: "" };
    expect(translate("id", missingTitle(bare))).toBe("dikutip tidak langsung; judul tidak tercatat di sumber");
    expect(translate("en", missingTitle(bare))).toBe("cited second-hand; the source gives no title");
  });

  it("says only that the title is not given when the entry names where the work appeared", () => {
    expect(missingTitle({ ...suharto, title: "" })).toBe("noTitle");
    expect(missingTitle({ ...suharto, title: "", publisher: "", container: "Strategies" })).toBe("noTitle");
  });
});
