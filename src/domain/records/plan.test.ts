import { describe, expect, it } from 'vitest';
import { actionSchema, needSchema } from './plan';
import { messagesOf } from './schemaTestSupport';

const need = {
  childId: '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b',
  description: 'Bedtime routine breaks down most nights',
  category: 'basicCareSafety',
  timescale: 'short',
};

describe('need', () => {
  it('accepts a need tagged with a Supporting Families outcome', () => {
    expect(needSchema.parse({ ...need, outcomeTag: 'improvedFamilyRelationships' })).toMatchObject(need);
  });

  it('accepts "other" as a category', () => {
    expect(needSchema.safeParse({ ...need, category: 'other' }).success).toBe(true);
  });

  it('refuses an unknown outcome tag, category or timescale', () => {
    expect(messagesOf(needSchema, { ...need, outcomeTag: 'happiness', category: 'x', timescale: 'soon' })).toEqual({
      outcomeTag: 'Select a Supporting Families outcome',
      category: 'Select the area of need',
      timescale: 'Select whether this is a short, medium or longer term need',
    });
  });

  it('asks for a description', () => {
    expect(messagesOf(needSchema, { ...need, description: '' })).toEqual({
      description: 'Enter a description of the need',
    });
  });
});

describe('action', () => {
  const action = { needId: 'n1', what: 'Book a sleep clinic appointment', status: 'notStarted' };

  it('accepts a SMART action with owner, agency and date', () => {
    const full = { ...action, ownerName: 'Tamsin Quill', ownerAgencyId: 'health', dueDate: '2026-06-30' };
    expect(actionSchema.parse(full)).toEqual(full);
  });

  it('keeps an action without owner or date so the plan can flag it', () => {
    expect(actionSchema.safeParse(action).success).toBe(true);
  });

  it('asks for the need, what and a known status', () => {
    expect(messagesOf(actionSchema, { status: 'done' })).toEqual({
      needId: 'Select the need this action meets',
      what: 'Enter what will be done',
      status: 'Select the status of the action',
    });
  });

  it('refuses a due date that does not exist', () => {
    expect(messagesOf(actionSchema, { ...action, dueDate: '31/06/2026' })).toEqual({
      dueDate: 'The due date must be a real date',
    });
  });
});
