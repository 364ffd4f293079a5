#include "core/audit/PackFile.h"

#include <QDir>
#include <QFileInfo>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace custos::audit {
namespace {

constexpr qsizetype kBufferSize = 256 * 1024;

} // namespace

PackFile::PackFile(QString relativePath, const QString &absolutePath)
    : m_relativePath(std::move(relativePath))
    , m_file(absolutePath)
{
    m_buffer.reserve(kBufferSize + 4096);
}

PackFile::~PackFile() = default;

Result<std::unique_ptr<PackFile>> PackFile::create(const QString &root, const QString &relativePath)
{
    const QString absolute = root + u'/' + relativePath;
    if (!QDir().mkpath(QFileInfo(absolute).absolutePath()))
        return fail(u"cannot create the folder for %1"_s.arg(relativePath), absolute);
    std::unique_ptr<PackFile> file(new PackFile(relativePath, absolute));
    if (!file->m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return std::unexpected(file->failure(u"cannot create"_s));
    return file;
}

Error PackFile::failure(const QString &what) const
{
    return Error{u"%1 %2: %3"_s.arg(what, m_relativePath, m_file.errorString()), m_file.fileName(), 0, 0};
}

Result<void> PackFile::write(QByteArrayView bytes)
{
    m_hash.addData(bytes);
    m_size += bytes.size();
    m_buffer.append(bytes.data(), bytes.size());
    if (m_buffer.size() >= kBufferSize)
        return flushBuffer();
    return {};
}

Result<void> PackFile::flushBuffer()
{
    if (m_buffer.isEmpty())
        return {};
    if (m_file.write(m_buffer) != m_buffer.size())
        return std::unexpected(failure(u"cannot write"_s));
    m_buffer.clear();
    return {};
}

Result<PackEntry> PackFile::close(bool withRows)
{
    if (auto flushed = flushBuffer(); !flushed)
        return std::unexpected(flushed.error());
    if (!m_file.flush() || ::fsync(m_file.handle()) != 0)
        return std::unexpected(failure(u"cannot write"_s));
    m_file.close();
    return PackEntry{m_relativePath, m_hash.result(), m_size, withRows ? m_rows : -1};
}

Result<PackEntry> PackFile::writeWhole(const QString &root, const QString &relativePath, QByteArrayView bytes)
{
    auto file = create(root, relativePath);
    if (!file)
        return std::unexpected(file.error());
    if (auto written = (*file)->write(bytes); !written)
        return std::unexpected(written.error());
    return (*file)->close(false);
}

} // namespace custos::audit
