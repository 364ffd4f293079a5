#pragma once

#include "core/audit/InteractionTables.h"
#include "core/evidence/EvidenceEvent.h"
#include "core/exceptions/ExceptionScope.h"

#include <QHash>
#include <QSet>

#include <functional>
#include <optional>

namespace custos::audit {

class PolicyVersionTable;

// One exception's steps replayed in ledger order, judged as an auditor would: who decided and
// whether they were allowed to, and whether every use fell inside the granted scope and time.
class ExceptionTrail
{
public:
    using GroupsOf = std::function<QStringList(const QString &user)>;
    struct Step
    {
        const EvidenceEvent *event = nullptr;
        QString anomaly;
    };

    explicit ExceptionTrail(QString id)
        : m_id(std::move(id))
    {}
    void addEvent(const EvidenceEvent *event) { m_steps.append(Step{event, {}}); }
    // Replays the steps; `uses` are the in-scope interactions naming this exception.
    void judge(const PolicyVersionTable &versions, const GroupsOf &groupsOf, const QList<ExceptionUse> &uses,
               const LedgerWindow &window);

    const QString &id() const { return m_id; }
    const QList<Step> &steps() const { return m_steps; }
    const EvidenceEvent *request() const { return m_request; }
    QString requester() const { return m_requester; }
    QString status() const { return m_status; }
    const ExceptionScope &requestedScope() const { return m_requestedScope; }
    const std::optional<ExceptionScope> &grantedScope() const { return m_granted; }
    const QDateTime &expiresAt() const { return m_expiresAt; }
    const QDateTime &decidedAt() const { return m_decidedAt; }
    const QString &decidedBy() const { return m_decidedBy; }
    const QString &revokedBy() const { return m_revokedBy; }
    const QDateTime &revokedAt() const { return m_revokedAt; }
    const QString &reason() const { return m_reason; }
    bool singleUse() const { return m_singleUse; }
    int usesTotal() const { return m_uses; }
    int usesInPeriod() const { return m_usesInPeriod; }
    bool fourEyesOk() const { return m_fourEyesOk; }
    QStringList anomalies() const;
    bool touches(const LedgerWindow &window, const QDateTime &from, const QDateTime &to) const;

private:
    void judgeDecision(Step &step, const PolicyVersionTable &versions, const GroupsOf &groupsOf,
                       bool refused);
    void judgeUse(Step &step, const QHash<QString, const ExceptionUse *> &byInteraction);
    void judgeUnrecordedUses(const QList<ExceptionUse> &uses);
    QString unnamedApproverRule(const QString &approver, const QString &policyHash,
                                const PolicyVersionTable &versions, const GroupsOf &groupsOf) const;
    void note(Step &step, const QString &anomaly);

    QString m_id;
    QList<Step> m_steps;
    const EvidenceEvent *m_request = nullptr;
    QString m_requester;
    QString m_status = QStringLiteral("pending");
    ExceptionScope m_requestedScope;
    std::optional<ExceptionScope> m_granted;
    QDateTime m_expiresAt;
    QDateTime m_decidedAt;
    QString m_decidedBy;
    QString m_revokedBy;
    QDateTime m_revokedAt;
    QDateTime m_endedAt; // revoked, expired or used up
    QString m_reason;
    bool m_singleUse = false;
    int m_uses = 0;
    int m_usesInPeriod = 0;
    bool m_fourEyesOk = true;
    QStringList m_unstepped; // anomalies not tied to one step
    QSet<QString> m_usedInteractions;
};

} // namespace custos::audit
