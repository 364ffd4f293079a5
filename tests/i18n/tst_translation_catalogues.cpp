// The German and French catalogues are complete and sound: every message the console's sources
// hold is in both, finished, non-empty, with the source's %N placeholders and & accelerators, and
// translated (a translation equal to its source is allowed only for the words listed below). The
// catalogues must also be current: lupdate run over the sources now finds nothing they lack.
#include "tests/support/CustosTest.h"

#include "tests/i18n/TsCatalogue.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace tst_translation_catalogues {

using namespace custos::test;
using namespace Qt::StringLiterals;

namespace {

const QStringList catalogueLanguages{u"de"_s, u"fr"_s};

QString cataloguePath(const QString &language)
{
    return QStringLiteral(CUSTOS_SOURCE_DIR "/translations/custos_%1.ts").arg(language);
}

// Words spelled the same in English and in that language, so that a translation may equal its
// source when it consists of these only (and of placeholders and punctuation). Anything else
// equal to its source was left in English.
const QHash<QString, QSet<QString>> sameWords{
    {u"de"_s,
     {u"Custos"_s, u"HTTP"_s, u"OK"_s, u"h"_s, u"ms"_s, // the name, protocols and units
      u"Gateway"_s, u"Passphrase"_s, u"Prompt"_s,       // the loanwords German IT uses
      u"Name"_s, u"Route"_s, u"Service"_s, u"Services"_s, u"Status"_s, u"Version"_s}},
    {u"fr"_s,
     {u"Custos"_s,   u"HTTP"_s,        u"OK"_s,        u"h"_s,          u"ms"_s,          u"Prompt"_s,
      u"Action"_s,   u"Description"_s, u"Exception"_s, u"Exceptions"_s, u"Interaction"_s, u"Justification"_s,
      u"Message"_s,  u"Mode"_s,        u"Route"_s,     u"Routes"_s,     u"route"_s,       u"Service"_s,
      u"Services"_s, u"service"_s,     u"Version"_s,   u"version"_s,    u"active"_s,      u"page"_s}},
};

// Whether `text` (equal to its source) is right as it stands in `language`.
bool spelledAlike(const QString &language, const QString &text)
{
    static const QRegularExpression word(u"[^\\W\\d_]+"_s, QRegularExpression::UseUnicodePropertiesOption);
    QString withoutPlaceholders = text;
    withoutPlaceholders.remove(QRegularExpression(u"%L?(\\d{1,2}|n)"_s));
    for (const auto &match : word.globalMatch(withoutPlaceholders)) {
        if (!sameWords.value(language).contains(match.captured(0)))
            return false;
    }
    return true;
}

// %1…%99 and %n, sorted: a translation may reorder them but must keep each one.
QStringList placeholdersIn(const QString &text)
{
    static const QRegularExpression placeholder(u"%L?(\\d{1,2}|n)"_s);
    QStringList found;
    for (const auto &match : placeholder.globalMatch(text))
        found.append(match.captured(0).remove(u'L'));
    found.sort();
    found.removeDuplicates();
    return found;
}

// A keyboard accelerator: "&X", but not "&&" nor an HTML entity such as "&amp;".
bool hasAccelerator(const QString &text)
{
    static const QRegularExpression accelerator(u"&(?!&|[a-z]+;|#\\d+;)\\w"_s);
    return accelerator.match(text).hasMatch();
}

QString keyOf(const TsMessage &message)
{
    return message.context + u'\x1f' + message.source + u'\x1f' + message.comment;
}

QSet<QString> keysOf(const TsCatalogue &catalogue)
{
    QSet<QString> keys;
    for (const TsMessage &message : catalogue.messages)
        keys.insert(keyOf(message));
    return keys;
}

QString described(const QSet<QString> &keys)
{
    QStringList lines;
    for (QString key : keys)
        lines.append(u"  "_s + key.replace(u'\x1f', u" | "_s));
    lines.sort();
    return lines.join(u'\n');
}

} // namespace

