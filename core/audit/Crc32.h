#pragma once

#include <QByteArrayView>

#include <cstdint>

namespace custos::audit {

// The CRC-32 of ZIP (IEEE 802.3, reflected, as zlib's crc32), fed in pieces.
class Crc32
{
public:
    void add(QByteArrayView bytes);
    std::uint32_t value() const { return ~m_state; }

private:
    std::uint32_t m_state = 0xFFFFFFFFu;
};

} // namespace custos::audit
