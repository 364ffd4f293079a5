#pragma once

// Moving values between QVariant and SQLite statements: binding parameters, reading columns and
// choosing a Qt type for a declared column type.

#include <QMetaType>
#include <QString>
#include <QVariant>
#include <QtSql/qtsqlglobal.h>

struct sqlite3_stmt;

namespace custos::sqlcipher {

// Binds value to the 1-based parameter index. Returns an SQLite result code; SQLITE_MISMATCH for a
// type that has no SQL form. Dates and times are bound as ISO 8601 text, booleans as 0/1.
int bindVariant(sqlite3_stmt *statement, int index, const QVariant &value);

// The value of column in the current row, by its storage class. NULL comes back as a null QVariant
// of nullType so models still know the column's type.
QVariant columnValue(sqlite3_stmt *statement, int column, QSql::NumericalPrecisionPolicy policy,
                     QMetaType nullType);

// The Qt type for a column: by declared type (SQLite's affinity rules), else by the storage class of
// the current row when there is one (expressions have no declared type).
QMetaType columnMetaType(sqlite3_stmt *statement, int column, bool onRow);

// Qt type for an SQLite declared type such as "INTEGER", "VARCHAR(20)" or "BLOB".
QMetaType metaTypeForDeclaredType(const QString &declaredType);

} // namespace custos::sqlcipher
