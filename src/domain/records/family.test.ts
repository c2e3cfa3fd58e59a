import { describe, expect, it } from 'vitest';
import { childSchema, familyMemberSchema, householdSchema } from './family';
import { messagesOf } from './schemaTestSupport';

describe('child', () => {
  const child = { firstName: 'Pip', lastName: 'Brackenwood', unborn: false, dateOfBirth: '2021-05-06' };

  it('accepts a born child with a name and date of birth', () => {
    expect(childSchema.parse(child)).toEqual(child);
  });

  it('asks for the child’s last name', () => {
    expect(messagesOf(childSchema, { ...child, lastName: '' })).toEqual({ lastName: 'Enter the child’s last name' });
  });

  it('asks a born child for a first name and date of birth', () => {
    expect(messagesOf(childSchema, { lastName: 'Brackenwood', unborn: false })).toEqual({
      firstName: 'Enter the child’s first name',
      dateOfBirth: 'Enter the child’s date of birth',
    });
  });

  it('needs an expected date of delivery for an unborn baby, and no first name', () => {
    expect(messagesOf(childSchema, { lastName: 'Brackenwood', unborn: true })).toEqual({
      expectedDateOfDelivery: 'Enter the expected date of delivery',
    });
    expect(
      childSchema.safeParse({ lastName: 'Brackenwood', unborn: true, expectedDateOfDelivery: '2026-12-01' }).success,
    ).toBe(true);
  });

  it('lists a missing last name together with a missing expected date of delivery', () => {
    expect(messagesOf(childSchema, { lastName: '', unborn: true })).toEqual({
      lastName: 'Enter the child’s last name',
      expectedDateOfDelivery: 'Enter the expected date of delivery',
    });
  });

  it('refuses a UPN in the wrong format', () => {
    expect(messagesOf(childSchema, { ...child, upn: '12345' })).toEqual({
      upn: 'Enter a UPN of 13 characters, like A123456789012',
    });
  });
});

describe('household and family members', () => {
  it('accepts a household with only an address', () => {
    expect(householdSchema.safeParse({ address: '1 Example Row' }).success).toBe(true);
  });

  it('records parental responsibility as yes, no or don’t know', () => {
    const member = {
      householdId: 'h1',
      name: 'Wren Brackenwood',
      relationship: 'Mother',
      parentalResponsibility: 'dontKnow',
    };
    expect(familyMemberSchema.safeParse(member).success).toBe(true);
    expect(familyMemberSchema.safeParse({ ...member, parentalResponsibility: 'maybe' }).success).toBe(false);
    expect(messagesOf(familyMemberSchema, { ...member, name: '' })).toEqual({ name: 'Enter the person’s name' });
  });
});
