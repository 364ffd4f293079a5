#pragma once

#include "core/common/Error.h"

#include <QString>
#include <QStringList>

namespace custos::report {

// The report's typefaces: DejaVu Sans for prose and DejaVu Sans Mono for hashes and ids. Both are
// free to embed, which PDF/A-1b requires, and cover the Latin, Greek and Cyrillic names a store
// holds. A font found by family is used as is; otherwise the files of fonts-dejavu-core are loaded.
class ReportFonts
{
public:
    struct Families
    {
        QString sans;
        QString mono;
    };

    // Needs a QGuiApplication. The error names the folders searched and the package to install.
    static Result<Families> load();

    static QStringList searchedFolders();

private:
    static bool ensureFamily(const QString &family, const QStringList &fileNames);
};

} // namespace custos::report
