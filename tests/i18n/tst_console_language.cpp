// The console speaks the language it is asked for: ConsoleLanguage chooses between --lang and the
// system locale; the custos program's --help follows --lang and the locale; and the whole console,
// from the first-run wizard to every section of the main window, shows German under --lang de
// (no text that the catalogue translates is left in English, none cut off by the layout), and so
// does every one in French.
// Screenshots of each wizard page, section and tab land in build/<env>/screenshots/de and /fr.
#include "tests/support/CustosTest.h"

#include "tests/i18n/TsCatalogue.h"
#include "tests/ui/console/ConsoleTestSupport.h"

#include "ui/MainWindow.h"
#include "ui/evidence/AuditExportDialog.h"
#include "ui/explain/ExplainDialog.h"
#include "ui/i18n/ConsoleLanguage.h"
#include "ui/policyeditor/PublishDialog.h"
#include "ui/session/ConsoleSections.h"
#include "ui/session/ConsoleSession.h"
#include "ui/session/SignInDialog.h"
#include "ui/wizard/FirstRunWizard.h"

#include "core/evidence/EvidenceStore.h"
#include "core/identity/UserService.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>

#include <optional>
#include <vector>

namespace tst_console_language {

using namespace custos;
using namespace custos::test;
using namespace Qt::StringLiterals;

namespace {

const QString screenshotRoot = QStringLiteral(CUSTOS_BIN_DIR "/../screenshots");

// The catalogue's translation of `source` in `context`; empty when it holds none.
QString translationIn(const TsCatalogue &catalogue, const QString &context, const QString &source)
{
    for (const TsMessage &message : catalogue.messages) {
        if (message.context == context && message.source == source && !message.numerus)
            return message.translations.value(0);
    }
    return {};
}

// English texts that the catalogue translates into something else: seeing one of these in the
// translated console means a widget missed tr() or the catalogue missed a message.
QSet<QString> englishOnly(const TsCatalogue &catalogue)
{
    QSet<QString> english;
    QSet<QString> translatedTexts;
    for (const TsMessage &message : catalogue.messages) {
        for (const QString &translation : message.translations)
            translatedTexts.insert(translation);
        if (!message.numerus && message.translations.value(0) != message.source)
            english.insert(message.source);
    }
    return english - translatedTexts; // a word both languages spell alike is not evidence of English
}

QString plain(const QString &text)
{
    const QString stripped =
        Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    return QString(stripped).remove(u'&').trimmed();
}

// Every text a person sees under `root`: labels, buttons, group titles, tabs, list items, table
// headers, placeholders, combo items, the status bar and menu entries of visible widgets.
QStringList visibleTexts(QWidget *root)
{
    QStringList texts{root->windowTitle()};
    auto widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (!widget->isVisibleTo(root))
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts.append(label->text());
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts.append(button->text());
        if (auto *group = qobject_cast<QGroupBox *>(widget))
            texts.append(group->title());
        if (auto *line = qobject_cast<QLineEdit *>(widget))
            texts.append(line->placeholderText());
        if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts.append(tabs->tabText(i));
        }
        if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                texts.append(combo->itemText(i));
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
            const QAbstractItemModel *model = view->model();
            for (int column = 0; column < model->columnCount(); ++column)
                texts.append(model->headerData(column, Qt::Horizontal).toString());
            if (qobject_cast<QListWidget *>(widget)) {
                for (int row = 0; row < model->rowCount(); ++row)
                    texts.append(model->index(row, 0).data().toString());
            }
        }
        if (auto *status = qobject_cast<QStatusBar *>(widget))
            texts.append(status->currentMessage());
        if (auto *bar = qobject_cast<QMenuBar *>(widget)) {
            for (const QAction *action : bar->actions())
                texts.append(action->text());
        }
    }
    QStringList cleaned;
    for (const QString &text : std::as_const(texts))
        cleaned.append(plain(text));
    cleaned.removeAll(QString());
    return cleaned;
}

