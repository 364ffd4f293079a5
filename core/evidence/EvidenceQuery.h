#pragma once

#include "EvidenceEvent.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace custos {

// A filtered, paginated look at the ledger. Empty fields do not filter. Pages are keyset-paginated:
// pass the previous page's nextCursor as `afterSeq` (continuing in the same order).
struct EvidenceQuery
{
    QDateTime from; // inclusive
    QDateTime to;   // exclusive
    QString service;
    QString user;
    QString decision;
    QString rule;
    QString dataClass;
    QString exceptionId;
    QString caseId;
    std::optional<EventKind> kind;
    QString text; // free text over prompts and responses (all words must occur)
    int limit = 100;
    qint64 afterSeq = 0; // 0: from the start (newest when newestFirst)
    bool newestFirst = true;

    static constexpr int kMaxLimit = 10000;
};

// What the gateway decided since a point in time, for the console's dashboard.
struct ActivitySummary
{
    qint64 interactions = 0;
    QMap<QString, qint64> decisions;            // decision -> interactions
    QList<std::pair<QString, qint64>> topRules; // most often fired first
};

struct EvidencePage
{
    QList<EvidenceEvent> events;
    qint64 nextCursor = 0; // 0 when there is no further page
};

} // namespace custos
