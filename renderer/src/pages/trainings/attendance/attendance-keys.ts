import type { AttendanceMarkCode } from '../../../../../shared/api/trainings';

export type KeyAction =
  | { kind: 'mark'; status: AttendanceMarkCode }
  | { kind: 'undo' }
  | { kind: 'note' }
  | { kind: 'move'; by: number }
  | { kind: 'clear' };

/**
 * The attendance screen's keys. Letters stay for typing names; marks other than "present" use
 * Ctrl with a Vietnamese mnemonic (Muộn, Phép, Không đến, Ghi chú). Ctrl+Shift is left alone: it is
 * Unikey's switch between Vietnamese and English typing. The letter is read from the physical
 * key, so the shortcuts work whatever the input method does to the character.
 */
const CTRL_KEYS: Record<string, KeyAction> = {
  m: { kind: 'mark', status: 'late' },
  p: { kind: 'mark', status: 'excused' },
  k: { kind: 'mark', status: 'absent' },
  z: { kind: 'undo' },
  g: { kind: 'note' },
};

export interface KeyLike {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  isComposing?: boolean;
}

export function keyAction(e: KeyLike): KeyAction | null {
  if (e.isComposing || e.altKey) return null;
  const ctrl = e.ctrlKey || e.metaKey;
  if (ctrl) {
    if (e.shiftKey) return null;
    const letter = e.code.startsWith('Key') ? e.code.slice(3).toLowerCase() : e.key.toLowerCase();
    return CTRL_KEYS[letter] ?? null;
  }
  switch (e.key) {
    case 'Enter': return e.shiftKey ? null : { kind: 'mark', status: 'present' };
    case 'ArrowDown': return { kind: 'move', by: 1 };
    case 'ArrowUp': return { kind: 'move', by: -1 };
    case 'PageDown': return { kind: 'move', by: 10 };
    case 'PageUp': return { kind: 'move', by: -10 };
    case 'Escape': return { kind: 'clear' };
    default: return null;
  }
}
