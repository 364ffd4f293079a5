#pragma once

#include <QJsonObject>

namespace custos {

// The policy's `watch: drift:` section: how the weekly drift watchers (core/watch/DriftService)
// judge a week against the trailing weeks. Every field has a default; WatchSettings writes the
// section into the canonical form only when it differs from them, so no existing hash changes.
struct DriftSettings
{
    // The family-wise error rate of one week's tests together (Holm): the chance that a week of
    // unchanged traffic raises any statistical drift alert at all.
    double alpha = 0.01;
    // The weeks before the judged week that make its baseline.
    int baselineWeeks = 4;
    // Below these a service, (service, class) or rule is "not enough traffic", never an alert:
    // interactions of the service in the judged week and in the baseline (each);
    int minInteractions = 50;
    // events (hits of a class, fires of a rule) in the judged week and the baseline together,
    // for the rate tests, and observations per side for the mix and prompt-length tests.
    int minEvents = 10;
    // A rule in every version active over this many days that fired on none of them is dead.
    int deadRuleDays = 30;

    QJsonObject toJson() const;
    bool isDefault() const { return *this == DriftSettings(); }
    friend bool operator==(const DriftSettings &, const DriftSettings &) = default;
};

} // namespace custos
