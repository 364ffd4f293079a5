#include "core/policy/Redactor.h"

#include <algorithm>

namespace custos {

QString Redactor::placeholderType(const QString &detectorId)
{
    QString type = detectorId.toUpper();
    for (QChar &c : type) {
        if (!c.isLetterOrNumber())
            c = u'_';
    }
    return type;
}

QString Redactor::replacementFor(const RedactionSpan &span)
{
    if (span.style == RedactionStyle::Mask)
        return QString(span.end - span.start, u'*');
    const QString type = placeholderType(span.detectorId);
    const QString key = type + QChar(0) + span.value;
    if (const auto it = m_placeholders.constFind(key); it != m_placeholders.constEnd())
        return *it;
    const int number = ++m_counters[type];
    QString placeholder = u'[' + type + u'_' + QString::number(number) + u']';
    m_placeholders.insert(key, placeholder);
    return placeholder;
}

QString Redactor::redact(QStringView text, std::vector<RedactionSpan> spans)
{
    if (spans.empty())
        return text.toString();
    std::ranges::sort(spans, {}, &RedactionSpan::start);
    QString result;
    result.reserve(text.size());
    qsizetype codePoint = 0;
    qsizetype unit = 0;
    auto advanceTo = [&](qsizetype target) {
        // Walks code points, so offsets stay right past characters outside the BMP.
        const qsizetype from = unit;
        while (codePoint < target && unit < text.size()) {
            unit += (text.at(unit).isHighSurrogate() && unit + 1 < text.size() &&
                     text.at(unit + 1).isLowSurrogate())
                        ? 2
                        : 1;
            ++codePoint;
        }
        return text.mid(from, unit - from);
    };
    for (const RedactionSpan &span : spans) {
        if (span.start < codePoint)
            continue; // overlaps the previous span
        result += advanceTo(span.start);
        advanceTo(span.end);
        result += replacementFor(span);
    }
    result += text.mid(unit);
    return result;
}

} // namespace custos
