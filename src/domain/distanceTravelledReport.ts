/**
 * Distance travelled across the authority (issue 7 item 6), as the sync server reports it: the
 * caseload figures of pciScoring.aggregateDistanceTravelled over every case, with small numbers
 * withheld (SUPPRESSION_RULE) so that nobody can point to a family from them.
 *
 * What is protected, and how:
 * - A figure is shown only when the needs behind it number at least `minNeeds` and come from at
 *   least `minEpisodes` episodes.
 * - The practitioner asking holds some cases and sees their figures unsuppressed on the device; the
 *   part of every figure that comes from the other cases must pass the same test, or subtracting
 *   one from the other would give a handful of families' scores.
 * - Within a table, rows add up to the total (with the needs not in any row, such as needs tagged
 *   with no outcome, as a hidden remainder). If what is withheld together could be worked out by
 *   subtracting the shown rows from the total and is itself too small, the next smallest row is
 *   withheld too, until it is not (complementary suppression).
 */
import {
  aggregateDistanceTravelled,
  type AggregateRow,
  type CaseScores,
  type DistanceTravelledAggregates,
} from './pciScoring';
import { PCI_RATERS } from './records/pciScore';
import {
  SUPPRESSION_RULE,
  type DistanceTravelledReport,
  type RaterFigures,
  type ReportCount,
  type ReportRow,
} from './reportProtocol';

type Rule = { minNeeds: number; minEpisodes: number };

/** How many needs a figure rests on and which episodes they come from. */
interface Tally {
  needs: number;
  episodes: Set<string>;
}

/** A figure's tally over every case, and over the cases the asker does not hold. */
interface GroupTally {
  all: Tally;
  others: Tally;
}

const emptyGroup = (): GroupTally => ({
  all: { needs: 0, episodes: new Set() },
  others: { needs: 0, episodes: new Set() },
});

function addTo(group: GroupTally, caseId: string, needs: number, own: boolean): void {
  if (needs <= 0) return;
  for (const tally of own ? [group.all] : [group.all, group.others]) {
    tally.needs += needs;
    tally.episodes.add(caseId);
  }
}

function merged(a: GroupTally, b: GroupTally): GroupTally {
  const merge = (x: Tally, y: Tally): Tally => ({
    needs: x.needs + y.needs,
    episodes: new Set([...x.episodes, ...y.episodes]),
  });
  return { all: merge(a.all, b.all), others: merge(a.others, b.others) };
}

/** Nothing at all says nothing; otherwise enough needs from enough episodes. */
function tallySafe(tally: Tally, rule: Rule): boolean {
  return tally.needs === 0 || (tally.needs >= rule.minNeeds && tally.episodes.size >= rule.minEpisodes);
}

function groupSafe(group: GroupTally, rule: Rule): boolean {
  return tallySafe(group.all, rule) && tallySafe(group.others, rule);
}

function shownRow(row: AggregateRow): ReportRow {
  return {
    key: row.key,
    withheld: false,
    needsCompared: row.needsCompared,
    averageImprovement: row.averageImprovement,
    improved: row.improved,
    same: row.same,
    worse: row.worse,
    shareImproved: row.shareImproved,
  };
}

function countFigure(value: number, group: GroupTally, rule: Rule): ReportCount {
  return groupSafe(group, rule) ? { withheld: false, value } : { withheld: true };
}

/**
 * One table (by category or by outcome): each row's tally from the per-case figures, then the rows
 * withheld on their own, then complementary suppression against the total.
 */
