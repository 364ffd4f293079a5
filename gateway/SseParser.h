#pragma once

#include <QByteArray>
#include <QList>

namespace custos {

struct SseEvent
{
    QByteArray event; // empty when the frame had no "event:" line
    QByteArray data;  // the data lines joined with \n
    QByteArray id;
};

// Splits a server-sent event stream into events, incrementally, whatever the chunking upstream.
class SseParser
{
public:
    // Appends bytes and returns the events they completed.
    QList<SseEvent> feed(QByteArrayView bytes);
    // Bytes received that do not yet form a complete event.
    qsizetype pendingBytes() const { return m_buffer.size(); }

private:
    QByteArray m_buffer;
    SseEvent m_current;
    bool m_hasField = false;
};

} // namespace custos
