#include "ui/policyeditor/PolicySourceEditor.h"

#include "ui/policyeditor/PolicyTextEdit.h"
#include "ui/policyeditor/SourceProblemList.h"
#include "ui/policyeditor/SyntaxRepository.h"
#include "ui/policyeditor/ValidityIndicator.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>

namespace custos {

namespace {

const QColor problemColor(0xd0, 0x21, 0x2f);

// A faint band across the problem line, visible even where the line is blank.
QTextEdit::ExtraSelection lineBand(const QTextBlock &block)
{
    QTextEdit::ExtraSelection band;
    band.cursor = QTextCursor(block);
    band.format.setProperty(QTextFormat::FullWidthSelection, true);
    QColor tint = problemColor;
    tint.setAlpha(28);
    band.format.setBackground(tint);
    return band;
}

// A wavy underline from the problem's column to the end of its line.
QTextEdit::ExtraSelection wavyUnderline(const QTextBlock &block, int column)
{
    const int lineLength = block.length() - 1;
    const int start = column > 0 && column - 1 < lineLength ? column - 1 : 0;
    QTextEdit::ExtraSelection underline;
    underline.cursor = QTextCursor(block);
    underline.cursor.setPosition(block.position() + start);
    underline.cursor.setPosition(block.position() + lineLength, QTextCursor::KeepAnchor);
    underline.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    underline.format.setUnderlineColor(problemColor);
    return underline;
}

} // namespace

PolicySourceEditor::PolicySourceEditor(QWidget *parent)
    : QWidget(parent)
    , m_edit(new PolicyTextEdit(this))
    , m_indicator(new ValidityIndicator(this))
    , m_problemList(new SourceProblemList(this))
{
    setObjectName(QStringLiteral("policySourceEditor"));
    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("Policy source (YAML)"), this);
    title->setBuddy(m_edit);
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_indicator);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_problemList);

    setUpHighlighter();
    m_validationTimer.setSingleShot(true);
    m_validationTimer.setInterval(DefaultValidationDelay);
    connect(&m_validationTimer, &QTimer::timeout, this, &PolicySourceEditor::validateNow);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &PolicySourceEditor::onTextChanged);
    m_problemList->setAccessibleName(tr("Problems"));
    connect(m_problemList, &SourceProblemList::problemActivated, this, &PolicySourceEditor::jumpTo);
}

void PolicySourceEditor::setUpHighlighter()
{
    KSyntaxHighlighting::Repository &repository = sharedSyntaxRepository();
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_edit->document());
    m_highlighter->setTheme(repository.themeForPalette(palette()));
    const auto policy = repository.definitionForName(QStringLiteral("Custos Policy"));
    m_highlighter->setDefinition(policy.isValid() ? policy
                                                  : repository.definitionForName(QStringLiteral("YAML")));
}

void PolicySourceEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_highlighter != nullptr) {
        m_highlighter->setTheme(sharedSyntaxRepository().themeForPalette(palette()));
        m_highlighter->rehighlight();
    }
}

void PolicySourceEditor::setValidator(Validator validator)
{
    m_validator = std::move(validator);
    scheduleValidation();
}

void PolicySourceEditor::setValidationDelay(std::chrono::milliseconds delay)
{
    m_validationTimer.setInterval(delay);
}

void PolicySourceEditor::setText(const QString &text)
{
    m_edit->setPlainText(text);
}

// Only the differing middle is replaced, in one undo step, so an edit made in the form can be
// undone in the source and the view does not jump.
void PolicySourceEditor::replaceText(const QString &text)
{
    const QString old = m_edit->toPlainText();
    if (old == text)
        return;
    qsizetype prefix = 0;
    const qsizetype shorter = std::min(old.size(), text.size());
    while (prefix < shorter && old.at(prefix) == text.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && old.at(old.size() - 1 - suffix) == text.at(text.size() - 1 - suffix))
        ++suffix;
    QTextCursor cursor(m_edit->document());
    cursor.beginEditBlock();
    cursor.setPosition(static_cast<int>(prefix));
    cursor.setPosition(static_cast<int>(old.size() - suffix), QTextCursor::KeepAnchor);
    cursor.insertText(text.mid(prefix, text.size() - prefix - suffix));
    cursor.endEditBlock();
}

QString PolicySourceEditor::text() const
{
    return m_edit->toPlainText();
}

void PolicySourceEditor::onTextChanged()
{
    Q_EMIT textChanged();
    scheduleValidation();
}

void PolicySourceEditor::scheduleValidation()
{
    if (text().trimmed().isEmpty()) {
        m_validationTimer.stop();
        setProblems({});
        setValidity(SourceValidity::Empty);
        return;
    }
    setValidity(SourceValidity::Busy);
    m_validationTimer.start();
}

void PolicySourceEditor::validateNow()
{
    m_validationTimer.stop();
    const QString source = text();
    if (source.trimmed().isEmpty()) {
        setProblems({});
        setValidity(SourceValidity::Empty);
        return;
    }
    setProblems(m_validator ? m_validator(source) : SourceProblems{});
    setValidity(m_problems.isEmpty() ? SourceValidity::Valid : SourceValidity::Invalid);
}

void PolicySourceEditor::setValidity(SourceValidity validity)
{
    m_indicator->setState(validity, int(m_problems.size()));
    if (validity == m_validity)
        return;
    m_validity = validity;
    Q_EMIT validityChanged(validity);
}

void PolicySourceEditor::setProblems(const SourceProblems &problems)
{
    // Underline even unchanged problems: edits since the last check may have moved their lines.
    const bool changed = problems != m_problems;
    m_problems = problems;
    underlineProblems();
    if (!changed)
        return;
    m_problemList->setProblems(m_problems);
    Q_EMIT problemsChanged(m_problems);
}

void PolicySourceEditor::underlineProblems()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QTextDocument *document = m_edit->document();
    for (const SourceProblem &problem : std::as_const(m_problems)) {
        const QTextBlock block = document->findBlockByNumber(problem.line - 1);
        if (problem.line <= 0 || !block.isValid())
            continue;
        selections.append(lineBand(block));
        selections.append(wavyUnderline(block, problem.column));
    }
    m_edit->setExtraSelections(selections);
}

void PolicySourceEditor::jumpTo(int line, int column)
{
    m_edit->moveCursorTo(line, column);
}

} // namespace custos
