#pragma once

#include "gateway/EvidenceSink.h"

#include <memory>

namespace custos {

class EvidenceStore;
class LoggingGapTracker;
struct LoggingGap;

// Appends interactions to the encrypted ledger through its group-committing writer thread.
//
// A failed write leaves a trace: the sink keeps a bounded summary of the failures (LoggingGap) and
// appends it as one `logging_failure` admin event ahead of the next write, so it lands as soon as
// the store takes writes again. If the store is still unwritable when the sink goes away (a clean
// stop), the summary is logged and saved next to the store as PATH.logging-gap.json (counts,
// times, interaction ids and the error; no payload), and the next sink on that store records it
// at start. A disk that takes neither leaves only the warning in the log.
class StoreEvidenceSink : public EvidenceSink
{
public:
    explicit StoreEvidenceSink(std::shared_ptr<EvidenceStore> store);
    ~StoreEvidenceSink() override;
    void append(EvidenceEvent event, Durable durable) override;

    // Failures not yet recorded in the ledger.
    LoggingGap pendingGap() const;
    static QString carryOverFile(const QString &storePath);

private:
    void recordPendingGap();
    void recordCarriedOverGap();
    void saveUnrecordedGap(const LoggingGap &gap) const;

    std::shared_ptr<EvidenceStore> m_store;
    std::shared_ptr<LoggingGapTracker> m_gaps;
    QString m_carryOver;
};

} // namespace custos
