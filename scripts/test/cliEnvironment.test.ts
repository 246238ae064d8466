import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI_ENVIRONMENT } from "../src/bench/cliEnvironment";

/** Every npm script of these package files that runs the bundled CLI, by name. */
function cliScripts(...files: string[]): [string, string][] {
  return files.flatMap((file) => {
    const { scripts } = JSON.parse(readFileSync(file, "utf8")) as { scripts: Record<string, string> };
    return Object.entries(scripts).filter(([, command]) => command.includes("dist/bin.mjs"));
  });
}

describe("the CLI's environment", () => {
  it("is set by every npm script that runs the CLI, as the bench sets it", () => {
    const root = join(import.meta.dirname, "..", "..");
    const scripts = cliScripts(join(root, "package.json"), join(root, "scripts", "package.json"));
    expect(scripts.map(([name]) => name).sort()).toEqual(["build", "build:graph", "check", "stats"]);
    const assignments = Object.entries(CLI_ENVIRONMENT).map(([name, value]) => `${name}=${value} node `);
    for (const [name, command] of scripts) {
      for (const assignment of assignments) expect(command, name).toContain(assignment);
    }
  });
});
