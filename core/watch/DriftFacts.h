#pragma once

#include "core/policy/DriftSettings.h"
#include "core/watch/DriftFinding.h"
#include "core/watch/DriftWindow.h"

namespace custos {

// The drift watchers that report facts rather than test rates, so they are outside the week's Holm
// family (a first sighting is not a chance event to be corrected for):
// - drift.first_seen: a (service, class) the service's history never carried, when the service has
//   at least `minInteractions` interactions before the week; a (user, class) the user never sent,
//   when the user has at least `minEvents` interactions before the week (a new user's classes are
//   not a change in that user);
// - drift.provider_class: a route (the provider) receiving a value class it never received before,
//   when the store has at least `minInteractions` interactions before the week; severity high;
// - drift.dead_rule: a rule in every version active over the last `deadRuleDays` days that fired on
//   none of the window's interactions (at least `minInteractions` of them); severity info.
class DriftFacts
{
public:
    explicit DriftFacts(DriftSettings settings);

    QList<DriftFinding> evaluate(const DriftWindow &window) const;

private:
    void firstSeen(const DriftWindow &window, QList<DriftFinding> &out) const;
    void providerClasses(const DriftWindow &window, QList<DriftFinding> &out) const;
    void deadRules(const DriftWindow &window, QList<DriftFinding> &out) const;

    DriftSettings m_settings;
};

} // namespace custos
