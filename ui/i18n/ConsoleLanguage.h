#pragma once

#include "core/common/Error.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <QTranslator>

#include <memory>
#include <vector>

namespace custos {

// The language the console speaks: the one `--lang` names, else the first of the system's UI
// languages that Custos offers, else English. Installing it loads our catalogue (compiled in under
// :/i18n; for English only the plural forms of counts) and, where the system has them, Qt's own
// translations for the standard buttons.
// Installed translators stay in force while this object lives.
class ConsoleLanguage
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleLanguage)

public:
    ConsoleLanguage() = default;
    ConsoleLanguage(const ConsoleLanguage &) = delete;
    ConsoleLanguage &operator=(const ConsoleLanguage &) = delete;
    ~ConsoleLanguage();

    // The codes `--lang` accepts: "en", "de", "fr".
    static QStringList offered();
    // What `--lang CODE` or `--lang=CODE` in the arguments asks for; empty when absent. Read before
    // the command line parser exists, so that its help text is already translated.
    static QString requestedIn(const QStringList &arguments);
    // The language to speak: `requested` when given (an error names it when it is not offered),
    // else the first offered language among the locale's UI languages, else "en".
    static Result<QString> choose(const QString &requested, const QLocale &system);

    // Loads and installs the catalogues for `language` (one of offered()); English loads only the
    // plural forms of its counts.
    Result<void> install(const QString &language);
    QString language() const { return m_language; }

private:
    std::vector<std::unique_ptr<QTranslator>> m_translators;
    QString m_language = QStringLiteral("en");
};

} // namespace custos
