#pragma once

#include <QtGlobal>

#include <atomic>

namespace custos::http {

// The request bytes all connections of a server hold at once, against HttpLimits::maxInFlightBytes.
// Thread-safe: every worker thread reserves from the same budget.
class InFlightBudget
{
public:
    explicit InFlightBudget(qint64 capacity)
        : m_capacity(capacity)
    {}

    // False, reserving nothing, when `bytes` more would go beyond the capacity.
    bool tryReserve(qint64 bytes);
    void release(qint64 bytes) { m_used.fetch_sub(bytes, std::memory_order_relaxed); }
    qint64 used() const { return m_used.load(std::memory_order_relaxed); }
    qint64 capacity() const { return m_capacity; }

private:
    const qint64 m_capacity;
    std::atomic<qint64> m_used{0};
};

} // namespace custos::http
