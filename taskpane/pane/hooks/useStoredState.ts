/**
 * The state the add-in keeps in the workbook (the supplement and the explanations): loaded once through
 * the host, saved through it, debounced while the user types, one save at a time, and never lost when
 * the pane closes.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Host } from '../../../src/hosts/seam';
import { EMPTY_STATE, type StoredState } from '../../../src/hosts/state';
import type { MessageKey } from '../../../src/pane/i18n';
import type { SaveStatus } from '../components/NarrativePane';

const SAVE_DELAY_MS = 500;

export interface StoredStateApi {
  state: StoredState;
  /** The stored state has been loaded (or could not be). */
  ready: boolean;
  saveStatus: SaveStatus;
  /** The latest state, also between renders. */
  latest: () => StoredState;
  /** Shows `next` and saves it, now or after a pause in typing; the promise settles with an immediate save. */
  update: (next: StoredState, immediately: boolean) => Promise<void>;
  /** Shows `before` again after a save failed (the failure is reported already). */
  restore: (before: StoredState) => void;
}

export function useStoredState(host: Host, fail: (what: MessageKey, error: unknown) => void): StoredStateApi {
  const [state, setState] = useState<StoredState>(EMPTY_STATE);
  const [ready, setReady] = useState(false);
  const [saveStatus, setSaveStatus] = useState<SaveStatus>('idle');
  const stateRef = useRef<StoredState>(EMPTY_STATE);
  const loadFailed = useRef(false);
  const saveChain = useRef<Promise<void>>(Promise.resolve());
  const saveTimer = useRef<number | undefined>(undefined);

  useEffect(() => {
    let live = true;
    const load = () =>
      host.loadState().then(
        (loaded) => {
          if (!live) return;
          stateRef.current = loaded;
          setState(loaded);
          setReady(true);
        },
        (error) => {
          if (!live) return;
          loadFailed.current = true;
          setReady(true);
          fail('opLoadState', error);
        },
      );
    void load();
    // A supplement file loaded beside the pane (the offline page): the state is read again, the pane stays.
    const stop = host.onStateChanged?.(() => void load());
    return () => {
      live = false;
      stop?.();
    };
  }, [host, fail]);

  const persist = useCallback(
    (next: StoredState): Promise<void> => {
      window.clearTimeout(saveTimer.current);
      saveTimer.current = undefined;
      const save = async () => {
        let toSave = next;
        if (loadFailed.current) {
          // Never overwrite what the workbook holds because it could not be read at first.
          const stored = await host.loadState();
          loadFailed.current = false;
          const keep = stored.dismissals.filter(
            (kept) => !next.dismissals.some((added) => added.rule === kept.rule && added.cells.join() === kept.cells.join()),
          );
          toSave = { version: 1, supplement: { ...stored.supplement, ...next.supplement }, dismissals: [...keep, ...next.dismissals] };
          const live = next.live ?? stored.live;
          if (live !== undefined) toSave.live = live;
        }
        await host.saveState(toSave);
      };
      const saved = saveChain.current.then(save).then(
        () => {
          if (stateRef.current === next) setSaveStatus('saved');
        },
        (error) => {
          setSaveStatus('idle');
          fail('opSaveState', error);
          throw error;
        },
      );
      saveChain.current = saved.catch(() => undefined);
      return saved;
    },
    [host, fail],
  );

  const update = useCallback(
    (next: StoredState, immediately: boolean): Promise<void> => {
      stateRef.current = next;
      setState(next);
      setSaveStatus('saving');
      if (immediately) return persist(next);
      window.clearTimeout(saveTimer.current);
      saveTimer.current = window.setTimeout(() => void persist(stateRef.current).catch(() => undefined), SAVE_DELAY_MS);
      return Promise.resolve();
    },
    [persist],
  );

  // A pending save is not lost when the pane closes.
  useEffect(
    () => () => {
      if (saveTimer.current !== undefined) void persist(stateRef.current).catch(() => undefined);
    },
    [persist],
  );

  const latest = () => stateRef.current;
  const restore = (before: StoredState) => {
    stateRef.current = before;
    setState(before);
  };
  return { state, ready, saveStatus, latest, update, restore };
}
