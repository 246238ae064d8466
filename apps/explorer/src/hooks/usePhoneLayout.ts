import { useSyncExternalStore } from "react";
import { PHONE_LAYOUT } from "../core/store/phoneSheet";

const query = () => window.matchMedia(PHONE_LAYOUT);

/** Whether the phone layout is on now, for code outside rendering (a key handler). */
export const isPhoneLayout = (): boolean => query().matches;

/** Whether the phone layout is on (one sheet at a time), following the viewport as it changes. */
export function usePhoneLayout(): boolean {
  return useSyncExternalStore((changed) => {
    const list = query();
    list.addEventListener("change", changed);
    return () => list.removeEventListener("change", changed);
  }, isPhoneLayout);
}
