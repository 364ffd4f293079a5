#pragma once

#include "core/policy/WatchSettings.h"

#include <QList>

namespace custos {

// The statistic of the novel-values watcher for one (user, value class) on one day: a one-sided
// Poisson CUSUM of the day's novel values against the user's baseline.
//
// - Baseline λ0: the user's mean novel values per active day over the trailing window (winsorized),
//   shrunk
//   toward the median of the service's users with the weight of `peerWeightDays` days, never
//   below kFloor (a user who never sent a class still has a small expected rate).
// - Over-dispersion φ: the user's variance-to-mean ratio over the same days, shrunk toward 1 the
//   same way and at least 1; the log-likelihood step is divided by it (quasi-Poisson), so a user
//   whose counts are naturally bursty needs more evidence.
// - Step: (x·ln(λ1/λ0) − (λ1 − λ0)) / φ with λ1 = ratio·λ0 + shift, capped at `maxStep` so that no
//   single day reaches the threshold alone.
class NoveltyCusum
{
public:
    static constexpr double kFloor = 0.1;

    struct Baseline
    {
        double rate = kFloor;    // λ0
        double dispersion = 1.0; // φ
    };

    // `history`: the novel counts of the user's active days in the window (excluded days left out).
    static Baseline baseline(const QList<int> &history, double peerMedian, const WatchSettings &settings);
    static double step(int novelToday, const Baseline &baseline, const WatchSettings &settings);
    static double mean(const QList<int> &history);
    // Each day capped at median + max(3, 3·√(median + 1)), so that one benign burst in the window
    // neither lifts the baseline nor makes the user look over-dispersed for four weeks.
    static QList<int> winsorized(QList<int> history);
    // That cap, for a non-empty history.
    static int winsorCap(const QList<int> &history);
};

} // namespace custos
