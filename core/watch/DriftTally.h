#pragma once

#include "core/watch/DriftObservation.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace custos {

// One service's interactions over one window (the judged week or the baseline), counted the ways the
// drift watchers compare: interactions carrying each value class, firing each rule, going to each
// model and route, and the prompt lengths.
struct DriftTally
{
    qint64 interactions = 0;
    QMap<QString, qint64> classes;
    QMap<QString, qint64> rules;
    QMap<QString, qint64> models;
    QMap<QString, qint64> routes;
    QList<double> promptLengths;
    // The judged week's interactions per class and per rule (filled for the judged window only).
    QHash<QString, QList<qint64>> classSeqs;
    QHash<QString, QList<qint64>> ruleSeqs;

    void add(const DriftObservation &observation, bool keepSeqs);
    // Per service, in service order.
    static QMap<QString, DriftTally> byService(const QList<DriftObservation> &observations, bool keepSeqs);
};

} // namespace custos
