#pragma once

#include "gateway/EvidenceSink.h"

#include <memory>

namespace custos {

class EvidenceStore;

// Appends interactions to the encrypted ledger through its group-committing writer thread.
class StoreEvidenceSink : public EvidenceSink
{
public:
    explicit StoreEvidenceSink(std::shared_ptr<EvidenceStore> store);
    void append(EvidenceEvent event, Durable durable) override;

private:
    std::shared_ptr<EvidenceStore> m_store;
};

} // namespace custos
