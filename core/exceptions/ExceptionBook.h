#pragma once

#include "core/exceptions/ExceptionRecord.h"

#include <QHash>
#include <QReadWriteLock>

#include <functional>
#include <optional>

namespace custos {

// What the policy says about excepting one rule.
struct ExceptionRulePolicy
{
    QStringList approvers; // user names, or "group:NAME"
    int defaultHours = 24;
    int maxHours = 168;
    bool singleUse = false;
    // How far the rule itself reaches (its scope and conditions): a request may not name users,
    // services, models, routes, classes or detectors outside it. Empty lists: the rule reaches all.
    // A trailing '*' matches a prefix, as in the policy.
    ExceptionScope reach;
};

struct NewExceptionRequest
{
    QString requester;
    ExceptionScope scope;
    QString justification;
    qint64 requestedSeconds = 0; // 0: the rules' default
    QString interactionId;
};

struct ApprovalTerms
{
    std::optional<ExceptionScope> narrowedScope;
    std::optional<qint64> seconds; // shorter than asked, never longer than the policy's maximum
    bool singleUse = false;        // an approver may make it single-use; the policy may require it
};

// An event for the ledger: its kind ("exception" or "approval"), who caused it and its payload.
// The payload alone is enough to rebuild the book (ExceptionBook::apply).
struct ExceptionEvent
{
    QString ledgerKind;
    QString actor;
    QJsonObject payload;
};

// The state of every exception, rebuilt from ledger events and kept current as new ones are
// recorded. Commands validate against the current state and return the event to record; the
// state changes only when that event is applied, so what the book believes is always what the
// ledger holds. Callers serialise command + record + apply (ExceptionService does).
// Thread-safe: the gateway calls claim() from many threads.
class ExceptionBook
{
public:
    using RulePolicyLookup = std::function<std::optional<ExceptionRulePolicy>(const QString &ruleId)>;
    using GroupLookup = std::function<QStringList(const QString &user)>;

    ExceptionBook(RulePolicyLookup rulePolicy, GroupLookup groupsOf);

    Result<ExceptionEvent> request(const NewExceptionRequest &request, const QDateTime &now) const;
    Result<ExceptionEvent> approve(const QString &id, const QString &approver, const ApprovalTerms &terms,
                                   const QDateTime &now) const;
    Result<ExceptionEvent> reject(const QString &id, const QString &approver, const QString &reason,
                                  const QDateTime &now) const;
    Result<ExceptionEvent> revoke(const QString &id, const QString &actor, const QString &reason,
                                  const QDateTime &now) const;
    QList<ExceptionEvent> expireDue(const QDateTime &now) const;

    // Finds an active exception covering `subject`. A single-use exception is reserved at once,
    // so two concurrent requests cannot both use it; record the returned event either way.
    struct Claim
    {
        ExceptionRecord record;
        ExceptionEvent usedEvent;
    };
    std::optional<Claim> claim(const ExceptionSubject &subject, const QDateTime &now);
    // Undoes a claim whose use was not recorded, so the exception is not spent on this side only.
    void release(const Claim &claim);
    // The exception claim() would pick, without reserving it.
    std::optional<ExceptionRecord> covering(const ExceptionSubject &subject, const QDateTime &now) const;
    // Whether `approver` is named for every rule of the record and is not its requester.
    Result<void> mayDecide(const ExceptionRecord &record, const QString &approver) const
    {
        return checkApprover(record, approver);
    }

    // Folds one recorded event. "refused" events are evidence only and change nothing.
    Result<void> apply(const QJsonObject &payload);

    std::optional<ExceptionRecord> find(const QString &id) const;
    QList<ExceptionRecord> all() const;
    // Pending requests that `approver` may decide: named for every rule, and not their own.
    QList<ExceptionRecord> pendingFor(const QString &approver) const;

private:
    Result<ExceptionRecord> pendingRecord(const QString &id) const;
    Result<void> checkApprover(const ExceptionRecord &record, const QString &approver) const;
    Result<qint64> maximumSeconds(const QStringList &rules) const;
    Result<void> checkReach(const ExceptionScope &scope) const;
    const ExceptionRecord *pick(const ExceptionSubject &subject, const QDateTime &now) const;
    Result<void> applyRequested(const QJsonObject &payload);
    Result<void> applyDecision(const QJsonObject &payload);

    RulePolicyLookup m_rulePolicy;
    GroupLookup m_groupsOf;
    mutable QReadWriteLock m_lock;
    QHash<QString, ExceptionRecord> m_records;
};

} // namespace custos
