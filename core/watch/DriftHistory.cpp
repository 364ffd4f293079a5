#include "core/watch/DriftHistory.h"

namespace custos {

void DriftHistory::add(const DriftObservation &observation)
{
    ++m_interactions;
    ++m_perService[observation.service];
    if (!observation.user.isEmpty())
        ++m_perUser[observation.user];
    for (const QString &valueClass : observation.classes) {
        m_serviceClasses.insert(pairKey(observation.service, valueClass));
        if (!observation.user.isEmpty())
            m_userClasses.insert(pairKey(observation.user, valueClass));
        if (observation.reachedProvider && !observation.route.isEmpty())
            m_routeClasses.insert(pairKey(observation.route, valueClass));
    }
    for (const QString &rule : observation.rules)
        noteFired(rule, observation.timeMs);
}

std::optional<qint64> DriftHistory::lastFired(const QString &rule) const
{
    const auto it = m_lastFired.constFind(rule);
    if (it == m_lastFired.cend())
        return std::nullopt;
    return *it;
}

void DriftHistory::noteFired(const QString &rule, qint64 timeMs)
{
    qint64 &last = m_lastFired[rule];
    last = std::max(last, timeMs);
}

} // namespace custos
