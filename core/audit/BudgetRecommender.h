#pragma once

#include "core/audit/RiskReportFacts.h"

#include <QHash>
#include <QSet>

#include <map>

namespace custos::audit {

// Recommends a budget per value class from what users really sent: for each user active in the
// period, the most distinct values of the class in any window of the class's budget length that
// ends on a day of the period (windows reach back before the period when the ledger has those
// days); then the nearest-rank 99th percentile over those users, counting users who sent none as 0.
// Days are UTC day numbers (QDate::toJulianDay).
class BudgetRecommender
{
public:
    BudgetRecommender(qint64 firstDay, qint64 lastDay);

    void addUser(const QString &user); // active in the period
    void addValue(const QString &user, const QString &valueClass, qint64 day, const QString &fingerprint);
    // `windowDays` and `current` budget per class; classes seen but not named use `defaultWindow`.
    QList<BudgetRecommendation> recommend(const QMap<QString, int> &windowDays,
                                          const QMap<QString, int> &current, int defaultWindow) const;

    // Nearest rank: the smallest value at or above 99 % of the sorted values (0 for none).
    static int percentile99(QList<int> values);
    // The most distinct fingerprints in any `window`-day window ending in [firstDay, lastDay].
    static int peakDistinct(const std::map<qint64, QSet<QString>> &days, int window, qint64 firstDay,
                            qint64 lastDay);

private:
    qint64 m_firstDay;
    qint64 m_lastDay;
    QSet<QString> m_users;
    // class -> user -> day -> fingerprints sent that day
    QMap<QString, QHash<QString, std::map<qint64, QSet<QString>>>> m_values;
};

} // namespace custos::audit
