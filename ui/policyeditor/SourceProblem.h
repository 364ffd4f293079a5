#pragma once

#include <QList>
#include <QString>

namespace custos {

// One thing wrong with a policy source, where it is. Lines and columns are 1-based; 0 when unknown.
struct SourceProblem
{
    int line = 0;
    int column = 0;
    QString message;

    // "line:column: message", the form compilers print, shortened where the location is unknown.
    QString toString() const
    {
        if (line <= 0)
            return message;
        const QString where =
            column > 0 ? QStringLiteral("%1:%2").arg(line).arg(column) : QString::number(line);
        return where + QStringLiteral(": ") + message;
    }

    friend bool operator==(const SourceProblem &, const SourceProblem &) = default;
};

using SourceProblems = QList<SourceProblem>;

} // namespace custos
