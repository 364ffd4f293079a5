#pragma once

#include <QString>

#include <expected>

namespace custos {

// An error for a person to read: what is wrong and, where there is one, where.
struct Error
{
    QString message;
    QString file;   // the file or source the error is about, empty when none
    int line = 0;   // 1-based, 0 when unknown
    int column = 0; // 1-based, 0 when unknown

    QString location() const
    {
        if (file.isEmpty() && line == 0)
            return {};
        QString where = file.isEmpty() ? QStringLiteral("<input>") : file;
        if (line > 0)
            where += u':' + QString::number(line);
        if (column > 0)
            where += u':' + QString::number(column);
        return where;
    }

    // "file:line:col: message", the form compilers use, so editors can jump to it.
    QString toString() const
    {
        const QString where = location();
        return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
    }
};

template <typename T> using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(QString message, QString file = {}, int line = 0, int column = 0)
{
    return std::unexpected(Error{std::move(message), std::move(file), line, column});
}

} // namespace custos
