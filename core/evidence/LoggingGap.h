#pragma once

#include "EvidenceEvent.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace custos {

// A stretch of interactions whose evidence could not be written (full disk, I/O error, a lost
// store), summed up so the ledger can say afterwards what it is missing. It is recorded as one
// `admin` event with action "logging_failure" once the store takes writes again; the kind stays
// "admin" so no existing kind name, and so no chain hash, changes. The summary is bounded: the
// first kMaxIds interaction ids are kept, the rest only counted.
struct LoggingGap
{
    static constexpr qsizetype kMaxIds = 100;
    static constexpr QLatin1StringView kAction{"logging_failure"};

    qint64 failures = 0;
    qint64 releasedFailOpen = 0; // passed on to the caller unrecorded (failure_mode: open)
    QDateTime first;             // UTC, when the first and last failed write was reported
    QDateTime last;
    QStringList interactionIds;
    qint64 idsOmitted = 0;
    QString error; // the store's last error

    bool isEmpty() const { return failures == 0; }
    void noteFailure(const QString &interactionId, bool failOpen, const QString &why, const QDateTime &when);
    // Adds another summary (a gap event that could not be written goes back into the pending one).
    void merge(const LoggingGap &other);

    QJsonObject toPayload() const;
    // nullopt unless `payload` is a logging_failure admin payload.
    static std::optional<LoggingGap> fromPayload(const QJsonObject &payload);
    EvidenceEvent toEvent(const QString &actor) const;
    // One line for gaps.csv, the PDF and the log: counts, period, fail-open count, error.
    QString describe() const;
};

} // namespace custos
