import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/** A one-line team row as drawn here at 1366×768, until the first rows drawn are measured. */
const ROW_ESTIMATE_PX = 36;
/** Rows drawn above and below those in view, so Tab, Enter and the wheel rarely meet an undrawn row. */
const OVERSCAN = 6;

/** A drawn row, and the height of the undrawn rows just above it (0 when it follows the previous drawn row). */
export interface RowSlot {
  index: number;
  gapBefore: number;
}

/**
 * The rows of the activity table that are drawn: those in view plus a few either side (row
 * virtualisation, issue 11: with 250 teams, drawing all 1,750 inputs made every keystroke's
 * frame 42–60 ms of Chromium paint; `npm run bench -- activity-table`). Undrawn rows are stood in
 * for by empty spacer rows of their height, so the scroll bar and the sticky header behave as
 * if every row were there.
 *
 * Two rows stay drawn wherever they are: the last two that held the focus, so a row scrolled out
 * of view while the officer types in it keeps its input, its focus and its "save on leaving",
 * and a move by the keyboard never removes the row the focus is leaving. The typed values
 * themselves live in useRowSaving, above the table, so an undrawn row loses nothing.
 *
 * While the page prints (Ctrl+P, the Electron print dialog) every row is drawn.
 */
export function useRowWindow(count: number, scroller: RefObject<HTMLElement | null>, head: RefObject<HTMLElement | null>) {
  const [kept, setKept] = useState<readonly number[]>([]);
  const [printing, setPrinting] = useState(false);
  // The header sits above the first row inside the scrolled box: the rows start that far down,
  // and a row scrolled to must not hide under the sticky header.
  const [headHeight, setHeadHeight] = useState(0);
  useLayoutEffect(() => {
    const element = head.current;
    if (!element) return;
    const measure = () => setHeadHeight(Math.round(element.getBoundingClientRect().height));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [head]);

  useEffect(() => {
    // Synchronous, so the rows are in the page before Chromium lays it out for the printer.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      const extra = kept.filter((i) => i < range.count && !indexes.includes(i));
      return extra.length ? [...indexes, ...extra].sort((a, b) => a - b) : indexes;
    },
    [kept],
  );
  // Rows not drawn yet count as the median height of those drawn (fonts and wrapping differ between
  // PCs): a close guess keeps the scroll bar true and the view still when they are drawn.
  const typical = useRef(ROW_ESTIMATE_PX);
  const estimateSize = useCallback(() => typical.current, []);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize,
    overscan: OVERSCAN,
    scrollMargin: headHeight,
    scrollPaddingStart: headHeight,
    rangeExtractor,
  });

  useLayoutEffect(() => {
    const sizes = [...virtualizer.itemSizeCache.values()].sort((a, b) => a - b);
    if (sizes.length) typical.current = sizes[Math.floor(sizes.length / 2)];
  });

  /** Keeps row `index` drawn from now on (it takes the focus); the one before it stays too. */
  const keep = useCallback((index: number) => {
    setKept((now) => (now.at(-1) === index ? now : [...now.filter((i) => i !== index).slice(-1), index]));
  }, []);
  /** Draws row `index` now, before the caller moves the focus into it. */
  const draw = useCallback((index: number) => flushSync(() => keep(index)), [keep]);

  let slots: RowSlot[];
  let gapAfter = 0;
  if (printing) {
    slots = Array.from({ length: count }, (_, index) => ({ index, gapBefore: 0 }));
  } else {
    slots = [];
    let end = headHeight;
    for (const item of virtualizer.getVirtualItems()) {
      slots.push({ index: item.index, gapBefore: Math.max(0, item.start - end) });
      end = item.end;
    }
    gapAfter = Math.max(0, virtualizer.getTotalSize() + headHeight - end);
  }
  return { slots, gapAfter, headHeight, measure: virtualizer.measureElement, keep, draw, printing };
}
