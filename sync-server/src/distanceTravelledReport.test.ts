import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MergedRecord } from '../../src/domain/merge';
import {
  distanceTravelledReportSchema,
  REPORT_VERSION,
  type DistanceTravelledReport,
} from '../../src/domain/reportProtocol';
import { loginResponseSchema } from '../../src/domain/syncProtocol';
import { buildApp } from './app';
import { DEMO_PRACTITIONERS, seedDemo } from './demoSeed';
import { backendsUnderTest, type OpenedBackend } from './testSupport/backends';
import { mergedRecordFixture } from './testSupport/mergedRecords';

const PASSWORD = 'distance-travelled-report-password';
const HV = DEMO_PRACTITIONERS.healthVisitor;
const SCHOOL = DEMO_PRACTITIONERS.schoolWorker;
const PRIVATE_TEXT = 'Synthetic family worry that must never leave the server';

/**
 * A fixed synthetic authority. Per case, each need: area, Supporting Families outcome, and the
 * parent's score at the baseline and at the case's review (one number: scored at the baseline only).
 * Case F's only review was deleted, so F has no review held and counts for nothing.
 */
const CASES: Record<string, { needs: [string, string | undefined, number, number?][]; reviewDeleted?: boolean }> = {
  A: {
    needs: [
      ['generalHealth', 'improvedHealth', 4, 2],
      ['learningParticipation', 'goodEducation', 5, 3],
    ],
  },
  B: {
    needs: [
      ['generalHealth', 'improvedHealth', 3, 3],
      ['learningParticipation', 'goodEducation', 4, 2],
      ['housingEmploymentFinance', 'secureHousing', 5, 4],
    ],
  },
  C: {
    needs: [
      ['generalHealth', 'improvedHealth', 5, 4],
      ['learningParticipation', 'goodEducation', 3, 4],
      ['familySocialRelationships', undefined, 4, 2],
    ],
  },
  D: {
    needs: [
      ['generalHealth', undefined, 2, 1],
      ['learningParticipation', 'goodEducation', 4, 4],
      ['housingEmploymentFinance', 'secureHousing', 3, 1],
    ],
  },
  E: {
    needs: [
      ['generalHealth', 'improvedHealth', 4, 3],
      ['learningParticipation', 'goodEducation', 5, 2],
      ['familySocialRelationships', undefined, 3],
    ],
  },
  F: { needs: [['generalHealth', 'improvedHealth', 5, 1]], reviewDeleted: true },
};
/** The child scored the learning need in A (4 then 2) and in B (3 then 3). */
const CHILD_SCORES: Record<string, [number, number]> = { A: [4, 2], B: [3, 3] };

const caseIdOf = (name: string) => `01936b2a-0000-7000-8000-00000000c0${name.charCodeAt(0).toString(16)}`;
let serial = 0;
function nextId(): string {
  serial += 1;
  return `01936b2a-0000-7000-8000-${serial.toString(16).padStart(12, '0')}`;
}

function record(kind: string, caseId: string, data: Record<string, unknown>, id = nextId()): MergedRecord {
  // Each record a moment after the one before, in the order the test writes them.
  return mergedRecordFixture(kind, id, caseId, data, {
    hlc: `17679500${String(serial).padStart(5, '0')}-0000-deviceAAA`,
    at: `2026-12-01T10:${String(Math.floor(serial / 60) % 60).padStart(2, '0')}:${String(serial % 60).padStart(2, '0')}.000Z`,
    author: HV.id,
  });
}

function authorityRecords(): MergedRecord[] {
  const records: MergedRecord[] = [];
  for (const [name, { needs, reviewDeleted }] of Object.entries(CASES)) {
    const caseId = caseIdOf(name);
    records.push(
      record(
        'episode',
        caseId,
        { status: 'review', childIds: [], enquiryDate: '2026-09-01', assessorId: HV.id, tacMemberIds: [] },
        caseId,
      ),
    );
    const review = record('review', caseId, { date: '2026-12-01', status: 'held', notes: PRIVATE_TEXT });
    records.push(reviewDeleted ? { ...review, deleted: true } : review);
    const score = (needId: string, rater: string, value: number, atReview: boolean) =>
      record('pciScore', caseId, {
        needId,
        rater,
        value,
        scaleId: 'pci-1-5',
        direction: 'higherIsMoreConcern',
        date: atReview ? '2026-12-01' : '2026-10-01',
        ...(atReview ? { reviewId: review.id } : { baseline: true }),
      });
    for (const [category, outcomeTag, first, latest] of needs) {
      const need = record('need', caseId, {
        childId: nextId(),
        description: PRIVATE_TEXT,
        category,
        timescale: 'short',
        ...(outcomeTag ? { outcomeTag } : {}),
      });
      records.push(need, score(need.id, 'parent', first, false));
      if (latest !== undefined) records.push(score(need.id, 'parent', latest, true));
      const child = category === 'learningParticipation' ? CHILD_SCORES[name] : undefined;
      if (child) records.push(score(need.id, 'child', child[0], false), score(need.id, 'child', child[1], true));
    }
  }
  return records;
}

const backends = await backendsUnderTest();

