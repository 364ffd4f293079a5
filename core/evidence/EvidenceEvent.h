#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace custos {

enum class EventKind {
    Interaction,
    Approval,
    Exception,
    PolicyPublish,
    Admin,
    Retention,
    AuditExport,
    Alert,
    RiskLevel
};

// "interaction", "approval", "exception", "policy_publish", "admin", "retention", "audit_export",
// "alert" (a watcher's alert and people's dismissals, confirmations and escalations of it),
// "risk_level" (a risk level set or lifted for a user and value class): the text that goes into the
// chain hash, so it must never change.
QString eventKindName(EventKind kind);
std::optional<EventKind> eventKindFromName(QStringView name);

// One ledger entry. The caller fills kind, actor, policyHash, payload and the projection fields;
// the store fills seq, time (when it was recorded; put the caller's own timestamps in the payload),
// payloadDigest, prevHash and hash.
struct EvidenceEvent
{
    qint64 seq = 0;
    QDateTime time; // UTC, millisecond precision
    EventKind kind = EventKind::Interaction;
    QString actor;
    QString policyHash;
    QJsonObject payload;
    QByteArray payloadDigest; // SHA-256 of the canonical payload JSON
    QByteArray prevHash;
    QByteArray hash;
    bool tombstoned = false; // payload replaced by {"tombstone": reason}; digest kept
    QByteArray facts;        // the projection record (EventFacts) as stored; its digest is chained

    // Projections for queries, written to the query tables in the same transaction.
    QString service;
    QString user;
    QString decision; // allow, block, redact, reroute, ...
    QStringList rules;
    QStringList dataClasses; // detector classes that fired
    QString exceptionId;
    QString caseId; // legal case this event belongs to (holds can name it)
    QString model;
    QString route;
    // Free text indexed for search (prompts and responses); when empty, the payload's strings.
    QString searchText;

    // For exports and `custosctl evidence query --json`. Secrets in the payload (password hashes)
    // are left out and named under "withheld".
    QJsonObject toJson() const;
};

} // namespace custos

Q_DECLARE_METATYPE(custos::EvidenceEvent)
