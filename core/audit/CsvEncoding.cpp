#include "core/audit/CsvEncoding.h"

namespace custos::audit::csv {

bool isPlainNumber(QStringView text)
{
    qsizetype i = text.startsWith(u'-') ? 1 : 0;
    bool digits = false;
    bool point = false;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c >= u'0' && c <= u'9') {
            digits = true;
        } else if (c == u'.' && digits && !point) {
            point = true;
            digits = false; // a digit must follow the point
        } else {
            return false;
        }
    }
    return text.isEmpty() || digits;
}

QString neutralised(const QString &text)
{
    if (text.isEmpty())
        return text;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return u'\'' + text;
    default:
        return text;
    }
}

void appendCell(QByteArray &line, QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    const bool quote = utf8.contains(',') || utf8.contains('"') || utf8.contains('\r') || utf8.contains('\n');
    if (!quote) {
        line += utf8;
        return;
    }
    line += '"';
    for (const char c : utf8) {
        if (c == '"')
            line += '"';
        line += c;
    }
    line += '"';
}

} // namespace custos::audit::csv
