#include "core/evidence/sqlcipher/SqlCipherOpenOptions.h"

#include <QStringList>

namespace custos::sqlcipher {

namespace {

bool isHex(QByteArrayView text)
{
    for (const char c : text) {
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return false;
    }
    return true;
}

Result<bool> parseFlag(const QString &name, const QString &value, bool hasValue)
{
    if (!hasValue || value == u"1" || value.compare(u"true", Qt::CaseInsensitive) == 0)
        return true;
    if (value == u"0" || value.compare(u"false", Qt::CaseInsensitive) == 0)
        return false;
    return fail(name + QStringLiteral(" takes 0 or 1, not \"") + value + u'"');
}

Result<void> apply(SqlCipherOpenOptions &options, const QString &name, const QString &value, bool hasValue)
{
    if (name == u"QSQLCIPHER_RAW_KEY") {
        const QByteArray hex = value.toLatin1();
        if ((hex.size() != 64 && hex.size() != 96) || !isHex(hex))
            return fail(QStringLiteral("QSQLCIPHER_RAW_KEY must be 64 hex digits (a 32-byte key) or 96 "
                                       "(key and salt)"));
        options.rawKeyHex = hex;
        return {};
    }
    if (name == u"QSQLCIPHER_BUSY_TIMEOUT") {
        bool ok = false;
        const int ms = value.toInt(&ok);
        if (!ok || ms < 0)
            return fail(QStringLiteral("QSQLCIPHER_BUSY_TIMEOUT takes milliseconds, not \"") + value + u'"');
        options.busyTimeoutMs = ms;
        return {};
    }
    Result<bool> flag = parseFlag(name, value, hasValue);
    if (!flag)
        return std::unexpected(flag.error());
    if (name == u"QSQLCIPHER_OPEN_READONLY")
        options.readOnly = *flag;
    else if (name == u"QSQLCIPHER_IMMUTABLE")
        options.immutable = *flag;
    else if (name == u"QSQLCIPHER_CREATE")
        options.create = *flag;
    else if (name == u"QSQLCIPHER_BEGIN_IMMEDIATE")
        options.beginImmediate = *flag;
    else
        return fail(QStringLiteral("unknown connect option ") + name);
    return {};
}

} // namespace

Result<SqlCipherOpenOptions> SqlCipherOpenOptions::parse(const QString &connectOptions)
{
    SqlCipherOpenOptions options;
    const QStringList parts = connectOptions.split(u';', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QString option = part.trimmed();
        if (option.isEmpty())
            continue;
        const qsizetype equals = option.indexOf(u'=');
        const bool hasValue = equals >= 0;
        const QString name = (hasValue ? option.left(equals) : option).trimmed();
        const QString value = hasValue ? option.mid(equals + 1).trimmed() : QString();
        if (Result<void> applied = apply(options, name, value, hasValue); !applied)
            return std::unexpected(applied.error());
    }
    return options;
}

} // namespace custos::sqlcipher
