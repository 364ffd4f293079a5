#include "core/audit/Crc32.h"

#include <array>

namespace custos::audit {
namespace {

constexpr std::array<std::uint32_t, 256> makeTable()
{
    std::array<std::uint32_t, 256> table{};
    for (std::uint32_t i = 0; i < 256; ++i) {
        std::uint32_t c = i;
        for (int bit = 0; bit < 8; ++bit)
            c = (c & 1u) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    return table;
}

constexpr std::array<std::uint32_t, 256> kTable = makeTable();

} // namespace

void Crc32::add(QByteArrayView bytes)
{
    std::uint32_t state = m_state;
    for (const char byte : bytes)
        state = kTable[(state ^ static_cast<std::uint8_t>(byte)) & 0xFFu] ^ (state >> 8);
    m_state = state;
}

} // namespace custos::audit
