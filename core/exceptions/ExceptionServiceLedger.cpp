// ExceptionService's side of the ledger: rebuilding, recording, refusals and history.
#include "core/exceptions/ExceptionService.h"

#include "core/common/Logging.h"
#include "core/evidence/EvidenceStore.h"

#include <QJsonArray>

namespace custos {

namespace {

QStringList stringsFrom(const QJsonValue &value)
{
    QStringList strings;
    for (const QJsonValue &entry : value.toArray())
        strings << entry.toString();
    return strings;
}

// The exception and approval events after `afterSeq`, oldest first.
Result<QList<EvidenceEvent>> exceptionEventsAfter(const EvidenceStore &store, qint64 afterSeq)
{
    QList<EvidenceEvent> events;
    for (EventKind kind : {EventKind::Exception, EventKind::Approval}) {
        EvidenceQuery query;
        query.kind = kind;
        query.afterSeq = afterSeq;
        auto some = store.queryAll(query);
        if (!some)
            return std::unexpected(some.error());
        events.append(std::move(*some));
    }
    std::sort(events.begin(), events.end(), [](const auto &a, const auto &b) { return a.seq < b.seq; });
    return events;
}

Result<void> applyEvent(ExceptionBook &book, const EvidenceEvent &event)
{
    // Retention may have dropped a payload; the chain still verifies, but the step is gone.
    if (event.tombstoned) {
        qCWarning(lcExceptions) << "ledger event" << event.seq << "was erased; skipping it";
        return {};
    }
    if (const auto applied = book.apply(event.payload); !applied)
        return fail(QStringLiteral("ledger event %1: %2").arg(event.seq).arg(applied.error().message));
    return {};
}

} // namespace

Result<void> ExceptionService::load()
{
    // Always the command lock before the fold lock (record() runs under both).
    QMutexLocker commands(&m_commandLock);
    QMutexLocker folding(&m_foldLock);
    auto events = exceptionEventsAfter(m_store, 0);
    if (!events)
        return std::unexpected(events.error());
    auto book = std::make_unique<ExceptionBook>(
        m_rules->lookup(), [users = m_users](const QString &name) { return users->groupsOf(name); });
    QHash<QString, qint64> lastSeqOf;
    for (const EvidenceEvent &event : std::as_const(*events)) {
        if (auto applied = applyEvent(*book, event); !applied)
            return applied;
        if (!event.exceptionId.isEmpty())
            lastSeqOf.insert(event.exceptionId, event.seq);
    }
    m_book = std::move(book);
    m_foldedSeq = events->isEmpty() ? 0 : events->constLast().seq;
    m_ownSeqs.clear();
    m_lastSeqOf = std::move(lastSeqOf);
    return {};
}

Result<void> ExceptionService::refresh()
{
    QMutexLocker commands(&m_commandLock); // a command validates and records against one state
    QMutexLocker folding(&m_foldLock);
    auto events = exceptionEventsAfter(m_store, m_foldedSeq);
    if (!events)
        return std::unexpected(events.error());
    for (const EvidenceEvent &event : std::as_const(*events)) {
        if (!m_ownSeqs.remove(event.seq)) {
            if (auto applied = applyEvent(*m_book, event); !applied)
                return applied;
            if (!event.exceptionId.isEmpty())
                m_lastSeqOf.insert(event.exceptionId, event.seq);
        }
        m_foldedSeq = event.seq;
    }
    m_ownSeqs.removeIf([this](qint64 seq) { return seq <= m_foldedSeq; });
    return {};
}

EvidenceEvent ExceptionService::evidenceFor(const ExceptionEvent &event, const QString &via) const
{
    EvidenceEvent evidence;
    evidence.kind = event.ledgerKind == u"approval" ? EventKind::Approval : EventKind::Exception;
    evidence.actor = event.actor;
    evidence.policyHash = m_rules->policyHash();
    evidence.payload = event.payload;
    if (!via.isEmpty())
        evidence.payload.insert(QStringLiteral("authenticated_by"), via);
    evidence.exceptionId = event.payload.value(u"exception_id").toString();
    evidence.decision = event.payload.value(u"event").toString();
    if (const auto existing = m_book->find(evidence.exceptionId)) {
        evidence.rules = existing->requestedScope.rules;
        evidence.user = existing->requester;
    } else {
        evidence.rules = stringsFrom(event.payload.value(u"scope").toObject().value(u"rules"));
        evidence.user = event.payload.value(u"requester").toString();
    }
    return evidence;
}

void ExceptionService::noteRecorded(qint64 seq, const QString &exceptionId)
{
    if (seq > m_foldedSeq)
        m_ownSeqs.insert(seq);
    if (!exceptionId.isEmpty())
        m_lastSeqOf.insert(exceptionId, seq);
}

Result<qint64> ExceptionService::record(const ExceptionEvent &event, const QString &via)
{
    const EvidenceEvent evidence = evidenceFor(event, via);
    QMutexLocker folding(&m_foldLock);
    const auto seq = m_store.append(evidence);
    if (!seq)
        return std::unexpected(seq.error());
    noteRecorded(*seq, evidence.exceptionId);
    if (const auto applied = m_book->apply(event.payload); !applied) {
        // The ledger holds it now; a fold error here is a bug, so say so loudly.
        qCCritical(lcExceptions) << "recorded event" << *seq << "does not apply:" << applied.error().message;
        return std::unexpected(applied.error());
    }
    return seq;
}

Result<std::optional<qint64>> ExceptionService::recordUse(const ExceptionEvent &event)
{
    const EvidenceEvent evidence = evidenceFor(event, {});
    QMutexLocker folding(&m_foldLock);
    // Revocation, expiry and use are exception events; approval events after the approval are
    // refusals only, and interactions name the exception without changing it.
    EvidenceQuery about;
    about.kind = EventKind::Exception;
    about.exceptionId = evidence.exceptionId;
    const auto seq = m_store.appendUnlessNewer(evidence, about, m_lastSeqOf.value(evidence.exceptionId));
    if (!seq || !*seq)
        return seq;
    noteRecorded(**seq, evidence.exceptionId);
    if (const auto applied = m_book->apply(event.payload); !applied) {
        qCCritical(lcExceptions) << "recorded use" << **seq << "does not apply:" << applied.error().message;
        return std::unexpected(applied.error());
    }
    return seq;
}

Error ExceptionService::refuse(EventKind kind, const QString &attempted, const Credentials &actor,
                               const QString &id, const Error &why, const QDateTime &now)
{
    QJsonObject payload{{QStringLiteral("event"), QStringLiteral("refused")},
                        {QStringLiteral("attempted"), attempted},
                        {QStringLiteral("reason"), why.message},
                        {QStringLiteral("at"), now.toUTC().toString(Qt::ISODateWithMs)}};
    if (!id.isEmpty())
        payload.insert(QStringLiteral("exception_id"), id);
    const QString actorName = actor.user.isEmpty() ? QStringLiteral("unknown") : actor.user;
    const ExceptionEvent refusal{kind == EventKind::Approval ? QStringLiteral("approval")
                                                             : QStringLiteral("exception"),
                                 actorName, payload};
    if (const auto seq = record(refusal, actor.methodName()); !seq)
        qCWarning(lcExceptions) << "could not record a refused" << attempted << ":" << seq.error().message;
    qCInfo(lcExceptions) << attempted << id << "refused for" << actorName << ":" << why.message;
    return why;
}

Result<QList<EvidenceEvent>> ExceptionService::history(const QString &id) const
{
    if (id.isEmpty())
        return fail(QStringLiteral("name an exception id"));
    EvidenceQuery query;
    query.exceptionId = id;
    auto events = m_store.queryAll(query);
    if (!events)
        return std::unexpected(events.error());
    if (events->isEmpty() && !m_book->find(id))
        return fail(QStringLiteral("no exception with id %1").arg(id));
    return events;
}

} // namespace custos
