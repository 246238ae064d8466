import { describe, expect, it } from "vitest";
import { csvField } from "../src/core/csv/csvText";
import { visibleNodes } from "../src/core/filters/visibleNodes";
import { buildOutline } from "../src/core/outline/buildOutline";
import { outlineToCsv, outlineToMarkdown } from "../src/core/outline/exportOutline";
import type { OutlineItem } from "../src/core/outline/types";
import { emptyView } from "../src/core/view/utils";
import { fixtureGraph } from "./fixtureGraph";

const graph = fixtureGraph();
const all = visibleNodes(graph, emptyView());
const labels = (items: OutlineItem[]): unknown[] =>
  items.map((item) => (item.children.length ? [item.label, labels(item.children)] : item.label));

describe("buildOutline", () => {
  it("nests the broader hierarchy from its root, sorted by label", () => {
    const { topics } = buildOutline(graph, all, "id");
    expect(labels(topics)).toEqual([
      [
        "Praktik Pekerjaan Sosial",
        [
          [
            "Intervensi Makro",
            [
              ["Pengembangan Masyarakat", ["Pemberdayaan"]],
              ["Pengorganisasian Masyarakat", ["Aksi Sosial", "Pengembangan Masyarakat Lokal", "Perencanaan Sosial"]],
            ],
          ],
        ],
      ],
    ]);
  });

  it("groups every node by type, in the UI language", () => {
    const { byType } = buildOutline(graph, all, "en");
    const roles = byType.find((heading) => heading.type === "role");
    expect(roles?.label).toBe("Role");
    expect(roles?.children.map((item) => item.label)).toEqual([
      "Advocate",
      "Enabler",
      "Expert",
      "Mediator",
      "Negotiator",
    ]);
    expect(byType.reduce((sum, heading) => sum + heading.children.length, 0)).toBe(graph.order);
  });

  it("follows the filters: hidden nodes leave the tree and the groups", () => {
    const visible = visibleNodes(graph, { ...emptyView(), hiddenTypes: ["model"] });
    const outline = buildOutline(graph, visible, "id");
    expect(JSON.stringify(outline)).not.toContain("model/");
  });
});

describe("outline export", () => {
  it("writes a nested Markdown list with both labels and keys", () => {
    const markdown = outlineToMarkdown(graph, buildOutline(graph, all, "id"), "id", {
      topics: "Topik",
      byType: "Jenis",
    });
    expect(markdown).toContain(
      "# Topik\n\n- Praktik Pekerjaan Sosial (Social Work Practice) — `concept/praktik-pekerjaan-sosial`\n" +
        "  - Intervensi Makro (Macro Intervention) — `concept/intervensi-makro`\n",
    );
    expect(markdown).toContain("# Jenis\n\n- Penulis\n  - Charles Zastrow — `author/charles-zastrow`");
  });

  it("writes one CSV row per node with its broader topics", () => {
    const rows = outlineToCsv(graph, buildOutline(graph, all, "en"), "en")
      .trimEnd()
      .split("\r\n");
    expect(rows).toHaveLength(graph.order + 1);
    expect(rows).toContain(
      "concept/pemberdayaan,concept,Pemberdayaan,Empowerment,concept/community-development,Strengthening people's and groups' ability to take control of their lives.",
    );
  });

  it("quotes and defuses CSV fields", () => {
    expect(csvField('say "hi", twice')).toBe('"say ""hi"", twice"');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField("-1")).toBe("'-1");
    expect(csvField("plain")).toBe("plain");
  });
});
