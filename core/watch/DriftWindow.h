#pragma once

#include "core/watch/DriftHistory.h"
#include "core/watch/DriftObservation.h"

#include <QDate>
#include <QList>
#include <QStringList>

namespace custos {

// What one week's drift evaluation judges: the week's interactions, the trailing weeks' (the
// baseline), what the store held before the week, and for dead rules the rules in force over the
// whole dead-rule window and the traffic in it.
struct DriftWindow
{
    QDate weekEnding; // the judged week's last day (UTC); the week is the 7 days ending with it
    QList<DriftObservation> judged;
    QList<DriftObservation> baseline;
    int baselineWeeks = 4;
    DriftHistory history; // everything before the judged week (the baseline included)
    // Rules in every policy version active from deadWindowStartMs to the week's end; empty when no
    // version was active that long.
    QStringList rulesInForce;
    qint64 deadWindowStartMs = 0;
    qint64 deadWindowInteractions = 0;
    // Interactions replayed under the version active when the week began, and those that could not
    // be (no request recorded); the reference version's hash, empty when nothing was replayed.
    qint64 replayed = 0;
    qint64 replaySkipped = 0;
    QString referenceVersion;

    qint64 weekStartMs() const;
    qint64 weekEndMs() const;
};

} // namespace custos
