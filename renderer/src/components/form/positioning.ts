import type { PositioningShorthand } from '@fluentui/react-components';

/**
 * Lists open below their field whenever the window has room there (issue 11: multi-select
 * lists inside dialogs opened upward over the fields, because the dialog's scrolling body,
 * not the window, was taken as the limit). Fixed positioning so the dialog body does not clip
 * it; the list shrinks to the room left and scrolls.
 */
export const OPEN_DOWNWARD: PositioningShorthand = {
  position: 'below', align: 'start', strategy: 'fixed', flipBoundary: 'window', overflowBoundary: 'window', autoSize: 'height',
};
