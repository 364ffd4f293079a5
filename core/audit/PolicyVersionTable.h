#pragma once

#include "core/audit/AuditContext.h"
#include "core/exceptions/ExceptionRules.h"
#include "core/publishing/PublishedVersion.h"

#include <memory>
#include <vector>

namespace custos::audit {

class DecisionStats;
class GapLog;

// One published version with what follows from the ledger: when the next one replaced it, and
// the parsed policy (for its retention and its approvers).
struct VersionInfo
{
    PublishedVersion version;
    QDateTime effectiveTo;                       // invalid: still in force
    std::shared_ptr<const ExceptionRules> rules; // null when the source does not parse
    std::optional<RetentionSettings> retention;  // the version's retention section, when it parses
    QString problem;
};

// Every policy version of the ledger, read from its policy_publish events, and policy_versions.csv.
class PolicyVersionTable
{
public:
    static Result<PolicyVersionTable> load(const EvidenceStore &store);

    // The versions active at some time in [from, to), oldest first.
    QList<const VersionInfo *> inForce(const QDateTime &from, const QDateTime &to) const;
    const VersionInfo *find(const QString &hash) const;
    // The approvers the version names for `rule` ("name" or "group:NAME"); nullopt when the
    // version or the rule is unknown, so no approver check is possible.
    std::optional<QStringList> approversOf(const QString &hash, const QString &rule) const;

    Result<CsvTable> write(AuditContext &context, const DecisionStats &stats, AuditReport &report,
                           GapLog &gaps) const;

private:
    QStringList versionCells(const VersionInfo &info, bool inForce, qint64 decisions) const;

    std::vector<VersionInfo> m_versions; // publish order
};

} // namespace custos::audit
