#include "ui/i18n/ConsoleLanguage.h"

#include <QLibraryInfo>

namespace custos {

ConsoleLanguage::~ConsoleLanguage()
{
    for (const auto &translator : m_translators)
        QCoreApplication::removeTranslator(translator.get());
}

QStringList ConsoleLanguage::offered()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
}

QString ConsoleLanguage::requestedIn(const QStringList &arguments)
{
    const QString option = QStringLiteral("--lang");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == option)
            return i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
        if (argument.startsWith(option + u'='))
            return argument.mid(option.size() + 1);
    }
    return {};
}

Result<QString> ConsoleLanguage::choose(const QString &requested, const QLocale &system)
{
    if (!requested.isEmpty()) {
        const QString code = requested.toLower();
        if (offered().contains(code))
            return code;
        return fail(tr("--lang %1 is not offered; choose one of: %2.").arg(requested, offered().join(u", ")));
    }
    for (const QString &uiLanguage : system.uiLanguages()) {
        // "de-AT", "fr_CA" and "de" all choose German.
        const QString code = uiLanguage.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (offered().contains(code))
            return code;
    }
    return QStringLiteral("en");
}

Result<void> ConsoleLanguage::install(const QString &language)
{
    if (!offered().contains(language))
        return fail(tr("--lang %1 is not offered; choose one of: %2.").arg(language, offered().join(u", ")));
    m_language = language;
    auto own = std::make_unique<QTranslator>();
    const QString catalogue = QStringLiteral(":/i18n/custos_%1.qm").arg(language);
    if (!own->load(catalogue))
        return fail(tr("The %1 catalogue is missing from this build.").arg(language), catalogue);
    QCoreApplication::installTranslator(own.get());
    m_translators.push_back(std::move(own));
    if (language == u"en") // the English catalogue holds only plural forms; Qt's speaks English
        return {};
    // Qt's own catalogue translates standard buttons (OK, Cancel, Next); absent unless the
    // system ships Qt's translations, and then those buttons stay English.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_translators.push_back(std::move(qt));
    }
    return {};
}

} // namespace custos
