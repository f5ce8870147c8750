import { describe, expect, it } from 'vitest';
import { resolveShortcut, WORKBENCH_KEYS, type KeyPress } from './useWorkbenchShortcuts';

const press = (key: string, more: Partial<KeyPress> = {}): KeyPress => ({ key, shiftKey: false, repeat: false, onControl: false, ...more });
const commandOf = (key: string, more: Partial<KeyPress> = {}) => resolveShortcut(press(key, more))?.command ?? null;

describe('resolveShortcut', () => {
  it('maps every key the workbench listens to, and no other', () => {
    for (const key of WORKBENCH_KEYS) expect(resolveShortcut(press(key)), key).not.toBeNull();
    for (const key of ['q', 'J', 'V', 'Enter', 'ArrowDown', 'z', 'Z', 'S']) expect(resolveShortcut(press(key)), key).toBeNull();
  });

  it('moves with j and k, also while held down', () => {
    expect(commandOf('j')).toEqual({ do: 'move', delta: 1 });
    expect(commandOf('k', { repeat: true })).toEqual({ do: 'move', delta: -1 });
  });

  it('gives verdicts with v, d, u and clears with c, once per press', () => {
    expect(commandOf('v')).toEqual({ do: 'verdict', verdict: 'verified' });
    expect(commandOf('d')).toEqual({ do: 'verdict', verdict: 'disputed' });
    expect(commandOf('u')).toEqual({ do: 'verdict', verdict: 'unverified' });
    expect(commandOf('c')).toEqual({ do: 'clearVerdict' });
    for (const key of ['v', 'd', 'u', 'c', 'x', 'a', 'A']) expect(resolveShortcut(press(key, { repeat: true })), key).toEqual({ command: null, preventDefault: false });
  });

  it('ticks the row with Space without scrolling, but leaves Space to a checkbox or button', () => {
    expect(resolveShortcut(press(' '))).toEqual({ command: { do: 'tick' }, preventDefault: true });
    expect(resolveShortcut(press(' ', { repeat: true }))).toEqual({ command: null, preventDefault: true });
    expect(resolveShortcut(press(' ', { onControl: true }))).toEqual({ command: null, preventDefault: false });
  });

  it('jumps to the search, note and source fields without typing the key into them', () => {
    expect(resolveShortcut(press('/'))).toEqual({ command: { do: 'focus', field: 'search' }, preventDefault: true });
    expect(resolveShortcut(press('n'))).toEqual({ command: { do: 'focus', field: 'note' }, preventDefault: true });
    expect(resolveShortcut(press('s', { repeat: true }))).toEqual({ command: { do: 'focus', field: 'source' }, preventDefault: true });
  });

  it('edits with e (also a Caps Lock E) and exports with Shift+E, not while held', () => {
    expect(resolveShortcut(press('e'))).toEqual({ command: { do: 'edit' }, preventDefault: true });
    expect(resolveShortcut(press('E'))).toEqual({ command: { do: 'edit' }, preventDefault: true });
    expect(resolveShortcut(press('E', { shiftKey: true }))).toEqual({ command: { do: 'export' }, preventDefault: true });
    expect(resolveShortcut(press('E', { shiftKey: true, repeat: true }))).toEqual({ command: null, preventDefault: false });
    expect(resolveShortcut(press('e', { repeat: true }))).toEqual({ command: null, preventDefault: false });
  });

  it('adds or accepts with a (also a Caps Lock A), dismisses with Shift+A, excludes with x', () => {
    expect(commandOf('a')).toEqual({ do: 'addOrAccept' });
    expect(commandOf('A')).toEqual({ do: 'addOrAccept' });
    expect(commandOf('A', { shiftKey: true })).toEqual({ do: 'dismiss' });
    expect(commandOf('x')).toEqual({ do: 'excludeOrRestore' });
  });

  it('opens the article list with o, once per press, the o kept out of its search box', () => {
    expect(resolveShortcut(press('o'))).toEqual({ command: { do: 'openArticles' }, preventDefault: true });
    expect(resolveShortcut(press('o', { repeat: true }))).toEqual({ command: null, preventDefault: true });
  });

  it('opens the speaker box with p, once per press, the p kept out of the box', () => {
    expect(resolveShortcut(press('p'))).toEqual({ command: { do: 'editSpeaker' }, preventDefault: true });
    expect(resolveShortcut(press('p', { repeat: true }))).toEqual({ command: null, preventDefault: true });
  });

  it('clears the ticks with Escape and toggles the shortcuts list with ?', () => {
    expect(resolveShortcut(press('Escape'))).toEqual({ command: { do: 'clearTicks' }, preventDefault: false });
    expect(resolveShortcut(press('?', { shiftKey: true }))).toEqual({ command: { do: 'help' }, preventDefault: true });
  });
});
