#pragma once

#include "core/audit/PackVerification.h"

#include <QByteArray>
#include <QHash>

namespace custos::audit {

// The checks of tools/verify_chain.py, natively: chain.csv recomputed from the manifest's anchor
// (consecutive seqs, prev_hash links, each hash), the checkpoints against the recomputed chain and
// their .msg files, and in raw mode every payloads.jsonl line against its digest. Each failure
// names its seq.
class PackChainCheck
{
public:
    PackChainCheck(QString packRoot, qint64 anchorSeq, QByteArray anchorHash, int chainFormula);
    PackCheck chain();
    PackCheck checkpoints();
    PackCheck rawPayloads(); // ok with "not a raw pack" when there is no payloads.jsonl

private:
    struct Columns;
    static QByteArray recompute(const QStringList &cells, const Columns &columns, int formula,
                                QString &problem);
    struct Link
    {
        QByteArray hash;
        QByteArray digest;
    };
    QString m_root;
    qint64 m_anchorSeq;
    QByteArray m_anchorHash;
    int m_formula = 2;
    qint64 m_lastSeq = 0;
    QHash<qint64, Link> m_links; // every seq's recomputed hash and payload digest (about 100 bytes each)
};

} // namespace custos::audit
