#pragma once

#include <QString>
#include <QStringList>

// Runs the real poppler tools (pdftotext, pdffonts, pdfinfo) on a rendered report.
namespace custos::test::report {

struct ToolOutput
{
    bool started = false;
    int exitCode = -1;
    QString out;
    QString err;

    bool ok() const { return started && exitCode == 0; }
    QString describe() const;
};

ToolOutput runTool(const QString &program, const QStringList &arguments);
// The text of page `page` (1-based), or of the whole document when `page` is 0.
ToolOutput pdfText(const QString &pdf, int page = 0);
ToolOutput pdfFonts(const QString &pdf);
ToolOutput pdfInfo(const QString &pdf);
// The value of "Key:" in pdfinfo's output.
QString infoField(const QString &info, const QString &key);

} // namespace custos::test::report
