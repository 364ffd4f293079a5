#pragma once

#include "Checkpoint.h"
#include "EvidenceBackend.h"
#include "TombstoneCoverage.h"
#include "VerifyReport.h"

#include <QHash>

#include <optional>

namespace custos {

// Recomputes the hash chain row by row and names the first damage it finds. Rows are judged one
// row late, because telling an insertion or a swap from a modification needs the next row.
class LedgerVerifier
{
public:
    LedgerVerifier(QByteArray publicKey, const QList<Checkpoint> &checkpoints, qint64 recordedHeadSeq,
                   const std::optional<CheckpointExport> &external = std::nullopt, int chainFormula = 2);

    // Checks signatures before the scan; false when damage was found.
    bool checkSignatures();
    // Feeds the next row in seq order; false once damage was found (stop feeding).
    bool feed(const ChainRow &row);
    VerifyReport finish();
    // As finish(), for a scan that stopped on purpose after seq `upToSeq`: the rows after it and
    // the recorded head are not judged, but events missing up to `upToSeq` are.
    VerifyReport finishPrefix(qint64 upToSeq);

    const VerifyReport &report() const { return m_report; }
    qint64 eventsChecked() const { return m_report.eventsChecked; }

private:
    bool check(const ChainRow &row, const ChainRow *next);
    bool judgeBrokenLink(const ChainRow &row, const ChainRow *next);
    bool accept(const ChainRow &row);
    bool damage(Damage kind, qint64 seq, QString detail);
    void checkTail();
    void checkNoneDeleted();
    QByteArray hashOf(const QByteArray &prevHash, qint64 seq, const ChainRow &row) const;

    QByteArray m_publicKey;
    QList<Checkpoint> m_checkpoints;
    std::optional<CheckpointExport> m_external;
    qint64 m_recordedHeadSeq = 0;
    QHash<qint64, QByteArray> m_vouched; // checkpoint seq -> hash (internal and external)
    QHash<qint64, bool> m_vouchedExternally;

    qint64 m_expectedSeq = 1;
    QByteArray m_lastGood;
    QByteArray m_beforeLastGood;
    std::optional<ChainRow> m_pending;
    int m_formula = 2;
    TombstoneCoverage m_tombstones; // formula 2 only: formula-1 stores predate the drop events
    VerifyReport m_report;
};

} // namespace custos
