#include "core/audit/WeeklyTrendTally.h"

namespace custos::audit {

WeeklyTrendTally::WeeklyTrendTally(QDate firstDay, QDate lastDay)
{
    for (QDate start = firstDay; start.isValid() && start <= lastDay;) {
        const QDate sunday = start.addDays(7 - start.dayOfWeek());
        WeekTrend week;
        week.first = start;
        week.last = std::min(sunday, lastDay);
        m_weeks.append(week);
        m_values.append(QSet<QString>());
        start = sunday.addDays(1);
    }
}

qsizetype WeeklyTrendTally::indexOf(QDate day) const
{
    for (qsizetype i = 0; i < m_weeks.size(); ++i)
        if (day >= m_weeks[i].first && day <= m_weeks[i].last)
            return i;
    return -1;
}

void WeeklyTrendTally::addInteraction(const Interaction &interaction)
{
    const qsizetype index = indexOf(interaction.day);
    if (index < 0)
        return;
    WeekTrend &week = m_weeks[index];
    ++week.interactions;
    week.hits += interaction.hits;
    week.enforced += interaction.enforced ? 1 : 0;
    week.wouldHave += interaction.wouldHave ? 1 : 0;
    for (const QString &fingerprint : interaction.fingerprints)
        m_values[index].insert(fingerprint);
}

void WeeklyTrendTally::addAlert(QDate day)
{
    if (const qsizetype index = indexOf(day); index >= 0)
        ++m_weeks[index].alerts;
}

void WeeklyTrendTally::addExceptionRequest(QDate day)
{
    if (const qsizetype index = indexOf(day); index >= 0)
        ++m_weeks[index].exceptionsRequested;
}

QList<WeekTrend> WeeklyTrendTally::weeks() const
{
    QList<WeekTrend> weeks = m_weeks;
    for (qsizetype i = 0; i < weeks.size(); ++i)
        weeks[i].distinctValues = m_values[i].size();
    return weeks;
}

} // namespace custos::audit
