#pragma once

#include "core/common/Error.h"
#include "core/evidence/EvidenceEvent.h"
#include "core/watch/RiskLevel.h"

#include <QHash>
#include <QList>

#include <optional>

namespace custos {

class EvidenceStore;

// The risk levels of a store, folded from its `risk_level` ledger events in seq order, so they
// survive restarts and every process sees the same. A later level on the same pair replaces the
// earlier one (a second confirmation starts the days again).
class RiskLevelBook
{
public:
    static Result<RiskLevelBook> load(const EvidenceStore &store);
    // Folds the risk-level events after lastSeq(); the others are left alone.
    Result<void> refresh(const EvidenceStore &store);
    // Applies one event; other kinds are ignored.
    void apply(const EvidenceEvent &event);

    // The level standing on (user, class) at `timeMs`, if any.
    std::optional<RiskLevel> standing(const QString &user, const QString &valueClass, qint64 timeMs) const;
    // Every level standing at `timeMs`, by user then class.
    QList<RiskLevel> standingAt(qint64 timeMs) const;
    QList<RiskLevel> all() const; // every level ever set, by user then class (the latest per pair)
    bool isEmpty() const { return m_levels.isEmpty(); }
    qint64 lastSeq() const { return m_lastSeq; }

private:
    static QString keyOf(const QString &user, const QString &valueClass);

    QHash<QString, RiskLevel> m_levels; // "user\nclass" -> latest level
    qint64 m_lastSeq = 0;
};

} // namespace custos
