#include "core/watch/DriftTally.h"

namespace custos {

void DriftTally::add(const DriftObservation &observation, bool keepSeqs)
{
    ++interactions;
    for (const QString &valueClass : observation.classes) {
        ++classes[valueClass];
        if (keepSeqs)
            classSeqs[valueClass].append(observation.seq);
    }
    for (const QString &rule : observation.rules) {
        ++rules[rule];
        if (keepSeqs)
            ruleSeqs[rule].append(observation.seq);
    }
    ++models[observation.model];
    ++routes[observation.route];
    if (observation.promptLength >= 0)
        promptLengths.append(double(observation.promptLength));
}

QMap<QString, DriftTally> DriftTally::byService(const QList<DriftObservation> &observations, bool keepSeqs)
{
    QMap<QString, DriftTally> tallies;
    for (const DriftObservation &observation : observations)
        tallies[observation.service].add(observation, keepSeqs);
    return tallies;
}

} // namespace custos
