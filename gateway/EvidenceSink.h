#pragma once

#include "core/common/Error.h"
#include "core/evidence/EvidenceEvent.h"

#include <functional>

namespace custos {

// The gateway's seam to the ledger. `durable` is called exactly once, on any thread, when the event is
// durable or could not be recorded.
class EvidenceSink
{
public:
    using Durable = std::function<void(Result<qint64> sequence)>;
    virtual ~EvidenceSink() = default;
    virtual void append(EvidenceEvent event, Durable durable) = 0;
};

} // namespace custos
