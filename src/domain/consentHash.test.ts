import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, consentHash, consentHashMatches, consentHashPayload } from './consentHash';
import { sha256Hex } from './sha256Hex';

const agencies = [
  { agencyId: 'agency-health', basic: 'include', additional: 'include' },
  { agencyId: 'agency-police', basic: 'include', additional: 'exclude' },
] as const;
const text = 'We will share what we wrote with the people you choose.';

describe('consent hash', () => {
  it('is the SHA-256 of known bytes', async () => {
    // Published test vector: SHA-256("abc").
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('is stable for the same text and agencies, whatever the key or listing order', async () => {
    const first = await consentHash({ text, agencies: [...agencies] });
    const reordered = await consentHash({
      text,
      agencies: [
        { additional: 'exclude', basic: 'include', agencyId: 'agency-police' },
        { additional: 'include', agencyId: 'agency-health', basic: 'include' },
      ],
    });
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(reordered).toBe(first);
    expect(await consentHash({ text, agencies: [...agencies] })).toBe(first);
  });

  it('changes when any shown word changes, even by one character or a space', async () => {
    const original = await consentHash({ text, agencies: [...agencies] });
    for (const changed of [
      text.replace('share', 'sell'),
      text + ' ',
      text.replace('people', 'People'),
      text.slice(0, -1),
    ])
      expect(await consentHash({ text: changed, agencies: [...agencies] })).not.toBe(original);
  });

  it('changes when an agency is added, removed or its choice changes', async () => {
    const original = await consentHash({ text, agencies: [...agencies] });
    const variants = [
      [agencies[0]],
      [...agencies, { agencyId: 'agency-school', basic: 'include', additional: 'include' } as const],
      [agencies[0], { ...agencies[1], additional: 'include' } as const],
      [{ ...agencies[0], basic: 'exclude' } as const, agencies[1]],
      [{ ...agencies[0], agencyId: 'agency-housing' }, agencies[1]],
    ];
    const hashes = await Promise.all(variants.map((list) => consentHash({ text, agencies: list })));
    for (const hash of hashes) expect(hash).not.toBe(original);
    expect(new Set(hashes).size).toBe(variants.length);
  });

  it('cannot be fooled by moving words between the text and the agency list', async () => {
    const payload = consentHashPayload({ text: 'a","agencies":[]', agencies: [] });
    expect(payload).toBe('{"agencies":[],"text":"a\\",\\"agencies\\":[]"}');
  });

  it('writes canonical JSON with sorted keys and no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: { z: 1, y: undefined } })).toBe(
      '{"a":[true,null,"x"],"b":1,"c":{"z":1}}',
    );
  });

  it('tells whether a stored event’s hash matches its text and agencies', async () => {
    const hash = await consentHash({ text, agencies: [...agencies] });
    expect(await consentHashMatches({ shownText: text, shownTextHash: hash, agencies: [...agencies] })).toBe(true);
    expect(await consentHashMatches({ shownText: text + '!', shownTextHash: hash, agencies: [...agencies] })).toBe(
      false,
    );
    expect(await consentHashMatches({ shownText: text, agencies: [...agencies] })).toBe(false);
    expect(await consentHashMatches({})).toBe(true);
  });

  it('changes with any one-character edit anywhere in the text, and with any one agency choice (property)', async () => {
    const choice = fc.constantFrom('include' as const, 'exclude' as const);
    const agencyList = fc.uniqueArray(
      fc.record({ agencyId: fc.stringMatching(/^agency-[a-z]{1,8}$/), basic: choice, additional: choice }),
      { minLength: 1, maxLength: 8, selector: (agency) => agency.agencyId },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 200, unit: 'grapheme' }),
        agencyList,
        fc.nat(),
        fc.constantFrom('insert', 'delete', 'replace'),
        fc.string({ minLength: 1, maxLength: 1 }),
        async (shown, list, at, edit, character) => {
          const original = await consentHash({ text: shown, agencies: list });
          // Edit whole code points, so an edit never leaves half of an emoji behind.
          const points = Array.from(shown);
          const index = at % points.length;
          const edited = [
            ...points.slice(0, index),
            ...(edit === 'delete' ? [] : [character]),
            ...points.slice(edit === 'insert' ? index : index + 1),
          ].join('');
          if (edited !== shown) expect(await consentHash({ text: edited, agencies: list })).not.toBe(original);

          const which = at % list.length;
          const target = list[which]!;
          const flipped = list.map((agency, position) =>
            position === which
              ? { ...agency, additional: target.additional === 'include' ? ('exclude' as const) : ('include' as const) }
              : agency,
          );
          expect(await consentHash({ text: shown, agencies: flipped })).not.toBe(original);
          const dropped = list.filter((_, position) => position !== which);
          expect(await consentHash({ text: shown, agencies: dropped })).not.toBe(original);
          // The order the agencies were listed in is not part of what was agreed.
          expect(await consentHash({ text: shown, agencies: [...list].reverse() })).toBe(original);
        },
      ),
      { numRuns: 200 },
    );
  });
});
