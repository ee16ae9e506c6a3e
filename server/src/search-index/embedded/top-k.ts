/**
 * The first k items of `items` in the order given by `before` (a strict "comes first" test),
 * without sorting everything: a bounded binary heap, O(n log k).
 */
export function topK<T>(items: T[], k: number, before: (a: T, b: T) => boolean): T[] {
  if (k <= 0) return [];
  if (items.length <= k * 4) return [...items].sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0)).slice(0, k);
  // Max-heap on "comes later": the root is the worst item kept so far.
  const heap: T[] = [];
  const later = (a: T, b: T) => before(b, a);
  const up = (i: number) => {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!later(heap[i]!, heap[p]!)) break;
      [heap[i], heap[p]] = [heap[p]!, heap[i]!];
      i = p;
    }
  };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && later(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && later(heap[r]!, heap[m]!)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  for (const item of items) {
    if (heap.length < k) {
      heap.push(item);
      up(heap.length - 1);
    } else if (before(item, heap[0]!)) {
      heap[0] = item;
      down(0);
    }
  }
  return heap.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
}
