#include "ReaderPool.h"

#include "SqlCipherEvidenceBackend.h"

namespace custos {

ReaderPool::ReaderPool(QString path, KeySource key, bool readOnlyFile)
    : m_path(std::move(path))
    , m_readOnlyFile(readOnlyFile)
    , m_key(std::move(key))
{}

ReaderPool::~ReaderPool() = default;

Result<EvidenceBackend *> ReaderPool::forThisThread()
{
    std::unique_lock lock(m_mutex);
    Reader &reader = m_readers[std::this_thread::get_id()];
    if (reader.backend && reader.generation == m_generation)
        return reader.backend.get();
    reader.backend.reset();
    const KeySource key = m_key;
    const int generation = m_generation;
    lock.unlock(); // opening derives the key (slow for passphrases); other threads may read meanwhile
    auto backend = SqlCipherEvidenceBackend::open(m_path, key, BackendMode::ReadOnly);
    if (!backend)
        return std::unexpected(backend.error());
    lock.lock();
    Reader &slot = m_readers[std::this_thread::get_id()];
    slot.backend = std::move(*backend);
    slot.generation = generation;
    return slot.backend.get();
}

void ReaderPool::setKey(const KeySource &key)
{
    std::lock_guard lock(m_mutex);
    m_key = key;
    ++m_generation;
}

} // namespace custos
