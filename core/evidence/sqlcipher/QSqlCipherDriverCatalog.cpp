// The schema side of QSqlCipherDriver: tables, records, primary keys, identifiers and literals.

#include "core/evidence/sqlcipher/QSqlCipherDriver.h"
#include "core/evidence/sqlcipher/SqlCipherValues.h"

#include <QDateTime>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlRecord>

#include <algorithm>

#include <sqlite3.h>

namespace custos {

namespace {

// Columns of PRAGMA table_info: cid, name, type, notnull, dflt_value, pk.
enum TableInfoColumn { Name = 1, Type = 2, NotNull = 3, Default = 4, PrimaryKey = 5 };

QSqlField fieldFromTableInfo(const QStringList &row, const QString &tableName)
{
    QSqlField field(row.at(Name), sqlcipher::metaTypeForDeclaredType(row.at(Type)), tableName);
    field.setRequiredStatus(row.at(NotNull) == u"1" ? QSqlField::Required : QSqlField::Optional);
    if (!row.at(Default).isNull())
        field.setDefaultValue(row.at(Default));
    // An INTEGER PRIMARY KEY is the rowid, which SQLite fills in itself.
    const bool isRowid =
        row.at(PrimaryKey) == u"1" && row.at(Type).compare(u"INTEGER", Qt::CaseInsensitive) == 0;
    field.setAutoValue(isRowid);
    return field;
}

QString unquoted(QString identifier)
{
    if (identifier.size() >= 2 && identifier.startsWith(u'"') && identifier.endsWith(u'"'))
        return identifier.mid(1, identifier.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
    return identifier;
}

} // namespace

QStringList QSqlCipherDriver::namesFromQuery(const char *sql) const
{
    QStringList names;
    if (!m_connection)
        return names;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_connection, sql, -1, &statement, nullptr) == SQLITE_OK) {
        while (sqlite3_step(statement) == SQLITE_ROW)
            names.append(
                QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))));
    }
    sqlite3_finalize(statement);
    return names;
}

QStringList QSqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList names;
    if (type & QSql::Tables)
        names += namesFromQuery("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE "
                                "'sqlite\\_%' ESCAPE '\\' UNION ALL SELECT name FROM sqlite_temp_schema "
                                "WHERE type = 'table' ORDER BY 1");
    if (type & QSql::Views)
        names += namesFromQuery("SELECT name FROM sqlite_schema WHERE type = 'view' ORDER BY 1");
    if ((type & QSql::SystemTables) && m_connection) {
        names.append(QStringLiteral("sqlite_schema"));
        names += namesFromQuery("SELECT name FROM sqlite_schema WHERE type = 'table' AND name LIKE "
                                "'sqlite\\_%' ESCAPE '\\' ORDER BY 1");
    }
    return names;
}

QList<QStringList> QSqlCipherDriver::tableInfo(const QString &tableName) const
{
    QList<QStringList> rows;
    if (!m_connection)
        return rows;
    const QByteArray sql =
        "PRAGMA table_info(" + escapeIdentifier(unquoted(tableName), FieldName).toUtf8() + ')';
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_connection, sql.constData(), -1, &statement, nullptr) == SQLITE_OK) {
        while (sqlite3_step(statement) == SQLITE_ROW) {
            QStringList row;
            for (int column = 0; column <= PrimaryKey; ++column) {
                const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
                row.append(text ? QString::fromUtf8(text) : QString());
            }
            rows.append(row);
        }
    }
    sqlite3_finalize(statement);
    return rows;
}

QSqlRecord QSqlCipherDriver::record(const QString &tableName) const
{
    QSqlRecord result;
    const QString table = unquoted(tableName);
    for (const QStringList &row : tableInfo(tableName))
        result.append(fieldFromTableInfo(row, table));
    return result;
}

QSqlIndex QSqlCipherDriver::primaryIndex(const QString &tableName) const
{
    const QString table = unquoted(tableName);
    QList<QStringList> keyColumns;
    for (const QStringList &row : tableInfo(tableName)) {
        if (row.at(PrimaryKey) != u"0")
            keyColumns.append(row);
    }
    // pk holds the column's 1-based position within the key.
    std::ranges::sort(keyColumns, {}, [](const QStringList &row) { return row.at(PrimaryKey).toInt(); });
    QSqlIndex index(table, keyColumns.isEmpty() ? QString() : QStringLiteral("primary key"));
    for (const QStringList &row : std::as_const(keyColumns))
        index.append(fieldFromTableInfo(row, table));
    return index;
}

QString QSqlCipherDriver::escapeIdentifier(const QString &identifier, IdentifierType type) const
{
    if (isIdentifierEscaped(identifier, type))
        return identifier;
    auto quote = [](QString part) { return u'"' + part.replace(u'"', QStringLiteral("\"\"")) + u'"'; };
    // "schema.table" names two identifiers; a field name is one, dots and all.
    if (type == TableName && identifier.contains(u'.')) {
        QStringList parts = identifier.split(u'.');
        for (QString &part : parts)
            part = quote(part);
        return parts.join(u'.');
    }
    return quote(identifier);
}

QString QSqlCipherDriver::formatValue(const QSqlField &field, bool trimStrings) const
{
    if (field.isNull())
        return QStringLiteral("NULL");
    const QVariant value = field.value();
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QMetaType::QByteArray:
        return QStringLiteral("X'") + QString::fromLatin1(value.toByteArray().toHex()) + u'\'';
    case QMetaType::QDateTime:
        return u'\'' + value.toDateTime().toString(Qt::ISODateWithMs) + u'\'';
    case QMetaType::QDate:
        return u'\'' + value.toDate().toString(Qt::ISODate) + u'\'';
    case QMetaType::QTime:
        return u'\'' + value.toTime().toString(Qt::ISODateWithMs) + u'\'';
    default:
        return QSqlDriver::formatValue(field, trimStrings);
    }
}

} // namespace custos
