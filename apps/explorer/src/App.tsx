import { useEffect } from "react";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { ErrorPage } from "./components/ErrorPage";
import { Explorer } from "./components/Explorer";
import { loadGraph } from "./core/graph/loadGraph";
import { useExplorer } from "./core/store/explorerStore";
import { graphLoaded } from "./core/view";
import { useDocumentMeta } from "./hooks/useDocumentMeta";
import { useT } from "./hooks/useT";
import { useUrlSync } from "./hooks/useUrlSync";

/** Loads the graph, keeps the URL in step, and shows the explorer or a readable error. */
export function App() {
  const t = useT();
  const graph = useExplorer((state) => state.graph);
  useUrlSync();
  useDocumentMeta();
  useEffect(() => {
    // Only the last load counts: a graph replaced mid-flight would rebuild sigma on a stale instance.
    let current = true;
    loadGraph().then((loaded) => {
      if (!current) return;
      graphLoaded(loaded);
    });
    return () => {
      current = false;
    };
  }, []);
  if (graph.status === "loading") {
    return (
      <p className="loading" role="status">
        {t("loading")}
      </p>
    );
  }
  if (graph.status === "error") return <ErrorPage kind={graph.kind} detail={graph.detail} />;
  return (
    <ErrorBoundary fallback={(error) => <ErrorPage kind="render" detail={error.message} />}>
      <Explorer />
    </ErrorBoundary>
  );
}
