#include "core/evidence/sqlcipher/SqlCipherValues.h"

#include <QByteArray>
#include <QDateTime>
#include <QUuid>

#include <limits>

#include <sqlite3.h>

namespace custos::sqlcipher {

namespace {

bool holdsNull(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return value.toString().isNull();
    case QMetaType::QByteArray:
        return value.toByteArray().isNull();
    case QMetaType::QDateTime:
        return !value.toDateTime().isValid();
    case QMetaType::QDate:
        return !value.toDate().isValid();
    case QMetaType::QTime:
        return !value.toTime().isValid();
    default:
        return false;
    }
}

int bindText(sqlite3_stmt *statement, int index, const QString &text)
{
    return sqlite3_bind_text16(statement, index, text.utf16(), int(text.size() * sizeof(char16_t)),
                               SQLITE_TRANSIENT);
}

QVariant integerValue(sqlite3_int64 value, QSql::NumericalPrecisionPolicy policy)
{
    // Integers lose nothing as qint64, so only an explicit request for 32 bits narrows them.
    if (policy == QSql::LowPrecisionInt32)
        return QVariant(int(value));
    return QVariant(qint64(value));
}

QVariant floatValue(sqlite3_stmt *statement, int column, QSql::NumericalPrecisionPolicy policy)
{
    const double value = sqlite3_column_double(statement, column);
    switch (policy) {
    case QSql::LowPrecisionInt32:
        return QVariant(int(value));
    case QSql::LowPrecisionInt64:
        return QVariant(qint64(value));
    case QSql::HighPrecision:
        return QVariant(QString::number(value, 'g', 17));
    default:
        return QVariant(value);
    }
}

} // namespace

int bindVariant(sqlite3_stmt *statement, int index, const QVariant &value)
{
    if (holdsNull(value))
        return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::Bool:
        return sqlite3_bind_int(statement, index, value.toBool() ? 1 : 0);
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::Long:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        // Values past INT64_MAX would wrap; text keeps them exact.
        if (value.toULongLong() > quint64(std::numeric_limits<qint64>::max()))
            return bindText(statement, index, value.toString());
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(statement, index, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob64(statement, index, bytes.constData(), sqlite3_uint64(bytes.size()),
                                   SQLITE_TRANSIENT);
    }
    case QMetaType::QDateTime:
        return bindText(statement, index, value.toDateTime().toString(Qt::ISODateWithMs));
    case QMetaType::QDate:
        return bindText(statement, index, value.toDate().toString(Qt::ISODate));
    case QMetaType::QTime:
        return bindText(statement, index, value.toTime().toString(Qt::ISODateWithMs));
    case QMetaType::QUuid:
        return bindText(statement, index, value.toUuid().toString(QUuid::WithoutBraces));
    case QMetaType::QString:
        return bindText(statement, index, value.toString());
    default:
        if (value.canConvert<QString>())
            return bindText(statement, index, value.toString());
        return SQLITE_MISMATCH;
    }
}

QVariant columnValue(sqlite3_stmt *statement, int column, QSql::NumericalPrecisionPolicy policy,
                     QMetaType nullType)
{
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_INTEGER:
        return integerValue(sqlite3_column_int64(statement, column), policy);
    case SQLITE_FLOAT:
        return floatValue(statement, column, policy);
    case SQLITE_TEXT: {
        // The store is UTF-8; converting here is cheaper than asking SQLite for a UTF-16 copy.
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
        return QVariant(QString::fromUtf8(text, sqlite3_column_bytes(statement, column)));
    }
    case SQLITE_BLOB: {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(statement, column));
        const int bytes = sqlite3_column_bytes(statement, column);
        return QVariant(bytes == 0 ? QByteArray("") : QByteArray(data, bytes));
    }
    default:
        return QVariant(nullType);
    }
}

QMetaType metaTypeForDeclaredType(const QString &declaredType)
{
    const QString type = declaredType.toUpper();
    if (type.isEmpty())
        return QMetaType();
    // SQLite's affinity rules (datatype3.html, section 3.1), plus BOOL for readability.
    if (type.contains(QLatin1StringView("INT")))
        return QMetaType::fromType<qint64>();
    if (type.contains(QLatin1StringView("CHAR")) || type.contains(QLatin1StringView("CLOB")) ||
        type.contains(QLatin1StringView("TEXT")))
        return QMetaType::fromType<QString>();
    if (type.contains(QLatin1StringView("BLOB")))
        return QMetaType::fromType<QByteArray>();
    if (type.contains(QLatin1StringView("BOOL")))
        return QMetaType::fromType<bool>();
    if (type.contains(QLatin1StringView("REAL")) || type.contains(QLatin1StringView("FLOA")) ||
        type.contains(QLatin1StringView("DOUB")) || type.contains(QLatin1StringView("NUMERIC")) ||
        type.contains(QLatin1StringView("DECIMAL")))
        return QMetaType::fromType<double>();
    // DATE, DATETIME, TIMESTAMP: stored as ISO text by this driver.
    return QMetaType::fromType<QString>();
}

QMetaType columnMetaType(sqlite3_stmt *statement, int column, bool onRow)
{
    const char *declared = sqlite3_column_decltype(statement, column);
    if (declared)
        return metaTypeForDeclaredType(QString::fromUtf8(declared));
    if (!onRow)
        return QMetaType();
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_INTEGER:
        return QMetaType::fromType<qint64>();
    case SQLITE_FLOAT:
        return QMetaType::fromType<double>();
    case SQLITE_TEXT:
        return QMetaType::fromType<QString>();
    case SQLITE_BLOB:
        return QMetaType::fromType<QByteArray>();
    default:
        return QMetaType();
    }
}

} // namespace custos::sqlcipher
