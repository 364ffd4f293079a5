#pragma once

#include "core/audit/AuditDataset.h"
#include "core/audit/LedgerWindow.h"

#include <QMap>
#include <QSet>

namespace custos {
class EvidenceStore;
struct LedgerRow;
} // namespace custos

namespace custos::audit {

// What every part of one collect shares: the store, the scope and its ledger window, the sink,
// progress and cancellation, and the principals seen so far (principals.csv lists exactly those).
class AuditContext
{
public:
    AuditContext(const EvidenceStore &store, const AuditScope &scope, const LedgerWindow &window,
                 TableSink &sink, const AuditProgress &progress);

    const EvidenceStore &store() const { return m_store; }
    const AuditScope &scope() const { return m_scope; }
    const LedgerWindow &window() const { return m_window; }
    TableSink &sink() const { return m_sink; }

    bool serviceChosen(const QString &service) const;
    // An event of the period that belongs to a chosen service, or to no service at all.
    bool inScope(const LedgerRow &row) const;
    bool interactionInScope(const LedgerRow &row) const;

    // Reports progress within a stage spanning [fromPercent, toPercent] of the whole collect.
    void stage(int fromPercent, int toPercent, const QString &name);
    // Call once per row of a pass over seqs [first, last]: reports progress now and then, and
    // returns an error once the caller asked to cancel.
    Result<void> tick(qint64 seq, qint64 first, qint64 last);
    Result<void> checkCancelled() const;

    void see(const QString &name, const QString &as);
    void seeKey(const QString &prefix) { m_keys.insert(prefix); }
    const QMap<QString, QSet<QString>> &sightings() const { return m_seen; }
    const QSet<QString> &keys() const { return m_keys; }

private:
    const EvidenceStore &m_store;
    const AuditScope &m_scope;
    const LedgerWindow &m_window;
    TableSink &m_sink;
    const AuditProgress &m_progress;
    QSet<QString> m_services;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    int m_stageFrom = 0;
    int m_stageTo = 0;
    QString m_stageName;
    int m_lastPercent = -1;
    qint64 m_ticks = 0;
    QMap<QString, QSet<QString>> m_seen;
    QSet<QString> m_keys;
};

} // namespace custos::audit