function suppressTable(
  rows: readonly AggregateRow[],
  perCase: readonly { caseId: string; own: boolean; overall: number; rows: readonly AggregateRow[] }[],
  rule: Rule,
): ReportRow[] {
  const tallies = new Map(rows.map((row) => [row.key, emptyGroup()]));
  let hidden = emptyGroup();
  for (const episode of perCase) {
    let inRows = 0;
    for (const row of episode.rows) {
      const tally = tallies.get(row.key);
      if (tally) addTo(tally, episode.caseId, row.needsCompared, episode.own);
      inRows += row.needsCompared;
    }
    // Needs in no row of this table (no outcome tagged): shown by nobody, but part of the total.
    addTo(hidden, episode.caseId, episode.overall - inRows, episode.own);
  }
  const withheld = new Set<string>();
  for (const row of rows) {
    const tally = tallies.get(row.key) ?? emptyGroup();
    if (!groupSafe(tally, rule)) {
      withheld.add(row.key);
      hidden = merged(hidden, tally);
    }
  }
  while (!groupSafe(hidden, rule)) {
    const next = rows.filter((row) => !withheld.has(row.key)).sort((a, b) => a.needsCompared - b.needsCompared)[0];
    if (!next) break;
    withheld.add(next.key);
    hidden = merged(hidden, tallies.get(next.key) ?? emptyGroup());
  }
  return rows.map((row) => (withheld.has(row.key) ? { key: row.key, withheld: true } : shownRow(row)));
}

function raterFigures(
  rater: (typeof PCI_RATERS)[number],
  cases: readonly CaseScores[],
  ownCaseIds: ReadonlySet<string>,
  rule: Rule,
): RaterFigures {
  const total = aggregateDistanceTravelled(cases, { rater });
  // The same rules case by case, to know which episodes each figure rests on.
  const perCase = cases.map((episode) => ({
    caseId: episode.caseId,
    own: ownCaseIds.has(episode.caseId),
    figures: aggregateDistanceTravelled([episode], { rater, scaleId: total.scaleId }),
  }));
  const tallyOf = (pick: (figures: DistanceTravelledAggregates) => number) => {
    const group = emptyGroup();
    for (const episode of perCase) addTo(group, episode.caseId, pick(episode.figures), episode.own);
    return group;
  };
  const overallTally = tallyOf((figures) => figures.overall.needsCompared);
  const overallShown = groupSafe(overallTally, rule);
  const table = (pick: (figures: DistanceTravelledAggregates) => AggregateRow[]) =>
    overallShown
      ? suppressTable(
          pick(total),
          perCase.map((episode) => ({
            caseId: episode.caseId,
            own: episode.own,
            overall: episode.figures.overall.needsCompared,
            rows: pick(episode.figures),
          })),
          rule,
        )
      : [];
  return {
    rater,
    scaleId: total.scaleId,
    overall: overallShown ? shownRow(total.overall) : { key: total.overall.key, withheld: true },
    byCategory: table((figures) => figures.byCategory),
    byOutcome: table((figures) => figures.byOutcome),
    notRescored: countFigure(
      total.notRescored,
      tallyOf((figures) => figures.notRescored),
      rule,
    ),
    otherScale: countFigure(
      total.otherScale,
      tallyOf((figures) => figures.otherScale),
      rule,
    ),
  };
}

/**
 * The authority-wide figures for every rater. `ownCaseIds`: the cases the asking practitioner may
 * hold in full (and so sees the figures of on their device).
 */
export function distanceTravelledReport(
  cases: readonly CaseScores[],
  {
    ownCaseIds,
    generatedAt,
    rule = SUPPRESSION_RULE,
  }: { ownCaseIds: ReadonlySet<string>; generatedAt: string; rule?: Rule },
): DistanceTravelledReport {
  const reviewed = aggregateDistanceTravelled(cases);
  // Counting episodes is a figure about episodes only: it needs enough of them, whatever their needs.
  const episodes = emptyGroup();
  for (const episode of cases)
    if (aggregateDistanceTravelled([episode]).episodesCounted > 0)
      addTo(episodes, episode.caseId, 1, ownCaseIds.has(episode.caseId));
  const episodesRule = { minNeeds: rule.minEpisodes, minEpisodes: rule.minEpisodes };
  return {
    generatedAt,
    suppression: { minNeeds: rule.minNeeds, minEpisodes: rule.minEpisodes },
    episodesCounted: countFigure(reviewed.episodesCounted, episodes, episodesRule),
    raters: PCI_RATERS.map((rater) => raterFigures(rater, cases, ownCaseIds, rule)),
  };
}
