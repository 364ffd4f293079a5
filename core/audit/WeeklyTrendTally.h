#pragma once

#include "core/audit/RiskReportFacts.h"

#include <QSet>

namespace custos::audit {

// Sums the period by ISO week (Monday to Sunday, UTC), the first and last week clipped to the
// period, so a trend across weeks reads at a glance. Days outside the period are ignored.
class WeeklyTrendTally
{
public:
    WeeklyTrendTally(QDate firstDay, QDate lastDay);

    struct Interaction
    {
        QDate day;
        qint64 hits = 0;
        QStringList fingerprints; // class-qualified, so equal digests of two classes stay apart
        bool enforced = false;
        bool wouldHave = false;
    };
    void addInteraction(const Interaction &interaction);
    void addAlert(QDate day);
    void addExceptionRequest(QDate day);

    QList<WeekTrend> weeks() const;

private:
    qsizetype indexOf(QDate day) const; // -1 outside the period

    QList<WeekTrend> m_weeks;
    QList<QSet<QString>> m_values;
};

} // namespace custos::audit
