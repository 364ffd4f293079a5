#pragma once

#include <QSet>
#include <QStringList>

namespace custos::test {

// Finds string literals handed straight to a widget: setText("…"), QLabel(QStringLiteral("…")),
// addTab(page, u"…"_s), setHeaderLabels({"…"}) and the like, where the literal holds words (letters
// left after removing HTML tags, entities and %N). Such a text bypasses tr() and stays English.
// Comments are skipped; a literal wrapped in tr(), translate() or QT_TR_NOOP is not a bare literal.
class UntranslatedLiteralScan
{
public:
    // Literals that are not language (URLs, symbols), exactly as written between the quotes.
    explicit UntranslatedLiteralScan(QSet<QString> allowed)
        : m_allowed(std::move(allowed))
    {}

    // "file:line: call(\"literal\")" for each finding in `source`, named `file` in the report.
    QStringList scan(const QString &file, const QString &source) const;

    // The calls that show their text argument.
    static const QStringList &displayCalls();

private:
    QSet<QString> m_allowed;
};

} // namespace custos::test
