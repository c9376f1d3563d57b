/**
 * The 情况说明 of the checked workbook: as the tables alone give it (which keys the supplement form asks
 * for) and with the supplement, following the supplement as it is typed, a render behind the keystrokes.
 */
import { useDeferredValue, useMemo } from 'react';
import { narrate } from '../../../src/engine';
import type { Supplement } from '../../../src/narrative/supplement';
import type { Narrative } from '../../../src/narrative/types';
import { usableSupplement } from '../../../src/pane/narrative';
import type { Checked } from './useWorkbookCheck';

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

export interface NarrativeOutcomes {
  /** From the tables alone; null until asked for. */
  bare: Outcome<Narrative> | null;
  /** With the supplement; null until asked for. */
  narrative: Outcome<Narrative> | null;
  /** Why generating failed, if it did. */
  failure: unknown;
}

export function useNarrative(checked: Checked | null, wanted: boolean, supplement: Supplement): NarrativeOutcomes {
  const typedSupplement = useDeferredValue(supplement);
  const bare = useMemo<Outcome<Narrative> | null>(() => {
    if (!checked || !wanted) return null;
    try {
      return { ok: true, value: narrate(checked.result).narrative };
    } catch (error) {
      return { ok: false, error };
    }
  }, [checked, wanted]);
  const narrative = useMemo<Outcome<Narrative> | null>(() => {
    if (!checked || !wanted) return null;
    try {
      return { ok: true, value: narrate(checked.result, usableSupplement(typedSupplement)).narrative };
    } catch (error) {
      return { ok: false, error };
    }
  }, [checked, wanted, typedSupplement]);
  const failure = narrative && !narrative.ok ? narrative.error : bare && !bare.ok ? bare.error : null;
  return { bare, narrative, failure };
}
