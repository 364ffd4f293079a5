#include "tests/i18n/UntranslatedLiteralScan.h"

#include <QRegularExpression>

#include <algorithm>

namespace custos::test {

using namespace Qt::StringLiterals;
namespace {

// The source with comments blanked (newlines kept, so offsets still give line numbers); string
// and character literals are left as they are.
QString withoutComments(const QString &source)
{
    QString out = source;
    enum class State { Code, String, Char, LineComment, BlockComment } state = State::Code;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out.at(i);
        const QChar next = i + 1 < out.size() ? out.at(i + 1) : QChar();
        switch (state) {
        case State::Code:
            if (c == u'"')
                state = State::String;
            else if (c == u'\'')
                state = State::Char;
            else if (c == u'/' && next == u'/')
                state = State::LineComment;
            else if (c == u'/' && next == u'*')
                state = State::BlockComment;
            break;
        case State::String:
        case State::Char:
            if (c == u'\\')
                ++i;
            else if ((state == State::String && c == u'"') || (state == State::Char && c == u'\''))
                state = State::Code;
            break;
        case State::LineComment:
            if (c == u'\n')
                state = State::Code;
            else
                out[i] = u' ';
            break;
        case State::BlockComment:
            if (c == u'*' && next == u'/') {
                out[i] = out[i + 1] = u' ';
                ++i;
                state = State::Code;
            } else if (c != u'\n') {
                out[i] = u' ';
            }
            break;
        }
    }
    return out;
}

// Whether a literal reads as language: letters remain once markup and placeholders are gone.
bool holdsWords(QString literal)
{
    static const QRegularExpression markup(QStringLiteral(R"(<[^>]*>|&[a-z]+;|%\d+|%n)"));
    literal.remove(markup);
    return std::ranges::any_of(literal, [](QChar c) { return c.isLetter(); });
}

int lineAt(const QString &text, qsizetype offset)
{
    return int(QStringView(text).left(offset).count(u'\n')) + 1;
}

} // namespace

const QStringList &UntranslatedLiteralScan::displayCalls()
{
    static const QStringList calls{
        u"setText"_s,
        u"setWindowTitle"_s,
        u"setToolTip"_s,
        u"setPlaceholderText"_s,
        u"setStatusTip"_s,
        u"setWhatsThis"_s,
        u"setTitle"_s,
        u"setSubTitle"_s,
        u"setLabelText"_s,
        u"setButtonText"_s,
        u"setAccessibleName"_s,
        u"setAccessibleDescription"_s,
        u"setHeaderLabels"_s,
        u"setHorizontalHeaderLabels"_s,
        u"setVerticalHeaderLabels"_s,
        u"addTab"_s,
        u"insertTab"_s,
        u"setTabText"_s,
        u"setTabToolTip"_s,
        u"addAction"_s,
        u"addMenu"_s,
        u"addItem"_s,
        u"addItems"_s,
        u"addRow"_s,
        u"showMessage"_s,
        u"showInfo"_s,
        u"showError"_s,
        u"setSpecialValueText"_s,
        u"setSuffix"_s,
        u"setPrefix"_s,
        u"QLabel"_s,
        u"QPushButton"_s,
        u"QCheckBox"_s,
        u"QRadioButton"_s,
        u"QGroupBox"_s,
        u"QToolButton"_s,
        u"QAction"_s,
        u"QMenu"_s,
        u"QListWidgetItem"_s,
        u"QTreeWidgetItem"_s,
        u"QTableWidgetItem"_s,
        u"information"_s,
        u"warning"_s,
        u"critical"_s,
        u"question"_s,
        u"getText"_s,
        u"getItem"_s,
    };
    return calls;
}

QStringList UntranslatedLiteralScan::scan(const QString &file, const QString &source) const
{
    // call ( [one simple argument ,]  [{]  literal — the literal in first or second position, the
    // second for addTab(page, "…"), setText(column, "…") and QMessageBox::warning(this, "…"). A
    // literal after a translated first argument is data, as in addItem(tr("…"), "id").
    static const QRegularExpression call(
        u"\\b("_s + displayCalls().join(u'|') +
        uR"re()\s*[({]\s*(?:(?!tr\s*\(|[\w:]*translate\s*\()[\w.>:\-*&]+(?:\([^()]*\))?\s*,\s*)?\{?\s*(?:QStringLiteral\(|QLatin1String\(|QLatin1StringView\(|QString\(|QString::fromUtf8\(|u8?)?"((?:[^"\\\n]|\\.)*)")re"_s);
    const QString code = withoutComments(source);
    QStringList findings;
    for (const auto &match : call.globalMatch(code)) {
        const QString literal = match.captured(2);
        if (!holdsWords(literal) || m_allowed.contains(literal))
            continue;
        findings.append(QStringLiteral("%1:%2: %3(\"%4\")")
                            .arg(file)
                            .arg(lineAt(code, match.capturedStart(2)))
                            .arg(match.captured(1), literal));
    }
    return findings;
}

} // namespace custos::test
