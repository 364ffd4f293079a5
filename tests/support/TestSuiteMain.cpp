// The main of a suite executable: `SUITE tst_name [Qt Test options and functions]` runs one
// registered class, as ctest does; without a name it lists them.
#include "tests/support/CustosTest.h"

#ifdef CUSTOS_SUITE_GUI
#include <QApplication>
#elif defined(CUSTOS_SUITE_PAINT)
#include <QGuiApplication>
#else
#include <QCoreApplication>
#endif
#include <QFileInfo>
#include <QMap>

#include <cstdio>

namespace custos::test {
namespace {

QMap<QString, TestFactory> &registry()
{
    static QMap<QString, TestFactory> classes;
    return classes;
}

} // namespace

bool registerTestClass(const char *sourceFile, TestFactory factory)
{
    registry().insert(QFileInfo(QString::fromUtf8(sourceFile)).completeBaseName(), factory);
    return true;
}

} // namespace custos::test

int main(int argc, char **argv)
{
#ifdef CUSTOS_SUITE_GUI
    QApplication app(argc, argv);
#elif defined(CUSTOS_SUITE_PAINT)
    QGuiApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    const auto &classes = custos::test::registry();
    const QString name = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (!classes.contains(name)) {
        std::fprintf(stderr, "usage: %s TEST [Qt Test arguments]\ntests in this suite:\n", argv[0]);
        for (const QString &known : classes.keys())
            std::fprintf(stderr, "  %s\n", qPrintable(known));
        return 2;
    }
    QStringList arguments{QString::fromLocal8Bit(argv[0])};
    for (int i = 2; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const std::unique_ptr<QObject> test = classes.value(name)();
    return QTest::qExec(test.get(), arguments);
}
