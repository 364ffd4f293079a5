#pragma once

#include "core/common/Error.h"
#include "core/evidence/EvidenceEvent.h"
#include "core/watch/WatchAlert.h"

#include <QDateTime>
#include <QList>

namespace custos {

class EvidenceStore;

// One alert with what people did about it.
struct AlertRecord
{
    // Escalated: handed to risk officers, still undecided (a risk level already stands).
    enum class State { Open, Escalated, Dismissed, Confirmed };
    WatchAlert alert;
    qint64 seq = 0; // of its "raised" event
    QDateTime recorded;
    State state = State::Open;
    QString decidedBy;
    QString reason;
    QDateTime decidedAt;
    QString escalatedBy; // set once escalated, kept after the risk officer's decision
    QString escalationReason;
    QDateTime escalatedAt;

    static QString stateName(State state); // "open", "escalated", "dismissed", "confirmed"
    bool isUndecided() const { return state == State::Open || state == State::Escalated; }
    QJsonObject toJson() const;
};

// The alerts of a store, folded from its `alert` ledger events: "raised" (by the watcher) and
// "escalated" / "dismissed" / "confirmed" (by a named person). Nothing else holds alert state, so they
// survive restarts and every process sees the same.
class AlertBook
{
public:
    static Result<AlertBook> load(const EvidenceStore &store);
    // Applies one alert event; other kinds are ignored.
    void apply(const EvidenceEvent &event);

    QList<AlertRecord> all() const { return m_records; } // oldest first
    const AlertRecord *find(const QString &alertIdOrPrefix) const;
    bool contains(const QString &alertId) const;

private:
    QList<AlertRecord> m_records;
};

} // namespace custos
