#include "gateway/SseParser.h"

namespace custos {

QList<SseEvent> SseParser::feed(QByteArrayView bytes)
{
    m_buffer.append(bytes);
    QList<SseEvent> events;
    qsizetype start = 0;
    while (true) {
        const qsizetype newline = m_buffer.indexOf('\n', start);
        if (newline < 0)
            break;
        QByteArrayView line(m_buffer.constData() + start, newline - start);
        if (line.endsWith('\r'))
            line.chop(1);
        start = newline + 1;
        if (line.isEmpty()) {
            if (m_hasField)
                events.append(std::exchange(m_current, {}));
            m_hasField = false;
            continue;
        }
        if (line.startsWith(':'))
            continue; // a comment, used upstream as keep-alive
        const qsizetype colon = line.indexOf(':');
        const QByteArrayView field = colon < 0 ? line : line.first(colon);
        QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
        if (value.startsWith(' '))
            value = value.sliced(1);
        m_hasField = true;
        if (field == "data") {
            if (!m_current.data.isNull())
                m_current.data += '\n';
            m_current.data.append(value);
            if (m_current.data.isNull())
                m_current.data = "";
        } else if (field == "event") {
            m_current.event = value.toByteArray();
        } else if (field == "id") {
            m_current.id = value.toByteArray();
        }
    }
    m_buffer.remove(0, start);
    return events;
}

} // namespace custos
