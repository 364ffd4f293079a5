#pragma once

// Test data helpers shared by the detector suites.
//
// Case files are JSONL. A case text may hold:
// - «...» around the span a detector is expected to report (the markers are removed);
// - {K:n} templates, expanded to n deterministic pseudo-random characters of kind K, so the
//   repository holds no strings that look like live credentials to secret scanners:
//   A = letters and digits, a = letters, U = upper case and digits, U2 = A-Z and 2-7,
//   B = base64 alphabet, h = lower-case hex, d = digits, C = bech32 upper case (age keys).

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <cstdint>

namespace custos::testdata {

struct MarkedText
{
    QString text;
    qsizetype start = -1; // code points; -1 when the text has no «» span
    qsizetype end = -1;
};

inline QString alphabetFor(QStringView kind)
{
    if (kind == u"A")
        return QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
    if (kind == u"a")
        return QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
    if (kind == u"U")
        return QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
    if (kind == u"U2")
        return QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
    if (kind == u"B")
        return QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
    if (kind == u"C")
        return QStringLiteral("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L");
    if (kind == u"h")
        return QStringLiteral("0123456789abcdef");
    return QStringLiteral("0123456789");
}

// Expands {K:n} templates with a fixed-seed generator (xorshift), so every run sees the same text.
inline QString expandTemplates(const QString &text, std::uint64_t seed)
{
    std::uint64_t state = seed * 0x9E3779B97F4A7C15ULL + 1;
    const auto next = [&] {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    };
    QString out;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype colon = text.indexOf(u':', i);
        const qsizetype close = text.indexOf(u'}', i);
        if (text.at(i) == u'{' && colon > i && close > colon && close - i <= 8) {
            bool ok = false;
            const int count = text.mid(colon + 1, close - colon - 1).toInt(&ok);
            const QString kind = text.mid(i + 1, colon - i - 1);
            if (ok && count > 0) {
                const QString alphabet = alphabetFor(kind);
                for (int n = 0; n < count; ++n)
                    out += alphabet.at(qsizetype(next() % std::uint64_t(alphabet.size())));
                i = close + 1;
                continue;
            }
        }
        out += text.at(i++);
    }
    return out;
}

inline qsizetype codePoints(QStringView text)
{
    return qsizetype(text.toUcs4().size());
}

inline MarkedText parseMarkers(const QString &raw)
{
    MarkedText marked;
    const qsizetype open = raw.indexOf(u'«');
    const qsizetype close = raw.indexOf(u'»');
    if (open < 0 || close < open) {
        marked.text = raw;
        return marked;
    }
    marked.text = raw.left(open) + raw.mid(open + 1, close - open - 1) + raw.mid(close + 1);
    marked.start = codePoints(QStringView(raw).left(open));
    marked.end = marked.start + codePoints(QStringView(raw).mid(open + 1, close - open - 1));
    return marked;
}

inline QList<QJsonObject> readJsonLines(const QByteArray &data)
{
    QList<QJsonObject> rows;
    for (const QByteArray &line : data.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        rows.append(QJsonDocument::fromJson(line).object());
    }
    return rows;
}

inline QList<QJsonObject> readJsonLinesFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return readJsonLines(file.readAll());
}

// Code-point offset to UTF-16 index.
inline qsizetype utf16Index(QStringView text, qsizetype codePoint)
{
    qsizetype index = 0;
    for (qsizetype cp = 0; cp < codePoint && index < text.size(); ++cp)
        index += (text.at(index).isHighSurrogate() && index + 1 < text.size()) ? 2 : 1;
    return index;
}

} // namespace custos::testdata