/** Issue 7 item 6 over HTTP on each backend: figures across every case, small numbers withheld. */
describe.each(backends)('distance travelled across the authority, on $name', (backend) => {
  let opened: OpenedBackend;
  let app: FastifyInstance;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    opened = await backend.open();
    await seedDemo(opened.store, PASSWORD);
    await opened.store.write(async (tx) => {
      await tx.putRecords(authorityRecords());
      // The health visitor works on cases A to C (they assessed them, so they hold them in full).
      for (const name of ['A', 'B', 'C']) await tx.setCaseMembers(caseIdOf(name), [HV.id]);
    });
    app = await buildApp({ store: opened.store, logger: false });
    for (const practitioner of [HV, SCHOOL]) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: practitioner.email, password: PASSWORD },
      });
      tokens[practitioner.id] = loginResponseSchema.parse(response.json()).token;
    }
  });

  afterAll(async () => {
    await app?.close();
    await opened?.cleanup();
  });

  const ask = (token: string | undefined, payload: unknown = { reportVersion: REPORT_VERSION }) =>
    app.inject({
      method: 'POST',
      url: '/api/reports/distance-travelled',
      headers: token ? { authorization: `Bearer ${token}` } : {},
      payload: payload as Record<string, unknown>,
    });

  async function reportFor(practitionerId: string): Promise<DistanceTravelledReport> {
    const response = await ask(tokens[practitionerId]);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    // Aggregate numbers only: no case, need or review id, and none of the families' words.
    for (const name of Object.keys(CASES)) expect(response.body).not.toContain(caseIdOf(name));
    expect(response.body).not.toContain(PRIVATE_TEXT);
    expect(response.body).not.toMatch(/01936b2a-0000-7000-8000-/);
    return distanceTravelledReportSchema.parse(response.json());
  }

  it('adds up every case with a review held, withholding figures from fewer than 5 needs or 3 families', async () => {
    // The school worker holds none of these cases, so nothing they hold can be subtracted.
    const report = await reportFor(SCHOOL.id);
    expect(report.suppression).toEqual({ minNeeds: 5, minEpisodes: 3 });
    expect(report.episodesCounted).toEqual({ withheld: false, value: 5 });
    const [parent, child, practitioner] = report.raters;

    // Parents, by hand: 13 needs re-scored in A to E. Changes +2 +2 | 0 +2 +1 | +1 -1 +2 | +1 0 +2 | +1 +3: sum 16.
    expect(parent?.rater).toBe('parent');
    expect(parent?.scaleId).toBe('pci-1-5');
    expect(parent?.overall).toEqual({
      key: 'all',
      withheld: false,
      needsCompared: 13,
      averageImprovement: 16 / 13,
      improved: 10,
      same: 2,
      worse: 1,
      shareImproved: 10 / 13,
    });
    // Learning: +2 +2 -1 0 +3 from 5 families. Family relationships (1 need) and housing (2) are withheld; the
    // total less learning and health would give those 3 needs, so health (5 needs, the smaller of the two) goes too.
    const learning = {
      withheld: false,
      needsCompared: 5,
      averageImprovement: 6 / 5,
      improved: 3,
      same: 1,
      worse: 1,
      shareImproved: 3 / 5,
    };
    expect(parent?.byCategory).toEqual([
      { key: 'generalHealth', withheld: true },
      { key: 'familySocialRelationships', withheld: true },
      { key: 'learningParticipation', ...learning },
      { key: 'housingEmploymentFinance', withheld: true },
    ]);
    // Good education is the same 5 needs; improved health has 4 and secure housing 2.
    expect(parent?.byOutcome).toEqual([
      { key: 'goodEducation', ...learning },
      { key: 'improvedHealth', withheld: true },
      { key: 'secureHousing', withheld: true },
    ]);
    // E's family relationships need was scored once: 1 need, withheld. Nothing on another scale.
    expect(parent?.notRescored).toEqual({ withheld: true });
    expect(parent?.otherScale).toEqual({ withheld: false, value: 0 });

    // Children scored in two families only: withheld, areas not even listed.
    expect(child).toMatchObject({
      rater: 'child',
      overall: { key: 'all', withheld: true },
      byCategory: [],
      byOutcome: [],
    });
    // No practitioner scored: nothing to withhold, nothing to average.
    expect(practitioner?.overall).toEqual({
      key: 'all',
      withheld: false,
      needsCompared: 0,
      improved: 0,
      same: 0,
      worse: 0,
    });
  });

  it('withholds what a practitioner could work out by taking their own cases from the total', async () => {
    // The health visitor holds A to C: the rest (D and E, 5 needs from 2 families) would be exposed.
    const report = await reportFor(HV.id);
    expect(report.episodesCounted).toEqual({ withheld: true });
    expect(report.raters[0]?.overall).toEqual({ key: 'all', withheld: true });
    expect(report.raters[0]?.byCategory).toEqual([]);
  });

  it('answers only a signed-in practitioner, in a report version the app reads', async () => {
    const none = await ask(undefined);
    expect(none.statusCode).toBe(401);
    expect(none.json()).toMatchObject({ error: { code: 'unauthorised' } });
    expect((await ask('not-a-real-session-token-0123456789')).statusCode).toBe(401);
    const old = await ask(tokens[SCHOOL.id], { reportVersion: 99 });
    expect(old.statusCode).toBe(426);
    expect((await ask(tokens[SCHOOL.id], { hello: 'there' })).statusCode).toBe(400);
  });
});
