import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { usePendingChoice } from './usePendingChoice';

describe('a choice waiting for its save', () => {
  it('shows the chosen value until the stored value changes, then follows the store', () => {
    const { result, rerender } = renderHook(({ stored }) => usePendingChoice(stored), {
      initialProps: { stored: 'no' },
    });
    act(() => result.current[1]('yes'));
    expect(result.current[0]).toBe('yes');
    rerender({ stored: 'no' });
    expect(result.current[0]).toBe('yes');
    rerender({ stored: 'maybe' });
    expect(result.current[0]).toBe('maybe');
  });

  it('falls back to the stored value when cleared after a failed save', () => {
    const { result } = renderHook(() => usePendingChoice(false));
    act(() => result.current[1](true));
    act(() => result.current[2]());
    expect(result.current[0]).toBe(false);
  });
});
