#pragma once

#include "core/common/Error.h"

#include <QString>

namespace custos {

// The exclusive writer lock of a store: an flock on "<store>.lock", which also names the holder's
// pid, so a second writer (another process, or another open in this one) gets a clear error.
class StoreLock
{
public:
    static Result<StoreLock> acquire(const QString &storePath);
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
