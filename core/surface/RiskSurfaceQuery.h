#pragma once

#include "core/common/Error.h"
#include "core/surface/RiskSurface.h"
#include "core/surface/SurfacePeriod.h"

namespace custos {

class EvidenceStore;

struct RiskSurfaceOptions
{
    SurfacePeriod period;      // e.g. SurfacePeriod::lastDays(30)
    bool pseudonymise = false; // users and services as stable keyed pseudonyms (Pseudonymiser)
    int topCount = 10;         // users and services ranked
};

// Computes the risk surface of a period from a store: the interactions' query-table facts in one
// pass through the time index (payloads are read only for interactions whose facts name a data
// class), the exception and approval events, the alert events and the policy versions the
// interactions name (for monitor-mode would-haves).
//
// Threads: run() may be called from any thread, also from several at once: the store gives each
// thread its own read connection, and every run keeps its state to itself. The dashboard runs it
// on a pool thread.
class RiskSurfaceQuery
{
public:
    explicit RiskSurfaceQuery(EvidenceStore &store);

    // An error when the store cannot be read, or pseudonyms are asked for and the store has no
    // fingerprint secret (a read-only store that never recorded a fingerprint).
    Result<RiskSurface> run(const RiskSurfaceOptions &options) const;

private:
    EvidenceStore &m_store;
};

} // namespace custos
