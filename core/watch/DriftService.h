#pragma once

#include "core/common/Error.h"
#include "core/policy/DriftSettings.h"
#include "core/watch/DriftFinding.h"

#include <QDate>
#include <QDateTime>

#include <functional>
#include <memory>
#include <optional>

namespace custos {

class EvidenceStore;
class PolicyEngine;
struct DriftWindow;
struct PublishedVersion;

// The weekly drift watchers over a store. evaluateWeek() reads the ledger's interactions up to the
// judged week's end, builds the DriftWindow (the week, the trailing baseline weeks, the history
// before the week, the rules in force over the dead-rule window), runs DriftEvaluator and records
// each alert the ledger lacks as an `alert` event by the system actor "custos-watch", at most one
// open per (watcher, service, class, subject, user). Everything it reads lies before the week's end
// and the ids derive from the week, so evaluating a week again records nothing new.
//
// Like with like: when a policy version other than the one active as the week began decided some of
// the window's interactions (a publish in the judged week, or in the baseline weeks), those are
// re-decided under the version active as the week began (DraftReplay::redecide), so a rule the
// publish added or a detector it changed is not reported as drift in the traffic; the alerts then
// say how many were replayed and under which version.
class DriftService
{
public:
    struct Report
    {
        QDate weekEnding;
        QString policyHash; // active at the week's end
        qint64 judgedInteractions = 0;
        qint64 baselineInteractions = 0;
        qint64 replayed = 0;
        qint64 replaySkipped = 0;
        QString referenceVersion; // the version replayed under, when anything was
        QList<DriftFinding> findings;
        QList<WatchAlert> raised;   // every alert of the week
        QList<WatchAlert> recorded; // those newly written to the ledger
        QList<WatchAlert> skipped;  // raised but not recorded: an alert of the same key is open
    };

    // With the settings of the store's active policy version (the defaults while none).
    static Result<std::unique_ptr<DriftService>> forActivePolicy(EvidenceStore &store);
    DriftService(EvidenceStore &store, DriftSettings settings);

    // When the event with this seq happened, in ms since the epoch, given the time the ledger
    // recorded it. Unset, the recorded time. Tests and benchmarks set it to place the events of a
    // real store in simulated weeks (the ledger only records "now"); only the clock differs.
    using EventClock = std::function<qint64(qint64 seq, qint64 recordedMs)>;
    void setEventClock(EventClock clock) { m_clock = std::move(clock); }

    // The last day of the last week that has closed at `now`: yesterday (UTC).
    static QDate lastClosedWeekEnding(const QDateTime &now);
    // Judges the 7 days ending with `weekEnding` (UTC), which must have closed. With `record` false
    // nothing is written.
    Result<Report> evaluateWeek(const QDate &weekEnding, bool record = true);

private:
    struct Versions;
    Result<Versions> versionsFor(const DriftWindow &window) const;
    Result<void> readLedger(DriftWindow &window, const Versions &versions) const;
    Result<void> recordNew(Report &report, const DriftWindow &window);

    qint64 timeOf(qint64 seq, const QDateTime &recorded) const;

    EvidenceStore &m_store;
    DriftSettings m_settings;
    EventClock m_clock;
};

} // namespace custos
