#include "ui/report/ReportFonts.h"

#include "ui/report/ReportLogging.h"

#include <QDir>
#include <QDirIterator>
#include <QFontDatabase>
#include <QGuiApplication>

namespace custos::report {

namespace {

const QString kSans = QStringLiteral("DejaVu Sans");
const QString kMono = QStringLiteral("DejaVu Sans Mono");

// Searches the font folders for `fileName`; fonts-dejavu-core puts it under truetype/dejavu.
QString findFontFile(const QString &fileName)
{
    for (const QString &folder : ReportFonts::searchedFolders()) {
        QDirIterator it(folder, {fileName}, QDir::Files, QDirIterator::Subdirectories);
        if (it.hasNext())
            return it.next();
    }
    return {};
}

} // namespace

QStringList ReportFonts::searchedFolders()
{
    return {QStringLiteral("/usr/share/fonts"), QStringLiteral("/usr/local/share/fonts")};
}

bool ReportFonts::ensureFamily(const QString &family, const QStringList &fileNames)
{
    if (QFontDatabase::families().contains(family))
        return true;
    for (const QString &fileName : fileNames) {
        const QString path = findFontFile(fileName);
        if (path.isEmpty())
            continue;
        if (QFontDatabase::addApplicationFont(path) < 0)
            qCWarning(lcReport) << "could not load the font file" << path;
    }
    return QFontDatabase::families().contains(family);
}

Result<ReportFonts::Families> ReportFonts::load()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(QStringLiteral("drawing the report needs a QGuiApplication (custosctl starts one for "
                                   "'audit' and 'report')"));
    const bool sans =
        ensureFamily(kSans, {QStringLiteral("DejaVuSans.ttf"), QStringLiteral("DejaVuSans-Bold.ttf")});
    const bool mono = ensureFamily(
        kMono, {QStringLiteral("DejaVuSansMono.ttf"), QStringLiteral("DejaVuSansMono-Bold.ttf")});
    if (!sans || !mono)
        return fail(QStringLiteral("the fonts %1 were not found in %2: install fonts-dejavu-core")
                        .arg(sans ? kMono : kSans, searchedFolders().join(QStringLiteral(", "))));
    return Families{kSans, kMono};
}

} // namespace custos::report
