#pragma once

#include "core/common/Error.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace custos {

// A signed statement "the ledger had head `hash` at `seq`", made by the store's Ed25519 key.
// Kept inside the store and exportable, so a copy kept elsewhere can catch truncation and rollback.
struct Checkpoint
{
    qint64 seq = 0;
    QByteArray hash;
    QDateTime time;
    QByteArray signature;

    // The bytes signed: "custos-checkpoint-v1" || seq (8 bytes BE) || hash || time in ms (8 bytes BE).
    QByteArray signedMessage() const;
    QJsonObject toJson() const;
    static Result<Checkpoint> fromJson(const QJsonObject &json);
};

// An export: the store's public key and its checkpoints, as written by exportCheckpoints().
struct CheckpointExport
{
    QByteArray publicKey;
    QList<Checkpoint> checkpoints;

    QJsonObject toJson() const;
    static Result<CheckpointExport> fromJson(const QJsonObject &json);
    static Result<CheckpointExport> readFile(const QString &path);
};

} // namespace custos
