#pragma once

#include <QtGlobal>

#include <cstddef>
#include <string_view>

namespace custos::Utf8Text {

inline bool isContinuation(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

inline qsizetype countCodePoints(std::string_view text)
{
    qsizetype count = 0;
    for (char c : text)
        count += isContinuation(c) ? 0 : 1;
    return count;
}

// The byte offset `codePoints` characters before `from` (not before 0).
inline std::size_t stepBack(std::string_view text, std::size_t from, int codePoints)
{
    while (from > 0 && codePoints > 0) {
        --from;
        if (!isContinuation(text[from]))
            --codePoints;
    }
    return from;
}

// The byte offset `codePoints` characters after `from` (not past the end).
inline std::size_t stepForward(std::string_view text, std::size_t from, int codePoints)
{
    while (from < text.size() && codePoints > 0) {
        ++from;
        while (from < text.size() && isContinuation(text[from]))
            ++from;
        --codePoints;
    }
    return from;
}

// Moves an offset forward to the start of a character.
inline std::size_t alignForward(std::string_view text, std::size_t offset)
{
    while (offset < text.size() && isContinuation(text[offset]))
        ++offset;
    return offset;
}

inline bool isAsciiWordChar(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

} // namespace custos::Utf8Text
