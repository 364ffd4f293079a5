#include "StoreLock.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace custos {

Result<StoreLock> StoreLock::acquire(const QString &storePath)
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
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        char holder[32] = {};
        [[maybe_unused]] const auto read = ::pread(fd, holder, sizeof holder - 1, 0);
        ::close(fd);
        const QString pid = QString::fromLatin1(holder).trimmed();
        return fail(u"the store is already open for writing by another process%1; readers may still open it"
                    " read-only"_s.arg(pid.isEmpty() ? QString() : u" (pid "_s + pid + u')'),
                    storePath);
    }
    const QByteArray pid = QByteArray::number(::getpid()) + '\n';
    if (::ftruncate(fd, 0) == 0) [[maybe_unused]]
        const auto written = ::pwrite(fd, pid.constData(), size_t(pid.size()), 0);
    return StoreLock(fd);
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
