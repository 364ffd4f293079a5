#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>

namespace custos::fuzz {

// One fuzz input read as "a text and where to cut it": byte 0 says how many cuts follow (0 to 15),
// each cut is two bytes (little endian, taken modulo the text's length plus one), and the rest is the
// text. So the fuzzer chooses the chunking as freely as the content, and a one-chunk input is just a
// leading 0 byte.
struct SplitInput
{
    QByteArray text;
    QList<QByteArrayView> chunks; // views into text, in order, together exactly text

    static SplitInput read(const std::uint8_t *data, std::size_t size)
    {
        SplitInput input;
        const std::size_t cutCount = size == 0 ? 0 : std::min<std::size_t>(data[0] & 0x0f, (size - 1) / 2);
        const std::size_t head = size == 0 ? 0 : 1 + 2 * cutCount;
        input.text = QByteArray(reinterpret_cast<const char *>(data) + head, qsizetype(size - head));
        QList<qsizetype> cuts;
        for (std::size_t i = 0; i < cutCount; ++i) {
            const qsizetype raw = data[1 + 2 * i] | (data[2 + 2 * i] << 8);
            cuts.append(raw % (input.text.size() + 1));
        }
        std::ranges::sort(cuts);
        qsizetype from = 0;
        for (const qsizetype cut : cuts) {
            input.chunks.append(QByteArrayView(input.text).sliced(from, cut - from));
            from = cut;
        }
        input.chunks.append(QByteArrayView(input.text).sliced(from));
        return input;
    }
};

// Stops the run with a message naming the broken property; libFuzzer keeps the input as a crash.
[[noreturn]] inline void propertyFailed(const char *what)
{
    fprintf(stderr, "property failed: %s\n", what);
    fflush(stderr);
    __builtin_trap();
}

} // namespace custos::fuzz