// Texts the layout cuts off: a button, a label that does not wrap, a table header section or a
// tab narrower than its text needs, and a scroll area whose form is wider than its view. Longer
// translations show up here first.
QStringList cutTexts(QWidget *root)
{
    QStringList cut;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(root))
            continue;
        if (auto *button = qobject_cast<QPushButton *>(widget);
            button && !button->text().isEmpty() && button->width() < button->sizeHint().width())
            cut.append(u"button \""_s + button->text() + u'"');
        if (auto *label = qobject_cast<QLabel *>(widget); label && !label->wordWrap() &&
                                                          !label->text().isEmpty() &&
                                                          label->width() < label->minimumSizeHint().width())
            cut.append(u"label \""_s + plain(label->text()) + u'"');
        if (auto *header = qobject_cast<QHeaderView *>(widget);
            header && header->orientation() == Qt::Horizontal) {
            for (int section = 0; section < header->count(); ++section) {
                const QString text = header->model()->headerData(section, Qt::Horizontal).toString();
                // size(), not horizontalAdvance(): a two-line header needs its widest line.
                const int needed = header->fontMetrics().size(0, text).width() +
                                   2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
                if (!header->isSectionHidden(section) && header->sectionSize(section) < needed)
                    cut.append(u"column \""_s + text + u'"');
            }
        }
        if (auto *bar = qobject_cast<QTabBar *>(widget)) {
            for (int tab = 0; tab < bar->count(); ++tab) {
                if (bar->tabRect(tab).width() < bar->fontMetrics().horizontalAdvance(bar->tabText(tab)))
                    cut.append(u"tab \""_s + bar->tabText(tab) + u'"');
            }
        }
        if (auto *area = qobject_cast<QScrollArea *>(widget);
            area && area->horizontalScrollBar()->isVisible())
            cut.append(u"scroll area "_s + area->objectName() + u" wider than its view"_s);
    }
    cut.removeDuplicates();
    return cut;
}

QStringList englishIn(QWidget *root, const QSet<QString> &english)
{
    QStringList found;
    for (const QString &text : visibleTexts(root)) {
        if (english.contains(text))
            found.append(text);
    }
    found.removeDuplicates();
    return found;
}

void screenshot(QWidget *widget, const QString &language, const QString &name)
{
    const QString dir = screenshotRoot + u'/' + language;
    QVERIFY(QDir().mkpath(dir));
    const QString path = dir + u'/' + name + u".png"_s;
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

struct Run
{
    int exitCode = -1;
    QString output;
};

// Runs the custos program offscreen with `arguments` under the locale that LC_ALL and LANGUAGE
// name (either may be empty: unset).
Run runCustos(const QStringList &arguments, const QString &lcAll, const QString &language = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : {u"LANGUAGE"_s, u"LC_ALL"_s, u"LC_MESSAGES"_s, u"LANG"_s})
        environment.remove(name);
    if (!lcAll.isEmpty())
        environment.insert(u"LC_ALL"_s, lcAll);
    if (!language.isEmpty())
        environment.insert(u"LANGUAGE"_s, language);
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(CUSTOS_BIN_DIR "/custos"), arguments);
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return {-1, u"custos did not exit"_s};
    }
    return {process.exitCode(), QString::fromUtf8(process.readAll())};
}

} // namespace

