import type { PositioningShorthand } from '@fluentui/react-components';

/**
 * Lists open below their field, shrinking to the room left rather than flipping up over the
 * fields above (issue 11: multi-select lists covered the form). Long lists scroll.
 */
export const OPEN_DOWNWARD: PositioningShorthand = { position: 'below', align: 'start', pinned: true, autoSize: 'height' };
