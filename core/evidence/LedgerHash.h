#pragma once

#include "EvidenceEvent.h"

#include <QByteArray>
#include <QJsonObject>

// The hash chain: hash_i = SHA-256(hash_{i-1} || seq_i (8 bytes big endian) || kind_i || digest_i).
// The payload enters only through its digest, so a payload can be tombstoned and the chain still
// verifies.
namespace custos::ledger {

inline constexpr qsizetype kHashSize = 32;

// The canonical form of a payload: compact JSON with keys sorted (QJsonObject keeps them sorted).
QByteArray canonicalPayload(const QJsonObject &payload);
QByteArray sha256(QByteArrayView data);
QByteArray payloadDigest(const QJsonObject &payload);
QByteArray genesisHash(); // 32 zero bytes
QByteArray chainHash(QByteArrayView prevHash, qint64 seq, QStringView kindName, QByteArrayView digest);
inline QByteArray chainHash(QByteArrayView prevHash, qint64 seq, EventKind kind, QByteArrayView digest)
{
    return chainHash(prevHash, seq, eventKindName(kind), digest);
}

// The text indexed for free-text search: every string in the payload, one per line (password
// hashes excepted).
QString payloadText(const QJsonObject &payload);

} // namespace custos::ledger
