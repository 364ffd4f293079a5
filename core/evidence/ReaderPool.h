#pragma once

#include "EvidenceBackend.h"
#include "KeySource.h"

#include <map>
#include <memory>
#include <mutex>
#include <thread>

namespace custos {

// Read connections, one per calling thread (a Qt SQL connection belongs to its thread). WAL lets
// them read while the writer commits. A rekey bumps the generation, so stale connections reopen.
class ReaderPool
{
public:
    ReaderPool(QString path, KeySource key, bool readOnlyFile);
    ~ReaderPool();

    // The calling thread's connection, opened on first use.
    Result<EvidenceBackend *> forThisThread();
    void setKey(const KeySource &key);

private:
    struct Reader
    {
        std::unique_ptr<EvidenceBackend> backend;
        int generation = 0;
    };
    QString m_path;
    bool m_readOnlyFile;
    std::mutex m_mutex;
    KeySource m_key;
    int m_generation = 0;
    std::map<std::thread::id, Reader> m_readers;
};

} // namespace custos