class TestTranslationCatalogues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMessageIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("numerus");
        QTest::addColumn<QStringList>("translations");
        QTest::addColumn<QString>("location");
        for (const QString &language : catalogueLanguages) {
            const auto catalogue = TsCatalogue::read(cataloguePath(language));
            QVERIFY2(catalogue, catalogue ? "" : qPrintable(catalogue.error().toString()));
            QCOMPARE(catalogue->language, language);
            QVERIFY2(catalogue->messages.size() > 100,
                     "the catalogue holds fewer messages than the console shows");
            for (const TsMessage &message : catalogue->messages)
                QTest::addRow("%s %s: %s", qPrintable(language), qPrintable(message.context),
                              qPrintable(message.source.left(60)))
                    << language << message.context << message.source << message.type << message.numerus
                    << message.translations << message.location;
        }
    }

    void everyMessageIsTranslated()
    {
        QFETCH(QString, language);
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(QString, type);
        QFETCH(bool, numerus);
        QFETCH(QStringList, translations);
        QFETCH(QString, location);
        const QByteArray where = (cataloguePath(language) + u" ("_s + location + u")"_s).toUtf8();
        QVERIFY2(type.isEmpty(), qPrintable(u"%1: the message is %2"_s.arg(where, type)));
        // German and French have two plural forms (one, other).
        QCOMPARE(translations.size(), numerus ? 2 : 1);
        for (const QString &translation : translations) {
            QVERIFY2(!translation.trimmed().isEmpty(), where.constData());
            QVERIFY2(translation != source || spelledAlike(language, source),
                     qPrintable(u"%1: left in English"_s.arg(where)));
            QCOMPARE(placeholdersIn(translation), placeholdersIn(source));
            QCOMPARE(hasAccelerator(translation), hasAccelerator(source));
        }
        if (source.contains(u"%n"_s)) // a count shown must use the plural forms
            QVERIFY2(numerus, qPrintable(u"%1: %n without numerus=\"yes\""_s.arg(where)));
        Q_UNUSED(context);
    }

    // English needs a catalogue only for plural forms ("1 day", "2 days"): it must hold exactly
    // the messages with a count, each with both forms and the source's placeholders.
    void englishHoldsEveryPluralForm()
    {
        const auto english = TsCatalogue::read(cataloguePath(u"en"_s));
        const auto german = TsCatalogue::read(cataloguePath(u"de"_s));
        QVERIFY(english && german);
        QCOMPARE(english->language, u"en"_s);
        QSet<QString> counted;
        for (const TsMessage &message : german->messages) {
            if (message.numerus)
                counted.insert(keyOf(message));
        }
        QVERIFY(!counted.isEmpty());
        QCOMPARE(described(keysOf(*english)), described(counted));
        for (const TsMessage &message : english->messages) {
            const QString where = u"custos_en.ts ("_s + message.location + u"): "_s + message.source;
            QVERIFY2(message.type.isEmpty() && message.translations.size() == 2, qPrintable(where));
            for (const QString &form : message.translations) {
                QVERIFY2(!form.trimmed().isEmpty(), qPrintable(where));
                QCOMPARE(placeholdersIn(form), placeholdersIn(message.source));
            }
        }
    }

    void bothCataloguesHoldTheSameMessages()
    {
        const auto german = TsCatalogue::read(cataloguePath(u"de"_s));
        const auto french = TsCatalogue::read(cataloguePath(u"fr"_s));
        QVERIFY(german && french);
        const QSet<QString> onlyGerman = keysOf(*german) - keysOf(*french);
        const QSet<QString> onlyFrench = keysOf(*french) - keysOf(*german);
        QVERIFY2(onlyGerman.isEmpty(), qPrintable(u"only in custos_de.ts:\n"_s + described(onlyGerman)));
        QVERIFY2(onlyFrench.isEmpty(), qPrintable(u"only in custos_fr.ts:\n"_s + described(onlyFrench)));
    }

    // Runs lupdate over the console's sources into a copy of each catalogue: a message added to the
    // sources since the last `lupdate` shows up there and not in the committed file.
    void cataloguesAreCurrent_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : catalogueLanguages + QStringList{u"en"_s})
            QTest::addRow("%s", qPrintable(language)) << language;
    }

    void cataloguesAreCurrent()
    {
        QFETCH(QString, language);
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        const QString copy = scratch.filePath(u"custos_%1.ts"_s.arg(language));
        QVERIFY(QFile::copy(cataloguePath(language), copy));
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        QStringList arguments{u"-no-obsolete"_s,
                              u"-locations"_s,
                              u"none"_s,
                              u"-I"_s,
                              QStringLiteral(CUSTOS_SOURCE_DIR),
                              QStringLiteral(CUSTOS_SOURCE_DIR "/ui"),
                              QStringLiteral(CUSTOS_SOURCE_DIR "/app/custos"),
                              u"-ts"_s,
                              copy};
        if (language == u"en")
            arguments.prepend(u"-pluralonly"_s); // what qt_add_translations' PLURALS_TS_FILE runs
        lupdate.start(QStringLiteral(CUSTOS_LUPDATE), arguments);
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
        const auto committed = TsCatalogue::read(cataloguePath(language));
        const auto refreshed = TsCatalogue::read(copy);
        QVERIFY(committed && refreshed);
        const QSet<QString> missing = keysOf(*refreshed) - keysOf(*committed);
        const QSet<QString> stale = keysOf(*committed) - keysOf(*refreshed);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(u"in the sources but not in the catalogue (run the lupdate target):\n"_s +
                            described(missing)));
        QVERIFY2(stale.isEmpty(),
                 qPrintable(u"in the catalogue but gone from the sources:\n"_s + described(stale)));
    }

    // The checks above must be able to fail: a fixture catalogue with one fault per message.
    void theChecksCatchAFaultyCatalogue()
    {
        const auto faulty =
            TsCatalogue::read(QStringLiteral(CUSTOS_SOURCE_DIR "/tests/i18n/data/faulty_de.ts"));
        QVERIFY2(faulty, faulty ? "" : qPrintable(faulty.error().toString()));
        QCOMPARE(faulty->messages.size(), 5);
        const TsMessage &unfinished = faulty->messages.at(0);
        QCOMPARE(unfinished.type, u"unfinished"_s);
        QCOMPARE(faulty->messages.at(1).type, u"vanished"_s);
        QVERIFY(faulty->messages.at(2).translations.value(0).isEmpty());
        const TsMessage &wrongPlaceholder = faulty->messages.at(3);
        QVERIFY(placeholdersIn(wrongPlaceholder.translations.value(0)) !=
                placeholdersIn(wrongPlaceholder.source));
        const TsMessage &lostAccelerator = faulty->messages.at(4);
        QVERIFY(hasAccelerator(lostAccelerator.source) &&
                !hasAccelerator(lostAccelerator.translations.value(0)));
        QVERIFY(!hasAccelerator(u"Tom &amp; Jerry &&"_s));
        QVERIFY(!TsCatalogue::read(QStringLiteral(CUSTOS_SOURCE_DIR "/tests/i18n/data/not_a_catalogue.ts")));
    }
};

} // namespace tst_translation_catalogues

CUSTOS_GUILESS_TEST_MAIN(tst_translation_catalogues::TestTranslationCatalogues)
#include "tst_translation_catalogues.moc"
