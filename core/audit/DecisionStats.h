#pragma once

#include "core/audit/AuditReport.h"
#include "core/audit/EnforcedSample.h"

#include <map>

namespace custos::audit {

// The decision summary of the PDF, counted while interactions.csv streams: by action, by action
// and policy version, by rule, per day, and the enforced interactions the PDF lists.
class DecisionStats
{
public:
    void add(const InteractionRow &row);
    void fill(AuditReport &report) const;

    qint64 interactions() const { return m_total; }
    qint64 decisionsUnder(const QString &policyHash) const;
    const std::map<QString, qint64> &byVersion() const { return m_byVersion; }

private:
    qint64 m_total = 0;
    std::map<QString, qint64> m_byAction;
    std::map<std::pair<QString, QString>, qint64> m_byVersionAndAction;
    std::map<QString, qint64> m_byRule;
    std::map<QString, qint64> m_byVersion;
    std::map<QDate, QMap<QString, qint64>> m_perDay;
    EnforcedSample m_enforced;
};

} // namespace custos::audit
