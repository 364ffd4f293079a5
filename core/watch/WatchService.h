#pragma once

#include "core/common/Error.h"
#include "core/evidence/EvidenceEvent.h"
#include "core/watch/WatchEngine.h"

#include <QDateTime>

namespace custos {

class EvidenceStore;

// The watchers over a store: the same WatchEngine the simulator runs, fed with the ledger's
// interactions and alert decisions in seq order, clocked by the events' times. The first catchUp()
// is the rebuild (the whole ledger, so a rebuild raises the same alerts); later calls read only what
// was appended since. Alerts the ledger does not hold yet are recorded as `alert` events by the
// system actor "custos-watch"; a broken budget also sets a risk level (RiskLevelRecorder).
class WatchService
{
public:
    static constexpr QLatin1StringView kActor{"custos-watch"};

    // Watches with the settings of the store's active policy version (the defaults while none).
    static Result<std::unique_ptr<WatchService>> forActivePolicy(EvidenceStore &store);
    WatchService(EvidenceStore &store, WatchSettings settings, QString policyHash);

    struct Outcome
    {
        QList<WatchAlert> raised;   // every alert the engine raised in this pass
        QList<WatchAlert> recorded; // those newly written to the ledger
        qint64 events = 0;          // ledger events read
    };
    // Reads what is new in the ledger, closes the days before `now`, records new alerts. With
    // `record` false nothing is written (a dry rebuild).
    Result<Outcome> catchUp(const QDateTime &now, bool record = true);

    const WatchEngine &engine() const { return m_engine; }

private:
    void feed(const EvidenceEvent &event, QList<WatchAlert> &raised);
    // Records the alert, and for a broken budget the risk level it sets from `now`.
    Result<void> recordAlert(const WatchAlert &alert, const QDateTime &now);

    EvidenceStore &m_store;
    WatchEngine m_engine;
    qint64 m_lastSeq = 0;
};

} // namespace custos
