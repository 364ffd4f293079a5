#pragma once

#include "core/watch/DriftObservation.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace custos {

// What the store's ledger held before the judged week, for the first-seen watchers and dead rules:
// every (service, class), (user, class) and (route, class) pair seen, the interactions per service
// and per user, and when each rule last fired. Built by add(), one observation at a time.
class DriftHistory
{
public:
    void add(const DriftObservation &observation);

    static QString pairKey(const QString &a, const QString &b) { return a + u'\n' + b; }
    bool serviceSent(const QString &service, const QString &valueClass) const
    {
        return m_serviceClasses.contains(pairKey(service, valueClass));
    }
    bool userSent(const QString &user, const QString &valueClass) const
    {
        return m_userClasses.contains(pairKey(user, valueClass));
    }
    bool routeReceived(const QString &route, const QString &valueClass) const
    {
        return m_routeClasses.contains(pairKey(route, valueClass));
    }
    qint64 interactions() const { return m_interactions; }
    qint64 interactionsOfService(const QString &service) const { return m_perService.value(service); }
    qint64 interactionsOfUser(const QString &user) const { return m_perUser.value(user); }
    // Milliseconds since the epoch; nullopt when the rule never fired.
    std::optional<qint64> lastFired(const QString &rule) const;
    // Also counts fires after the history's end (the judged week), for dead rules.
    void noteFired(const QString &rule, qint64 timeMs);

private:
    QSet<QString> m_serviceClasses;
    QSet<QString> m_userClasses;
    QSet<QString> m_routeClasses;
    QHash<QString, qint64> m_perService;
    QHash<QString, qint64> m_perUser;
    QHash<QString, qint64> m_lastFired;
    qint64 m_interactions = 0;
};

} // namespace custos
