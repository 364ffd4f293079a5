#pragma once

#include "core/policy/PolicyTypes.h"

#include <QHash>
#include <QString>
#include <QStringView>

#include <vector>

namespace custos {

// A stretch of text to hide, in code points, end exclusive.
struct RedactionSpan
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString detectorId;
    QString value;
    RedactionStyle style = RedactionStyle::Placeholder;
};

// Replaces spans with typed placeholders ("[EMAIL_1]") or masks ("****"). One Redactor serves
// one request (or one stream): the same value gets the same placeholder wherever it appears.
class Redactor
{
public:
    // Spans must not overlap; they may come in any order.
    QString redact(QStringView text, std::vector<RedactionSpan> spans);
    QString replacementFor(const RedactionSpan &span);

    static QString placeholderType(const QString &detectorId); // "credit_card" -> "CREDIT_CARD"

private:
    QHash<QString, QString> m_placeholders; // type + '\0' + value -> placeholder
    QHash<QString, int> m_counters;         // type -> last number used
};

} // namespace custos
