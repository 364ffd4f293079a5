#include "core/common/Version.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Custos"));
    QApplication::setOrganizationName(QStringLiteral("Custos"));
    QApplication::setApplicationVersion(custos::version());
    QApplication::setDesktopFileName(QStringLiteral("org.custos.Custos"));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("custos"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    custos::MainWindow window;
    window.show();
    return QApplication::exec();
}
