import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../core/graph/types";
import type { PlacedLabels } from "./placedLabels";

/** Lets the labels tell sigma's whole frames from its redraws of hover and edge labels (placedLabels). */
export function LabelsController({
  labels,
}: {
  labels: PlacedLabels<NodeAttributes, EdgeAttributes, GraphAttributes>;
}) {
  const sigma = useSigma<NodeAttributes, EdgeAttributes, GraphAttributes>();
  useEffect(() => labels.attach(sigma), [sigma, labels]);
  return null;
}
