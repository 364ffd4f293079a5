#include "tests/report/PopplerTools.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace custos::test::report {

QString ToolOutput::describe() const
{
    if (!started)
        return QStringLiteral("the tool did not start: ") + err;
    return QStringLiteral("exit %1: %2").arg(exitCode).arg(err.trimmed());
}

ToolOutput runTool(const QString &program, const QStringList &arguments)
{
    ToolOutput output;
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty()) {
        output.err = program + QStringLiteral(" is not installed (poppler-utils)");
        return output;
    }
    QProcess process;
    process.start(path, arguments);
    output.started = process.waitForStarted(10000);
    if (!output.started) {
        output.err = process.errorString();
        return output;
    }
    process.waitForFinished(120000);
    output.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    output.out = QString::fromUtf8(process.readAllStandardOutput());
    output.err = QString::fromUtf8(process.readAllStandardError());
    return output;
}

ToolOutput pdfText(const QString &pdf, int page)
{
    QStringList arguments{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                  << QString::number(page);
    arguments << pdf << QStringLiteral("-");
    return runTool(QStringLiteral("pdftotext"), arguments);
}

ToolOutput pdfFonts(const QString &pdf)
{
    return runTool(QStringLiteral("pdffonts"), {pdf});
}

ToolOutput pdfInfo(const QString &pdf)
{
    return runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf});
}

QString infoField(const QString &info, const QString &key)
{
    const QRegularExpression line(QStringLiteral("^%1:\\s*(.*)$").arg(QRegularExpression::escape(key)),
                                  QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = line.match(info);
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}

} // namespace custos::test::report
