#include "core/common/Version.h"
#include "core/evidence/DefaultStoreLocation.h"
#include "ui/MainWindow.h"
#include "ui/i18n/ConsoleLanguage.h"
#include "ui/session/ConsoleSections.h"
#include "ui/session/ConsoleSession.h"
#include "ui/session/SignInDialog.h"
#include "ui/session/StoreSignIn.h"
#include "ui/wizard/FirstRunWizard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QLocale>
#include <QMenuBar>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace custos;

namespace {

QByteArray starterPolicy()
{
    QFile file(QStringLiteral(":/custos/policies/starter.yaml"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

PasswordPrompt dialogPrompt(QWidget *parent)
{
    return [parent](const QString &reason) -> std::optional<QString> {
        QInputDialog dialog(parent);
        dialog.setWindowTitle(QApplication::translate("main", "Confirm with your password"));
        dialog.setLabelText(reason);
        dialog.setTextEchoMode(QLineEdit::Password);
        // Our own button texts, so they follow --lang where Qt's translations are not installed.
        dialog.setOkButtonText(QApplication::translate("main", "OK"));
        dialog.setCancelButtonText(QApplication::translate("main", "Cancel"));
        return dialog.exec() == QDialog::Accepted ? std::optional<QString>(dialog.textValue()) : std::nullopt;
    };
}

// Unlocks the store (with its kept key, else the passphrase) and signs in; nullptr when the user
// gives up.
std::unique_ptr<ConsoleSession> unlock(const DefaultStoreLocation &location)
{
    StoreSignIn signIn(location);
    return signIn.dialog()->exec() == QDialog::Accepted ? signIn.takeSession() : nullptr;
}

// --smoke MS, for package and CI checks: MS milliseconds after start, prints the title of each
// window shown and quits every event loop (a modal first-run or sign-in window's too). `status`
// becomes 0 when a window was shown, else 1.
void reportWindowsAndQuit(int ms, int &status)
{
    QTimer::singleShot(ms, qApp, [ms, &status] {
        QTextStream out(stdout);
        status = 1;
        for (const QWidget *window : QApplication::topLevelWidgets()) {
            if (window->isVisible() && window->isWindow()) {
                out << "custos: window shown: " << window->windowTitle() << '\n';
                status = 0;
            }
        }
        if (status != 0)
            QTextStream(stderr) << "custos: no window was shown within " << ms << " ms\n";
        QCoreApplication::exit(status);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Custos"));
    QApplication::setOrganizationName(QStringLiteral("Custos"));
    QApplication::setApplicationVersion(custos::version());
    QApplication::setDesktopFileName(QStringLiteral("org.custos.Custos"));

    // The language is settled before the parser exists, so that --help is translated too.
    ConsoleLanguage language;
    const QString requested = ConsoleLanguage::requestedIn(QApplication::arguments());
    const auto chosen = ConsoleLanguage::choose(requested, QLocale::system());
    if (!chosen) {
        std::fprintf(stderr, "custos: %s\n", qPrintable(chosen.error().toString()));
        return 2;
    }
    if (!requested.isEmpty())
        QLocale::setDefault(QLocale(*chosen)); // dates and numbers follow the chosen language
    if (auto installed = language.install(*chosen); !installed)
        std::fprintf(stderr, "custos: %s; continuing in English\n", qPrintable(installed.error().toString()));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption store(
        QStringLiteral("store"),
        QApplication::translate("main",
                                "The evidence store (default: CUSTOS_STORE, else evidence.db in the custos "
                                "folder of the XDG data folder, shared with custosctl quickstart)."),
        QStringLiteral("PATH"), DefaultStoreLocation::forConsole().store());
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QApplication::translate("main", "Where the gateway listens."),
                                    QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8787"));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QApplication::translate("main", "The console's language: de, fr or en (default: the system locale)."),
        QStringLiteral("CODE"));
    const QCommandLineOption smoke(
        QStringLiteral("smoke"),
        QApplication::translate("main",
                                "Check that the console starts: after MS milliseconds, print the title of "
                                "each window shown, then quit (exit code 1 when none is)."),
        QStringLiteral("MS"));
    parser.addOptions({store, listen, lang, smoke});
    parser.process(app);
    const DefaultStoreLocation location = parser.isSet(store)
                                              ? DefaultStoreLocation::forStore(parser.value(store))
                                              : DefaultStoreLocation::forConsole();
    const QString path = location.store();
    int smokeStatus = 0;
    if (parser.isSet(smoke))
        reportWindowsAndQuit(qMax(0, parser.value(smoke).toInt()), smokeStatus);

    std::unique_ptr<ConsoleSession> session;
    if (!QFile::exists(path)) {
        QDir().mkpath(location.dataDir()); // if it cannot be made, the wizard's create says so
        FirstRunWizard wizard(path, starterPolicy(), parser.value(listen));
        wizard.exec();
        session = wizard.takeSession();
    } else {
        session = unlock(location);
    }
    if (!session)
        return smokeStatus;

    MainWindow window;
    ConsoleSections sections(window, *session, dialogPrompt(&window));
    if (session->gatewayBaseUrl().isEmpty())
        session->startGateway(parser.value(listen)); // a port in use shows in the header and Settings
    QObject::connect(
        window.menuBar()->addAction(QApplication::translate("main", "Switch user…")), &QAction::triggered,
        &window, [&] {
            SignInDialog dialog(
                path, false,
                [&](const QString &, const QString &user, const QString &password) -> Result<void> {
                    auto signedIn = session->signIn(user, password);
                    return signedIn ? Result<void>{} : Result<void>(std::unexpected(signedIn.error()));
                },
                &window);
            dialog.exec();
        });
    window.restoreSavedGeometry(); // saved when the window last closed
    window.show();
    return QApplication::exec();
}
