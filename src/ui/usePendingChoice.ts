import { useEffect, useState } from 'react';

/**
 * A choice (radio, checkbox) that saves straight away still reads the store, but shows the new
 * answer from the click until the store catches up, so a controlled input never flicks back to
 * the old value while its save is committing. Cleared when the stored value changes or the save fails.
 */
export function usePendingChoice<T>(stored: T): [shown: T, choose: (value: T) => void, clear: () => void] {
  const [pending, setPending] = useState<{ value: T } | undefined>();
  const storedKey = JSON.stringify(stored);
  useEffect(() => {
    setPending(undefined);
  }, [storedKey]);
  return [pending ? pending.value : stored, (value) => setPending({ value }), () => setPending(undefined)];
}
