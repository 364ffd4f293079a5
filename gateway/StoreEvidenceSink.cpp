#include "gateway/StoreEvidenceSink.h"

#include "core/evidence/EvidenceStore.h"

namespace custos {

StoreEvidenceSink::StoreEvidenceSink(std::shared_ptr<EvidenceStore> store)
    : m_store(std::move(store))
{}

void StoreEvidenceSink::append(EvidenceEvent event, Durable durable)
{
    m_store->appendAsync(std::move(event), std::move(durable));
}

} // namespace custos
