#pragma once

#include "core/common/Error.h"
#include "core/watch/ValueFingerprinter.h"
#include "core/watch/WatchEngine.h"

#include <QIODevice>

#include <functional>
#include <memory>

namespace custos {

class Policy;
class PolicyEngine;

// `custosctl watch simulate`: the real scanner (the policy's compiled engine), fingerprints and
// watchers over a JSONL stream of interactions in simulated time. Each line is
// {"time", "user", "service", "route", "model", "direction", "text"}; `time` is ISO 8601 and never
// goes back a day; direction "request" (counted) or "response" (scanned, not counted, as live). The
// observation's seq is the line number. A bad line is reported (line number and cause) and skipped.
class WatchSimulator
{
public:
    static Result<std::unique_ptr<WatchSimulator>> create(const Policy &policy);

    struct Summary
    {
        qint64 lines = 0;
        qint64 badLines = 0;
        qint64 alerts = 0;
    };
    // Reads to the end; every alert goes to `onAlert` as it is raised, every bad line to `onBadLine`.
    Summary run(QIODevice &input, const std::function<void(const WatchAlert &)> &onAlert,
                const std::function<void(qint64 line, const QString &cause)> &onBadLine);

private:
    WatchSimulator(std::shared_ptr<const PolicyEngine> engine, WatchSettings settings, QString policyHash);
    Result<WatchObservation> observationOf(const QByteArray &line, qint64 lineNumber) const;

    std::shared_ptr<const PolicyEngine> m_policy;
    ValueFingerprinter m_fingerprinter;
    WatchEngine m_engine;
};

} // namespace custos
