#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace custos {

// One published policy version as its policy_publish ledger event records it: the exact YAML
// source, so any interaction's policy hash resolves to the text that governed it.
struct PublishedVersion
{
    qint64 seq = 0; // the ledger event
    QString hash;
    QString policyId;
    QString title;
    QString comment;
    QString author;        // a user name, or "file:<path>" for a version loaded by custosctl serve
    QDateTime publishedAt; // UTC
    QByteArray source;     // YAML as published
    QString previousHash;  // the version it replaced, empty for the first

    QJsonObject toPayload() const;
    static Result<PublishedVersion> fromPayload(const QJsonObject &payload);
    QJsonObject toJson(bool withSource) const; // for `custosctl policy history --json` and the console
};

} // namespace custos
