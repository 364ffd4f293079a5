#pragma once

#include "core/common/Error.h"

#include <QString>

namespace custos {

// The writers' lock of a store: an flock on "<store>.lock". Ordinary writers share it, since the
// ledger writer chains onto the true head under SQLite's write lock; re-encryption needs it
// exclusively, because it rewrites the file under every other writer's feet.
class StoreLock
{
public:
    static Result<StoreLock> acquireShared(const QString &storePath);
    // Converts this process's shared hold into the only hold, or says that others have the store open.
    Result<void> makeExclusive(const QString &storePath);
    void makeShared();
    StoreLock(StoreLock &&other) noexcept;
    StoreLock &operator=(StoreLock &&other) noexcept;
    StoreLock(const StoreLock &) = delete;
    StoreLock &operator=(const StoreLock &) = delete;
    ~StoreLock();

private:
    explicit StoreLock(int fd)
        : m_fd(fd)
    {}
    int m_fd = -1;
};

} // namespace custos
