#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace custos {

// The policy's `watch:` section: how the watchers (core/watch) count distinct sensitive values per
// user and when they alert. Every field has a default, so a policy without the section watches
// with the defaults below; the canonical form writes the section only when it differs from them,
// so adding the watchers changed no existing policy's hash.
struct WatchSettings
{
    // Novel values: a value is novel on a day when the same user did not send it in the
    // `lookbackDays` before.
    int lookbackDays = 42;
    // The baseline: the user's mean novel values per active day over the trailing `baselineDays`,
    // shrunk toward the median of the service's users with the weight of `peerWeightDays` days.
    int baselineDays = 28;
    double peerWeightDays = 7.0;
    // Below this many active days of history a user's baseline is still warming up: no CUSUM
    // alert (budgets still apply).
    int warmupDays = 5;
    // The one-sided Poisson CUSUM looks for a rate of ratio * baseline + shift novel values a day;
    // it alerts at `threshold`, and one day adds at most `maxStep`, which must stay below the
    // threshold so that no single day can alert on its own.
    // The defaults are tuned on bench_watch's traffic model (README, "Watchers"): three days at
    // the cap reach the threshold, two do not.
    double ratio = 2.5;
    double shift = 3.0;
    double threshold = 7.5;
    double maxStep = 2.5;
    // Hard budgets: distinct validated values of one value class per user within `budgetDays`.
    int budgetDays = 30;
    QMap<QString, int> budgets{
        {QStringLiteral("credit_card"), 12}, {QStringLiteral("iban"), 12}, {QStringLiteral("us_ssn"), 6}};
    // Any `secretBudget` distinct secrets (class SECRET, any detector) within `secretDays`.
    int secretDays = 7;
    int secretBudget = 3;

    // Risk levels: a confirmed or escalated alert, or a broken budget, sets one on the (user, value
    // class) for `riskLevelDays`. In monitor mode the gateway records that a request would have
    // needed an exception; with require_exception it needs one, from one of `riskLevelApprovers`
    // (user names or "group:NAME"), as an exception to the pseudo-rule kRiskLevelRule.
    enum class Enforce { Monitor, RequireException };
    static constexpr QLatin1StringView kRiskLevelRule{"watch:risk_level"};
    Enforce enforce = Enforce::Monitor;
    int riskLevelDays = 7;
    QStringList riskLevelApprovers;
    static QString enforceName(Enforce enforce); // "monitor", "require_exception"

    // The canonical JSON of the section (every key, sorted by QJsonObject).
    QJsonObject toJson() const;
    bool isDefault() const { return *this == WatchSettings(); }
    friend bool operator==(const WatchSettings &, const WatchSettings &) = default;
};

} // namespace custos
