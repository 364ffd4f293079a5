#pragma once

#include "core/policy/DriftSettings.h"
#include "core/watch/DriftFinding.h"
#include "core/watch/DriftTally.h"
#include "core/watch/DriftWindow.h"

#include <QList>

namespace custos {

// The weekly drift watchers over one DriftWindow, pure (no store): every test of the week, then
// Holm's adjustment over all their p-values together at `alpha`, so the chance that a week of
// unchanged traffic raises any statistical alert is at most alpha, however many services, classes
// and rules there are. The tests, each per service, judged week against the baseline weeks:
// - drift.hit_rate (service, class): interactions carrying the class per interaction, the
//   conditional binomial test of two Poisson rates, two-sided;
// - drift.rule_rate (service, rule): interactions the rule fired on, the same test, upward only;
// - drift.class_mix, drift.model_mix, drift.route_mix: Pearson's chi-square of homogeneity, sparse
//   cells merged until every expected count is at least 5;
// - drift.prompt_length: Mann-Whitney U, two-sided.
// Below the minimum volumes a finding says "not enough traffic" and is not tested. The facts
// (DriftFacts: first-seen pairs, a provider's first class, dead rules) are added untested.
class DriftEvaluator
{
public:
    explicit DriftEvaluator(DriftSettings settings);

    QList<DriftFinding> evaluate(const DriftWindow &window) const;

    static constexpr int kMinPromptSample = 20; // per side, for the normal approximation of U

private:
    struct ServicePair
    {
        QString service;
        const DriftTally &judged;
        const DriftTally &baseline;
    };

    void rateWatcher(const ServicePair &pair, bool rules, QList<DriftFinding> &out) const;
    void mixWatcher(const ServicePair &pair, const QString &watcher, const QMap<QString, qint64> &judged,
                    const QMap<QString, qint64> &baseline, QList<DriftFinding> &out) const;
    void promptLengthWatcher(const ServicePair &pair, QList<DriftFinding> &out) const;
    void adjust(QList<DriftFinding> &findings) const;
    static DriftFinding notEnough(const QString &watcher, const QString &service, const QString &note);

    DriftSettings m_settings;
};

} // namespace custos
