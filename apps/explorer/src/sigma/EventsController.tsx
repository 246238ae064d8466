import { useRegisterEvents, useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import { selectEdge, selectNode, setPointer } from "../core/view";

/** Translates sigma's pointer events (mouse and touch) into store actions. */
export function EventsController() {
  const sigma = useSigma();
  const registerEvents = useRegisterEvents();
  useEffect(() => {
    const cursor = (value: string) => {
      sigma.getContainer().style.cursor = value;
    };
    registerEvents({
      enterNode: ({ node }) => {
        setPointer(node, null);
        cursor("pointer");
      },
      leaveNode: () => {
        setPointer(null, null);
        cursor("");
      },
      enterEdge: ({ edge }) => {
        setPointer(null, edge);
        cursor("pointer");
      },
      leaveEdge: () => {
        setPointer(null, null);
        cursor("");
      },
      clickNode: ({ node }) => {
        // A tap leaves no "leave" event behind; forget the hover so the selection shows.
        setPointer(null, null);
        selectNode(node, "graph");
      },
      clickEdge: ({ edge }) => selectEdge(edge),
      clickStage: () => selectEdge(null),
    });
  }, [sigma, registerEvents]);
  return null;
}
