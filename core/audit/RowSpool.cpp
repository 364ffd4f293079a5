#include "core/audit/RowSpool.h"

#include <QDir>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace custos::audit {

namespace {

constexpr int kLengthBytes = 4;

} // namespace

Result<void> RowSpool::open()
{
    m_cipher = std::make_unique<SpoolCipher>();
    if (!m_cipher->ready())
        return fail(u"cannot make a key for the audit pack's temporary file (no randomness from OpenSSL)"_s);
    m_file = std::make_unique<QTemporaryFile>(QDir::tempPath() + u"/custos-audit-spool-XXXXXX"_s);
    if (!m_file->open())
        return fail(u"cannot create a temporary file for the audit pack: %1"_s.arg(m_file->errorString()),
                    m_file->fileTemplate());
    m_plain.open(QIODevice::ReadWrite);
    m_stream.setDevice(&m_plain);
    return {};
}

Result<void> RowSpool::append(const QStringList &cells)
{
    if (!m_file)
        if (auto opened = open(); !opened)
            return opened;
    if (m_reading)
        return fail(u"the audit pack's temporary file is being read; no rows can be added"_s,
                    m_file->fileName());
    m_stream << cells;
    if (m_stream.status() != QDataStream::Ok)
        return fail(u"cannot buffer a row of the audit pack's temporary file"_s, m_file->fileName());
    ++m_count;
    if (m_plain.pos() >= kChunkBytes)
        return sealChunk();
    return {};
}

// Writes the rows buffered so far as one sealed chunk: its length, then ciphertext and tag.
Result<void> RowSpool::sealChunk()
{
    const qint64 used = m_plain.pos();
    if (used == 0)
        return {};
    auto sealed = m_cipher->seal(m_chunksWritten, QByteArray(m_plain.data().constData(), used));
    if (!sealed)
        return fail(sealed.error().message, m_file->fileName());
    char length[kLengthBytes];
    qToBigEndian(quint32(sealed->size()), length);
    if (m_file->write(length, kLengthBytes) != kLengthBytes || m_file->write(*sealed) != sealed->size())
        return fail(u"cannot write the audit pack's temporary file (is the disk full?): %1"_s.arg(
                        m_file->errorString()),
                    m_file->fileName());
    ++m_chunksWritten;
    m_plain.seek(0);
    return {};
}

Result<void> RowSpool::rewind()
{
    m_read = 0;
    m_chunksRead = 0;
    m_damage.clear();
    if (!m_file)
        return {};
    if (!m_reading) {
        if (auto sealed = sealChunk(); !sealed)
            return sealed;
        m_reading = true;
    }
    if (!m_file->flush() || !m_file->seek(0))
        return fail(u"cannot read back the audit pack's temporary file: %1"_s.arg(m_file->errorString()),
                    m_file->fileName());
    startReading({});
    return {};
}

void RowSpool::startReading(const QByteArray &plain)
{
    m_plain.close();
    m_plain.setData(plain);
    m_plain.open(QIODevice::ReadOnly);
    m_stream.resetStatus();
}

// Reads, authenticates and decrypts the next chunk; on failure says why in m_damage.
bool RowSpool::loadChunk()
{
    if (m_chunksRead >= m_chunksWritten) {
        m_damage = u"its %1 chunks hold fewer rows than the %2 written"_s.arg(m_chunksWritten).arg(m_count);
        return false;
    }
    const QByteArray length = m_file->read(kLengthBytes);
    const qint64 size = length.size() == kLengthBytes ? qFromBigEndian<quint32>(length.constData()) : -1;
    if (size < 0 || size > m_file->size() - m_file->pos()) {
        m_damage = u"it ends inside chunk %1 of %2 (the file was cut short)"_s.arg(m_chunksRead + 1)
                       .arg(m_chunksWritten);
        return false;
    }
    auto plain = m_cipher->open(m_chunksRead, m_file->read(size));
    if (!plain) {
        m_damage = plain.error().message;
        return false;
    }
    ++m_chunksRead;
    startReading(*plain);
    return true;
}

bool RowSpool::next(QStringList &cells)
{
    if (!m_file || !m_reading || m_read >= m_count || !m_damage.isEmpty())
        return false;
    if (m_plain.atEnd() && !loadChunk())
        return false;
    m_stream >> cells;
    if (m_stream.status() != QDataStream::Ok) {
        m_damage = u"row %1 does not decode"_s.arg(m_read + 1);
        return false;
    }
    ++m_read;
    return true;
}

Result<void> RowSpool::checkAllRead() const
{
    if (!m_file)
        return {};
    QString problem = m_damage;
    if (problem.isEmpty() && m_read < m_count)
        problem = u"only %1 of its %2 rows were read"_s.arg(m_read).arg(m_count);
    if (problem.isEmpty() && m_read == m_count && m_file->pos() != m_file->size())
        problem = u"it holds data after its last chunk"_s;
    if (problem.isEmpty())
        return {};
    return fail(u"the audit pack's temporary file is damaged and was not used: %1"_s.arg(problem),
                m_file->fileName());
}

} // namespace custos::audit
