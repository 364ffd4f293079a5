#pragma once

#include "core/evidence/EvidenceEvent.h"
#include "core/explain/InteractionExplanation.h"

#include <optional>

namespace custos {

class EvidenceStore;

// Explains one recorded interaction from the ledger alone: the typed payload, the policy version
// it was decided under (its policy_publish event), every exception it used with that exception's
// whole history, and its place in the hash chain, verified up to it. Read-only.
class InteractionExplainer
{
public:
    explicit InteractionExplainer(const EvidenceStore &store);

    // The interaction event with this id, or nullopt when the ledger holds none. Found through the
    // full-text index (which holds the payload's strings) and confirmed by an exact compare of the
    // decoded payload's id, so no schema change is needed.
    Result<std::optional<EvidenceEvent>> find(const QString &interactionId) const;
    // nullopt when the ledger holds no interaction with this id.
    Result<std::optional<InteractionExplanation>> explain(const QString &interactionId) const;
    // For a caller that already holds the event (the console, by seq).
    Result<InteractionExplanation> explain(const EvidenceEvent &event) const;

private:
    // The latest publication of `hash` before the interaction's seq: the one in force then.
    ExplainedPolicy policyOf(const QString &hash, qint64 beforeSeq) const;
    ExplainedException exceptionOf(const QString &exceptionId, const QString &interactionId) const;
    ExplainedChain chainOf(const EvidenceEvent &event, const InteractionPayload &payload) const;

    const EvidenceStore &m_store;
};

} // namespace custos
