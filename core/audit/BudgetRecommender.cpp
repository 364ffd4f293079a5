#include "core/audit/BudgetRecommender.h"

#include <algorithm>
#include <cmath>

namespace custos::audit {

BudgetRecommender::BudgetRecommender(qint64 firstDay, qint64 lastDay)
    : m_firstDay(firstDay)
    , m_lastDay(lastDay)
{}

void BudgetRecommender::addUser(const QString &user)
{
    m_users.insert(user);
}

void BudgetRecommender::addValue(const QString &user, const QString &valueClass, qint64 day,
                                 const QString &fingerprint)
{
    m_values[valueClass][user][day].insert(fingerprint);
}

int BudgetRecommender::percentile99(QList<int> values)
{
    if (values.isEmpty())
        return 0;
    std::ranges::sort(values);
    const auto rank = qsizetype(std::ceil(0.99 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank, 1, values.size()) - 1);
}

int BudgetRecommender::peakDistinct(const std::map<qint64, QSet<QString>> &days, int window, qint64 firstDay,
                                    qint64 lastDay)
{
    // A sliding window over the days: how many of its days sent each fingerprint.
    QHash<QString, int> inWindow;
    int peak = 0;
    auto entering = days.lower_bound(firstDay - window + 1);
    auto leaving = entering;
    for (qint64 end = firstDay; end <= lastDay; ++end) {
        for (; entering != days.end() && entering->first <= end; ++entering)
            for (const QString &fingerprint : entering->second)
                ++inWindow[fingerprint];
        for (; leaving != entering && leaving->first <= end - window; ++leaving)
            for (const QString &fingerprint : leaving->second)
                if (--inWindow[fingerprint] == 0)
                    inWindow.remove(fingerprint);
        peak = std::max(peak, int(inWindow.size()));
    }
    return peak;
}

QList<BudgetRecommendation> BudgetRecommender::recommend(const QMap<QString, int> &windowDays,
                                                         const QMap<QString, int> &current,
                                                         int defaultWindow) const
{
    QStringList classes = m_values.keys() + windowDays.keys() + current.keys();
    std::ranges::sort(classes);
    classes.erase(std::unique(classes.begin(), classes.end()), classes.end());
    QList<BudgetRecommendation> rows;
    for (const QString &valueClass : std::as_const(classes)) {
        BudgetRecommendation row;
        row.valueClass = valueClass;
        row.windowDays = windowDays.value(valueClass, defaultWindow);
        row.current = current.value(valueClass, 0);
        row.users = int(m_users.size());
        const auto perUser = m_values.value(valueClass);
        QList<int> peaks;
        for (const QString &user : m_users) {
            const auto it = perUser.constFind(user);
            peaks.append(it == perUser.cend() ? 0 : peakDistinct(*it, row.windowDays, m_firstDay, m_lastDay));
        }
        row.p99 = percentile99(peaks);
        row.maxObserved = peaks.isEmpty() ? 0 : *std::ranges::max_element(peaks);
        row.recommended = row.p99 + 1;
        rows.append(row);
    }
    return rows;
}

} // namespace custos::audit
