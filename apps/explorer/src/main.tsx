import "@react-sigma/core/lib/style.css";
import "./styles/index.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import type { Lang } from "./core/i18n/types";
import { explorerStore, initialState } from "./core/store/explorerStore";
import { comparedKeys, parseView } from "./core/view/utils";

/** Without `?lang=`, readers whose browser prefers Indonesian get Indonesian, everyone else English. */
const preferredLang: Lang = navigator.languages.some((tag) => /^(id|ms)\b/i.test(tag)) ? "id" : "en";

const { search } = window.location;
explorerStore.set(() => initialState(parseView(search, preferredLang), comparedKeys(search)));

const root = document.getElementById("root");
if (!root) throw new Error("simpul explorer: index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
