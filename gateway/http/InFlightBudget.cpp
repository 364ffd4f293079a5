#include "gateway/http/InFlightBudget.h"

namespace custos::http {

bool InFlightBudget::tryReserve(qint64 bytes)
{
    qint64 used = m_used.load(std::memory_order_relaxed);
    do {
        if (used + bytes > m_capacity)
            return false;
    } while (!m_used.compare_exchange_weak(used, used + bytes, std::memory_order_relaxed));
    return true;
}

} // namespace custos::http
