#pragma once

#include "core/evidence/EvidenceEvent.h"
#include "core/exceptions/ExceptionBook.h"
#include "core/exceptions/ExceptionRules.h"
#include "core/identity/Credentials.h"
#include "core/identity/UserDirectory.h"

#include <QHash>
#include <QMutex>
#include <QSet>

#include <memory>

namespace custos {

class EvidenceStore;

// One exception request as a caller makes it; the requester comes from the credentials.
struct ExceptionRequestInput
{
    ExceptionScope scope;
    QString justification;
    qint64 seconds = 0; // 0: the rules' default
    QString interactionId;
};

// The exception path on the real ledger. Every command authenticates its caller, lets the book
// validate, appends the event durably and only then applies it, so the book always equals the
// ledger. Every refusal (bad credentials, four-eyes, not a named approver, unknown or decided
// request, scope or duration out of bounds) returns the error and records exactly one "refused"
// event (kind approval for decisions, exception otherwise) and changes nothing else.
// Thread-safe: commands are serialised; claimFor() may run on many gateway threads at once.
class ExceptionService
{
public:
    ExceptionService(EvidenceStore &store, std::shared_ptr<const UserDirectory> users,
                     std::shared_ptr<const ExceptionRules> rules);

    // Rebuilds the book from the ledger's exception and approval events. The user directory is
    // loaded by its owner (UserService::load or UserDirectory::rebuild).
    Result<void> load();
    // Folds the exception and approval events appended since the last load or refresh (by other
    // processes: this service's own events are applied as they are recorded). Cheap when there
    // are none: one indexed query per kind.
    Result<void> refresh();

    Result<ExceptionRecord> request(const Credentials &requester, const ExceptionRequestInput &input,
                                    const QDateTime &now = QDateTime::currentDateTimeUtc());
    Result<ExceptionRecord> approve(const QString &id, const Credentials &approver,
                                    const ApprovalTerms &terms,
                                    const QDateTime &now = QDateTime::currentDateTimeUtc());
    Result<ExceptionRecord> reject(const QString &id, const Credentials &approver, const QString &reason,
                                   const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The requester, a named approver of the rules, a risk officer or an admin may revoke.
    Result<ExceptionRecord> revoke(const QString &id, const Credentials &actor, const QString &reason,
                                   const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Records "expired" for every approved exception past its end; returns how many.
    Result<int> sweepExpired(const QDateTime &now = QDateTime::currentDateTimeUtc());

    // For the gateway: the active exception covering `subject`, recorded as "used" (naming the
    // subject's interaction) before it is returned. The use is a compare-and-append: it is recorded
    // only if no other process wrote an exception event about it since this service last looked
    // (else the service refreshes and looks once more), so a single-use exception is spent once
    // and a revocation is honoured even across processes. Expired ones are swept first. An error
    // means the use could not be recorded: treat it as not covered (fail closed).
    Result<std::optional<ExceptionRecord>> claimFor(const ExceptionSubject &subject,
                                                    const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Every rule in `rules` needs cover (the subject's ruleId is replaced per rule). Returns the
    // exception ids used, one per rule, or nothing when some rule is not covered; nothing is
    // claimed unless every rule is covered.
    Result<std::optional<QStringList>> claimForRules(const ExceptionSubject &subject,
                                                     const QStringList &rules,
                                                     const QDateTime &now = QDateTime::currentDateTimeUtc());

    QList<ExceptionRecord> list(std::optional<ExceptionStatus> status = std::nullopt) const;
    std::optional<ExceptionRecord> show(const QString &id) const { return m_book->find(id); }
    // The ledger events about exception `id`, oldest first, refusals included.
    Result<QList<EvidenceEvent>> history(const QString &id) const;
    const ExceptionBook &book() const { return *m_book; }

private:
    struct Caller
    {
        User user;
        Credentials::Method method;
    };
    Result<Caller> authenticate(const Credentials &credentials, Permission needed) const;
    Result<qint64> record(const ExceptionEvent &event, const QString &via = {});
    // Records a use unless the ledger holds an event about the exception that this service has not
    // seen (another process revoked it, or used it up): then nothing is recorded (nullopt).
    Result<std::optional<qint64>> recordUse(const ExceptionEvent &event);
    EvidenceEvent evidenceFor(const ExceptionEvent &event, const QString &via) const;
    void noteRecorded(qint64 seq, const QString &exceptionId); // call with m_foldLock held
    Error refuse(EventKind kind, const QString &attempted, const Credentials &actor, const QString &id,
                 const Error &why, const QDateTime &now);
    Result<void> mayRevoke(const ExceptionRecord &record, const User &actor) const;
    Result<ExceptionRecord> decide(EventKind refusalKind, const QString &attempted, const QString &id,
                                   const Credentials &approver, const QDateTime &now,
                                   const std::function<Result<ExceptionEvent>(const QString &)> &command);
    Result<int> sweepLocked(const QDateTime &now);
    bool hasDueExpiries(const QDateTime &now) const;

    EvidenceStore &m_store;
    std::shared_ptr<const UserDirectory> m_users;
    std::shared_ptr<const ExceptionRules> m_rules;
    std::unique_ptr<ExceptionBook> m_book;
    QMutex m_commandLock;
    // Guards appending and folding, so an event is applied exactly once: either as it is recorded
    // (then its seq is in m_ownSeqs until a refresh passes it) or when a refresh finds it.
    QMutex m_foldLock;
    qint64 m_foldedSeq = 0;
    QSet<qint64> m_ownSeqs;
    QHash<QString, qint64> m_lastSeqOf; // exception id -> its newest event this service has applied
};

} // namespace custos
