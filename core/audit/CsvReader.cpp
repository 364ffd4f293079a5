#include "core/audit/CsvReader.h"

using namespace Qt::StringLiterals;

namespace custos::audit {

CsvReader::CsvReader(const QString &path)
    : m_file(std::make_unique<QFile>(path))
    , m_path(path)
{}

Result<CsvReader> CsvReader::open(const QString &path)
{
    CsvReader reader(path);
    if (!reader.m_file->open(QIODevice::ReadOnly))
        return fail(u"cannot read: %1"_s.arg(reader.m_file->errorString()), path);
    if (reader.m_file->peek(3) == "\xEF\xBB\xBF")
        reader.m_file->read(3);
    auto header = reader.readRecord();
    if (!header)
        return std::unexpected(header.error());
    if (!*header)
        return fail(u"empty CSV file (no header)"_s, path);
    reader.m_header = **header;
    return reader;
}

Result<int> CsvReader::column(const QString &name) const
{
    const qsizetype index = m_header.indexOf(name);
    if (index < 0)
        return fail(u"no column '%1'"_s.arg(name), m_path, 1);
    return static_cast<int>(index);
}

Result<std::optional<QStringList>> CsvReader::next()
{
    auto record = readRecord();
    if (record && *record && (*record)->size() != m_header.size())
        return fail(u"%1 cells for %2 columns"_s.arg((*record)->size()).arg(m_header.size()), m_path,
                    static_cast<int>(m_line));
    return record;
}

Result<std::optional<QStringList>> CsvReader::readRecord()
{
    QByteArray line = m_file->readLine();
    if (line.isEmpty())
        return std::optional<QStringList>{};
    ++m_line;
    QStringList cells;
    QByteArray cell;
    bool quoted = false;
    bool afterQuote = false;
    for (qsizetype i = 0;; ++i) {
        if (i == line.size()) {
            if (!quoted)
                break;
            const QByteArray more = m_file->readLine(); // a line break inside quotes belongs to the cell
            if (more.isEmpty())
                return fail(u"unterminated quoted cell"_s, m_path, static_cast<int>(m_line));
            ++m_line;
            line += more;
        }
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                cell += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
                afterQuote = true;
            } else {
                cell += c;
            }
        } else if (c == '"' && cell.isEmpty() && !afterQuote) {
            quoted = true;
        } else if (c == ',') {
            cells.append(QString::fromUtf8(cell));
            cell.clear();
            afterQuote = false;
        } else if (c == '\r' || c == '\n') {
            break;
        } else if (afterQuote) {
            return fail(u"text after a closing quote"_s, m_path, static_cast<int>(m_line));
        } else {
            cell += c;
        }
    }
    cells.append(QString::fromUtf8(cell));
    return std::optional<QStringList>(std::move(cells));
}

} // namespace custos::audit
