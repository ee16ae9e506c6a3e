import { useState } from "react";

/**
 * Local state that follows `value` whenever its `key` changes, and can run ahead of it meanwhile.
 * The router applies URL changes in a transition, so a control bound to the URL alone would
 * briefly snap back after a click; this shows the user's choice at once.
 */
export function useFollowingState<T>(value: T, key: string): [T, (next: T) => void] {
  const [local, setLocal] = useState(value);
  const [followedKey, setFollowedKey] = useState(key);
  if (followedKey !== key) {
    // Adjusting state while rendering is React's recommended way to reset state on a prop change.
    setFollowedKey(key);
    setLocal(value);
    return [value, setLocal];
  }
  return [local, setLocal];
}
