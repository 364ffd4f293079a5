#include "core/audit/RowSpool.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace custos::audit {

Result<void> RowSpool::open()
{
    m_file = std::make_unique<QTemporaryFile>(QDir::tempPath() + u"/custos-audit-spool-XXXXXX"_s);
    if (!m_file->open())
        return fail(u"cannot create a temporary file for the audit pack: %1"_s.arg(m_file->errorString()),
                    m_file->fileTemplate());
    m_stream.setDevice(m_file.get());
    return {};
}

Result<void> RowSpool::append(const QStringList &cells)
{
    if (!m_file)
        if (auto opened = open(); !opened)
            return opened;
    m_stream << cells;
    if (m_stream.status() != QDataStream::Ok)
        return fail(u"cannot write the audit pack's temporary file (is the disk full?)"_s,
                    m_file->fileName());
    ++m_count;
    return {};
}

Result<void> RowSpool::rewind()
{
    m_read = 0;
    if (!m_file)
        return {};
    if (!m_file->flush() || !m_file->seek(0))
        return fail(u"cannot read back the audit pack's temporary file: %1"_s.arg(m_file->errorString()),
                    m_file->fileName());
    m_stream.resetStatus();
    return {};
}

bool RowSpool::next(QStringList &cells)
{
    if (!m_file || m_read >= m_count)
        return false;
    m_stream >> cells;
    ++m_read;
    return m_stream.status() == QDataStream::Ok;
}

Result<void> RowSpool::checkAllRead() const
{
    if (m_read < m_count || (m_file && m_stream.status() != QDataStream::Ok))
        return fail(
            u"the audit pack's temporary file could not be read back (row %1 of %2)"_s.arg(m_read).arg(
                m_count),
            m_file ? m_file->fileName() : QString());
    return {};
}

} // namespace custos::audit