class TestConsoleLanguage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<TsCatalogue> m_german;
    std::optional<TsCatalogue> m_french;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto german = TsCatalogue::read(QStringLiteral(CUSTOS_SOURCE_DIR "/translations/custos_de.ts"));
        auto french = TsCatalogue::read(QStringLiteral(CUSTOS_SOURCE_DIR "/translations/custos_fr.ts"));
        QVERIFY2(german && french, "the catalogues cannot be read");
        m_german = *german;
        m_french = *french;
    }

    void choosesTheLanguage_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("German system") << QString() << u"de_DE"_s << u"de"_s;
        QTest::newRow("Austrian German system") << QString() << u"de_AT"_s << u"de"_s;
        QTest::newRow("Canadian French system") << QString() << u"fr_CA"_s << u"fr"_s;
        QTest::newRow("British system") << QString() << u"en_GB"_s << u"en"_s;
        QTest::newRow("Spanish system falls back to English") << QString() << u"es_ES"_s << u"en"_s;
        QTest::newRow("--lang de on a French system") << u"de"_s << u"fr_FR"_s << u"de"_s;
        QTest::newRow("--lang en on a German system") << u"en"_s << u"de_DE"_s << u"en"_s;
        QTest::newRow("--lang FR in capitals") << u"FR"_s << u"en_US"_s << u"fr"_s;
    }

    void choosesTheLanguage()
    {
        QFETCH(QString, requested);
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        const auto chosen = ConsoleLanguage::choose(requested, QLocale(locale));
        QVERIFY2(chosen, chosen ? "" : qPrintable(chosen.error().toString()));
        QCOMPARE(*chosen, expected);
    }

    void refusesALanguageItDoesNotOffer()
    {
        const auto chosen = ConsoleLanguage::choose(u"es"_s, QLocale(u"de_DE"_s));
        QVERIFY(!chosen);
        QVERIFY2(chosen.error().message.contains(u"--lang es"_s) &&
                     chosen.error().message.contains(u"de, fr"_s),
                 qPrintable(chosen.error().message));
        ConsoleLanguage language;
        QVERIFY(!language.install(u"es"_s));
    }

    void readsLangFromTheArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("separate value") << QStringList{u"custos"_s, u"--lang"_s, u"fr"_s} << u"fr"_s;
        QTest::newRow("joined value")
            << QStringList{u"custos"_s, u"--store"_s, u"x.db"_s, u"--lang=de"_s} << u"de"_s;
        QTest::newRow("absent") << QStringList{u"custos"_s, u"--store"_s, u"x.db"_s} << QString();
        QTest::newRow("no value") << QStringList{u"custos"_s, u"--lang"_s} << QString();
    }

    void readsLangFromTheArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        QCOMPARE(ConsoleLanguage::requestedIn(arguments), expected);
    }

    // English loads only its plural forms, so counts read "1 day", "3 days", not "3 day(s)".
    void englishCountsUseThePluralForms_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one") << 1 << u"1 day"_s;
        QTest::newRow("three") << 3 << u"3 days"_s;
    }

    void englishCountsUseThePluralForms()
    {
        QFETCH(int, count);
        QFETCH(QString, expected);
        ConsoleLanguage language;
        QVERIFY(language.install(u"en"_s));
        QCOMPARE(QCoreApplication::translate("custos::RetentionSettingsPage", "%n day(s)", nullptr, count),
                 expected);
    }

    // The program itself: --help is printed in the chosen language, --lang beats the locale.
    void theProgramFollowsLangAndTheLocale_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("lcAll");
        QTest::addColumn<QString>("languageVariable");
        QTest::addColumn<QString>("language");
        const QStringList help{u"--help"_s};
        QTest::newRow("--lang de") << QStringList{u"--lang"_s, u"de"_s, u"--help"_s} << u"C.UTF-8"_s
                                   << QString() << u"de"_s;
        QTest::newRow("LC_ALL French") << help << u"fr_FR.UTF-8"_s << QString() << u"fr"_s;
        QTest::newRow("LC_ALL German") << help << u"de_DE.UTF-8"_s << QString() << u"de"_s;
        QTest::newRow("LANGUAGE fr:de") << help << QString() << u"fr:de"_s << u"fr"_s;
        QTest::newRow("LANGUAGE es:de, the first offered") << help << QString() << u"es:de"_s << u"de"_s;
        QTest::newRow("no locale at all") << help << QString() << QString() << u"en"_s;
        QTest::newRow("--lang=en on a German locale")
            << QStringList{u"--lang=en"_s, u"--help"_s} << u"de_DE.UTF-8"_s << QString() << u"en"_s;
        QTest::newRow("--lang fr after --help on a German locale")
            << QStringList{u"--help"_s, u"--lang"_s, u"fr"_s} << u"de_DE.UTF-8"_s << QString() << u"fr"_s;
    }

    void theProgramFollowsLangAndTheLocale()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, lcAll);
        QFETCH(QString, languageVariable);
        QFETCH(QString, language);
        const QString source = u"Where the gateway listens."_s;
        const TsCatalogue &catalogue = language == u"fr" ? *m_french : *m_german;
        const QString expected = language == u"en" ? source : translationIn(catalogue, u"main"_s, source);
        QVERIFY(!expected.isEmpty() && (language == u"en" || expected != source));
        const Run run = runCustos(arguments, lcAll, languageVariable);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.output.contains(expected), qPrintable(run.output));
        QVERIFY2(!run.output.contains(u"catalogue is missing"_s), qPrintable(run.output));
    }

    void theProgramRefusesAnUnofferedLanguage()
    {
        const Run run = runCustos({u"--lang"_s, u"es"_s}, u"C.UTF-8"_s);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.output.contains(u"--lang es is not offered"_s), qPrintable(run.output));
    }

    // The cut-off check must see what a person would: a squeezed button, column, label and form.
    void theCutOffCheckSeesCutTexts()
    {
        QWidget root;
        root.resize(600, 400);
        auto *button = new QPushButton(u"Ausgewählten Legal Hold aufheben"_s, &root);
        button->setGeometry(0, 0, 40, 30);
        auto *label = new QLabel(u"Mindestens so viele Treffer"_s, &root);
        label->setGeometry(0, 40, 30, 20);
        auto *table = new QTableWidget(1, 2, &root);
        table->setHorizontalHeaderLabels({u"Règles du brouillon"_s, u"Ok"_s});
        table->setGeometry(0, 70, 300, 100);
        table->horizontalHeader()->resizeSection(0, 30);
        auto *area = new QScrollArea(&root);
        area->setObjectName(u"form"_s);
        auto *wide = new QWidget;
        wide->setMinimumWidth(900);
        area->setWidget(wide);
        area->setWidgetResizable(true);
        area->setGeometry(0, 180, 300, 150);
        root.show();
        QVERIFY(QTest::qWaitForWindowExposed(&root));
        const QStringList cut = cutTexts(&root);
        QVERIFY2(cut.contains(u"button \"Ausgewählten Legal Hold aufheben\""_s),
                 qPrintable(cut.join(u" | "_s)));
        QVERIFY2(cut.contains(u"label \"Mindestens so viele Treffer\""_s), qPrintable(cut.join(u" | "_s)));
        QVERIFY2(cut.contains(u"column \"Règles du brouillon\""_s), qPrintable(cut.join(u" | "_s)));
        QVERIFY2(cut.contains(u"scroll area form wider than its view"_s), qPrintable(cut.join(u" | "_s)));
        QVERIFY2(!cut.contains(u"column \"Ok\""_s), qPrintable(cut.join(u" | "_s)));
    }

    // Under --lang de (and fr) the first run and every section show only that language;
    // screenshots of each land in screenshots/<language>.
    void theConsoleSpeaksTheLanguageEverywhere_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("de") << u"de"_s;
        QTest::newRow("fr") << u"fr"_s;
    }

    void theConsoleSpeaksTheLanguageEverywhere()
    {
        QFETCH(QString, code);
        const TsCatalogue &catalogue = code == u"fr" ? *m_french : *m_german;
        ConsoleLanguage language;
        QVERIFY(language.install(code));
        const QSet<QString> english = englishOnly(catalogue);
        QVERIFY(english.size() > 100);

        FirstRunWizard wizard(m_dir.filePath(code + u"-evidence.db"_s), starterPolicy(), u"127.0.0.1:0"_s);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        // Each page as a new user meets it: look, fill in, move on.
        const QList<std::pair<QString, QList<std::pair<QString, QString>>>> pages{
            {u"store"_s,
             {{u"wizard-passphrase"_s, u"a long store passphrase"_s},
              {u"wizard-passphrase-again"_s, u"a long store passphrase"_s}}},
            {u"admin"_s,
             {{u"wizard-admin"_s, u"root"_s},
              {u"wizard-admin-password"_s, u"admin password 1"_s},
              {u"wizard-admin-password-again"_s, u"admin password 1"_s}}},
            {u"service"_s,
             {{u"wizard-service"_s, u"chatbot"_s},
              {u"wizard-base-url"_s, u"http://127.0.0.1:9/v1"_s},
              {u"wizard-provider-key"_s, u"sk-provider-test"_s}}},
        };
        for (const auto &[page, fields] : pages) {
            const QStringList found = englishIn(&wizard, english);
            QVERIFY2(found.isEmpty(), qPrintable(page + u": English left: "_s + found.join(u" | "_s)));
            QVERIFY2(cutTexts(&wizard).isEmpty(),
                     qPrintable(page + u": cut off: "_s + cutTexts(&wizard).join(u" | "_s)));
            screenshot(&wizard, code, u"first-run-"_s + page);
            for (const auto &[field, text] : fields)
                type(&wizard, field, text);
            wizard.next();
        }
        QTRY_COMPARE(wizard.currentId(), int(FirstRunWizard::ConnectPage));
        QVERIFY2(englishIn(&wizard, english).isEmpty(),
                 qPrintable(englishIn(&wizard, english).join(u" | "_s)));
        screenshot(&wizard, code, u"first-run-connect"_s);
        std::unique_ptr<ConsoleSession> session = wizard.takeSession();
        QVERIFY(session && session->user());
        wizard.hide();

        MainWindow window;
        ConsoleSections sections(window, *session, [](const QString &) { return std::nullopt; });
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *list = window.findChild<QListWidget *>(u"sectionList"_s);
        QVERIFY(list);
        for (const QString &id : window.sectionIds()) {
            window.showSection(id);
            QTest::qWait(50);
            const QStringList found = englishIn(&window, english);
            QVERIFY2(found.isEmpty(), qPrintable(id + u": English left: "_s + found.join(u" | "_s)));
            QVERIFY2(cutTexts(&window).isEmpty(),
                     qPrintable(id + u": cut off: "_s + cutTexts(&window).join(u" | "_s)));
            screenshot(&window, code, u"console-"_s + id);
            // A section with tabs (policies, exceptions, evidence, settings): each tab as well.
            auto *tabs = window.sectionPage(id)->findChild<QTabWidget *>();
            for (int tab = 1; tabs && tab < tabs->count(); ++tab) {
                tabs->setCurrentIndex(tab);
                QTest::qWait(50);
                const QStringList inTab = englishIn(&window, english);
                QVERIFY2(inTab.isEmpty(), qPrintable(id + u" tab "_s + tabs->tabText(tab) +
                                                     u": English left: "_s + inTab.join(u" | "_s)));
                const QStringList cut = cutTexts(&window);
                QVERIFY2(cut.isEmpty(), qPrintable(id + u" tab "_s + tabs->tabText(tab) + u": cut off: "_s +
                                                   cut.join(u" | "_s)));
                screenshot(&window, code, u"console-%1-%2"_s.arg(id).arg(tab));
            }
        }
        // The section names are the catalogue's.
        QStringList shown;
        for (int row = 0; row < list->count(); ++row)
            shown.append(list->item(row)->text());
        for (const QString &name :
             {u"Dashboard"_s, u"Live feed"_s, u"Policies"_s, u"Exceptions"_s, u"Evidence"_s, u"Settings"_s}) {
            const QString translated = translationIn(catalogue, u"custos::MainWindow"_s, name);
            QVERIFY2(!translated.isEmpty() && shown.contains(translated),
                     qPrintable(name + u" -> "_s + translated + u" not in "_s + shown.join(u", "_s)));
        }
        // The dialogs the sections open: unlock and sign-in, switch user, publish, export, explain.
        const auto attempt = [](const QString &, const QString &, const QString &) { return Result<void>{}; };
        std::vector<std::pair<QString, std::unique_ptr<QDialog>>> dialogs;
        dialogs.emplace_back(u"unlock"_s, std::make_unique<SignInDialog>(
                                              m_dir.filePath(code + u"-evidence.db"_s), true, attempt));
        dialogs.emplace_back(u"switch-user"_s, std::make_unique<SignInDialog>(
                                                   m_dir.filePath(code + u"-evidence.db"_s), false, attempt));
        dialogs.emplace_back(u"publish"_s, std::make_unique<PublishDialog>(u"+ codename-needs-exception"_s));
        dialogs.emplace_back(u"audit-export"_s,
                             std::make_unique<AuditExportDialog>(
                                 session->store(), session->users()->sharedDirectory(), u"root"_s));
        dialogs.emplace_back(u"explain"_s, std::make_unique<ExplainDialog>(session->store(), 1));
        for (const auto &[name, dialog] : dialogs) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
            const QStringList found = englishIn(dialog.get(), english);
            QVERIFY2(found.isEmpty(), qPrintable(name + u": English left: "_s + found.join(u" | "_s)));
            const QStringList cut = cutTexts(dialog.get());
            QVERIFY2(cut.isEmpty(), qPrintable(name + u": cut off: "_s + cut.join(u" | "_s)));
            screenshot(dialog.get(), code, u"dialog-"_s + name);
            dialog->hide();
        }
        session->stopGateway();
    }
};

} // namespace tst_console_language

CUSTOS_TEST_MAIN(tst_console_language::TestConsoleLanguage)
#include "tst_console_language.moc"
