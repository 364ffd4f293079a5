#include "StoreLock.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace custos {

Result<StoreLock> StoreLock::acquireShared(const QString &storePath)
{
    const QString lockPath = storePath + u".lock"_s;
    const QByteArray encoded = QFile::encodeName(lockPath);
    const int fd = ::open(encoded.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) {
        const int code = errno;
        if (code == EROFS || code == EACCES || code == EPERM)
            return fail(
                u"cannot open the store for writing: the location is read-only (%1); open it read-only"
                " instead"_s.arg(QString::fromLocal8Bit(std::strerror(code))),
                storePath);
        return fail(u"cannot create the lock file: %1"_s.arg(QString::fromLocal8Bit(std::strerror(code))),
                    lockPath);
    }
    // Blocks only while a re-encryption holds the lock exclusively; that takes seconds.
    if (::flock(fd, LOCK_SH) != 0) {
        const int code = errno;
        ::close(fd);
        return fail(u"cannot lock the store: %1"_s.arg(QString::fromLocal8Bit(std::strerror(code))),
                    lockPath);
    }
    return StoreLock(fd);
}

Result<void> StoreLock::makeExclusive(const QString &storePath)
{
    if (::flock(m_fd, LOCK_EX | LOCK_NB) == 0)
        return {};
    // flock may have dropped the shared hold while trying; take it back before reporting.
    ::flock(m_fd, LOCK_SH);
    return fail(u"another process has the store open for writing (a running gateway, console or custosctl);"
                " close it first"_s,
                storePath);
}

void StoreLock::makeShared()
{
    ::flock(m_fd, LOCK_SH);
}

StoreLock::StoreLock(StoreLock &&other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
{}

StoreLock &StoreLock::operator=(StoreLock &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = std::exchange(other.m_fd, -1);
    }
    return *this;
}

StoreLock::~StoreLock()
{
    if (m_fd >= 0)
        ::close(m_fd); // releases the flock
}

} // namespace custos
